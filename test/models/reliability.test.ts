import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alphaWithInterval,
  confusionTable,
  krippendorffAlpha,
  type Metric,
} from '../../src/models/reliability.js';

interface Example {
  coders: (number | null)[][];
  alpha: Partial<Record<Metric, number>>;
  digits: number;
}

const EXAMPLES = JSON.parse(
  readFileSync(new URL('../reference/krippendorff/examples.json', import.meta.url), 'utf8'),
) as Record<string, Example>;

/** Coders as rows (as published) → units as rows. */
const units = (coders: (number | null)[][]) =>
  (coders[0] ?? []).map((_, u) => coders.map((row) => row[u] ?? null));

describe('krippendorffAlpha(units, metric)', () => {
  for (const [name, example] of Object.entries(EXAMPLES)) {
    for (const [metric, expected] of Object.entries(example.alpha)) {
      it(`reproduces Krippendorff's ${name} example, ${metric}: ${expected}`, () => {
        const alpha = krippendorffAlpha(units(example.coders), metric as Metric);
        expect(Number(alpha.toFixed(example.digits))).toBe(expected);
      });
    }
  }

  it('is 1 when every coder agrees, and about 0 when the second coder is unrelated', () => {
    const agree = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ];
    expect(krippendorffAlpha(agree, 'ordinal')).toBe(1);
    // A second coder who gives each value of the first coder's equally often, whatever the unit.
    const independent = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => [a, b]));
    expect(Math.abs(krippendorffAlpha(independent, 'nominal'))).toBeLessThan(0.05);
  });
});

describe('alphaWithInterval(units, metric, options)', () => {
  it('gives the alpha and a seeded bootstrap interval around it', () => {
    const data = units(EXAMPLES.wikipedia?.coders ?? []);
    const a = alphaWithInterval(data, 'interval', { draws: 500, seed: 7 });
    const b = alphaWithInterval(data, 'interval', { draws: 500, seed: 7 });
    expect(a).toEqual(b);
    expect(a.interval[0]).toBeLessThanOrEqual(a.alpha);
    expect(a.interval[1]).toBeGreaterThanOrEqual(a.alpha - 0.05);
    expect(a.units).toBe(12);
  });
});

describe('confusionTable(pairs, categories)', () => {
  it('counts each pair in its cell', () => {
    expect(
      confusionTable(
        [
          [0, 0],
          [0, 1],
          [2, 1],
        ],
        [0, 1, 2],
      ),
    ).toEqual([
      [1, 1, 0],
      [0, 0, 0],
      [0, 1, 0],
    ]);
  });
});
