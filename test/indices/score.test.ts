import { describe, expect, it } from 'vitest';
import {
  decayRate,
  nextScore,
  RELATION_SCORE,
  relationScores,
  type ScoreParameters,
} from '../../src/indices/score.js';

/** Parameters that make the arithmetic exact: each unit of Goldstein closes half the distance
 * to the bound (α = 10·ln 2), and half the score decays each month. */
const halves: ScoreParameters = { bound: 9, alpha: 10 * Math.LN2, halfLifeMonths: 1 };

describe('relationScores(flows, parameters)', () => {
  it('moves toward the bound by the share of the remaining distance, and decays', () => {
    const scores = relationScores(
      [
        { positive: 1, negative: 0 }, // 0 + ½·(9 − 0) = 4.5
        { positive: 0, negative: 0 }, // 4.5·½ = 2.25
        { positive: 1, negative: -1 }, // 1.125 + ½·(9 − 1.125) − ½·(9 + 1.125) = 0
        { positive: 0, negative: -1 }, // 0 − ½·(9 + 0) = −4.5
        { positive: 0, negative: -2 }, // −2.25 − ¾·(9 − 2.25) = −7.3125
      ],
      halves,
    );
    expect(scores.map((s) => Number(s.toFixed(10)))).toEqual([4.5, 2.25, 0, -4.5, -7.3125]);
  });

  it("with Fineline's parameters: a Goldstein-10 event moves a neutral score by about 2", () => {
    expect(RELATION_SCORE).toEqual({ bound: 9, alpha: 0.25, halfLifeMonths: 12 });
    expect(nextScore(0, { positive: 10, negative: 0 })).toBeCloseTo(1.990793, 6);
    expect(decayRate(12)).toBeCloseTo(0.0561257, 7);
    // A year without events halves the score.
    const year = relationScores(
      Array.from({ length: 12 }, () => ({ positive: 0, negative: 0 })),
      RELATION_SCORE,
      4,
    );
    expect(year[11]).toBeCloseTo(2, 10);
  });

  it('stays within ±B whatever the flow', () => {
    expect(nextScore(0, { positive: 1e9, negative: 0 })).toBe(9);
    expect(nextScore(9, { positive: 0, negative: -1e9 })).toBe(-9);
    expect(Math.abs(nextScore(-9, { positive: 1e9, negative: -1e9 }))).toBeLessThanOrEqual(9);
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const flows = Array.from({ length: 5000 }, () => ({
      positive: random() < 0.5 ? 0 : random() * 10 ** (random() * 4),
      negative: random() < 0.5 ? 0 : -random() * 10 ** (random() * 4),
    }));
    for (const parameters of [
      RELATION_SCORE,
      halves,
      { bound: 9, alpha: 5, halfLifeMonths: 0.5 },
    ]) {
      const scores = relationScores(flows, parameters);
      expect(Math.max(...scores)).toBeLessThanOrEqual(9);
      expect(Math.min(...scores)).toBeGreaterThanOrEqual(-9);
    }
  });
});
