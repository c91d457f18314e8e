import { describe, expect, it } from 'vitest';
import {
  type CalibrationDatum,
  CUT_COLOURS,
  calibrationSpec,
  POINT_SIZE_RANGE,
} from '../../src/charts/calibration.js';
import { count, layerNamed, markGroup, pick, render } from './render.js';

/** Leave-one-out bins as the API gives them: the bins of a cut hold different counts. */
const ROWS: CalibrationDatum[] = [
  { threshold: 1, meanPredicted: 0.17, observedFrequency: 1, count: 1 },
  { threshold: 1, meanPredicted: 0.33, observedFrequency: 0.54, count: 13 },
  { threshold: 1, meanPredicted: 0.48, observedFrequency: 0.35, count: 17 },
  { threshold: 1, meanPredicted: 0.89, observedFrequency: 0.83, count: 12 },
  { threshold: 2, meanPredicted: 0.17, observedFrequency: 0.75, count: 4 },
  { threshold: 2, meanPredicted: 0.29, observedFrequency: 0.32, count: 22 },
  { threshold: 2, meanPredicted: 0.73, observedFrequency: 1, count: 7 },
  { threshold: 3, meanPredicted: 0.11, observedFrequency: 0.1, count: 31 },
  { threshold: 3, meanPredicted: 0.28, observedFrequency: 0.5, count: 6 },
  { threshold: 3, meanPredicted: 0.67, observedFrequency: 0.43, count: 7 },
  { threshold: 4, meanPredicted: 0.04, observedFrequency: 0.04, count: 50 },
  { threshold: 4, meanPredicted: 0.3, observedFrequency: 0.2, count: 0 },
];

const spec = calibrationSpec(ROWS);
const lines = layerNamed(spec, 'lines');
const bins = layerNamed(spec, 'bins');

describe('calibrationSpec(rows)', () => {
  it('draws the cuts as lines without a size encoding, and the bins as a separate point layer', () => {
    expect(pick(lines, 'mark.type')).toBe('line');
    expect(pick(lines, 'encoding.size')).toBeUndefined();
    expect(pick(bins, 'mark.type')).toBe('point');
    expect(pick(bins, 'encoding.size.field')).toBe('count');
  });

  it('draws one line per cut, even when the bins of a cut hold different numbers of forecasts', async () => {
    const { svg, warnings } = await render(spec);
    expect(warnings).toEqual([]);
    expect(svg.match(/class="mark-line role-mark lines_marks"/g)).toHaveLength(4);
    // One point per non-empty bin.
    expect(count(markGroup(svg, 'symbol'), 'path')).toBe(ROWS.filter((r) => r.count > 0).length);
  });

  it('sizes points from a visible minimum, not from 1–2 px', () => {
    expect(pick(bins, 'encoding.size.scale.range')).toEqual([...POINT_SIZE_RANGE]);
    expect(POINT_SIZE_RANGE[0]).toBeGreaterThanOrEqual(40);
    expect(pick(bins, 'encoding.size.scale.zero')).toBe(false);
  });

  it('has a colour legend for the four cuts with a fixed domain, and a size legend', async () => {
    expect(pick(lines, 'encoding.color.scale.domain')).toEqual([
      'level ≥ 1',
      'level ≥ 2',
      'level ≥ 3',
      'level ≥ 4',
    ]);
    expect(pick(lines, 'encoding.color.scale.range')).toEqual(CUT_COLOURS);
    const { svg } = await render(spec);
    expect(svg).toMatch(/aria-label="Symbol legend titled '[^']+' for fill color[^"]*4 values/);
    expect(svg).toMatch(/aria-label="Symbol legend titled 'forecasts in the bin' for size/);
  });

  it('keeps each cut’s colour when a cut has no non-empty bin', () => {
    const without = calibrationSpec(ROWS.filter((r) => r.threshold !== 2));
    expect(pick(layerNamed(without, 'lines'), 'encoding.color.scale')).toEqual(
      pick(lines, 'encoding.color.scale'),
    );
  });

  it('keeps the legends above and below the plot, where a narrow container cannot clip them', () => {
    expect(pick(lines, 'encoding.color.legend.orient')).toBe('top');
    expect(pick(bins, 'encoding.size.legend.orient')).toBe('bottom');
    expect(pick(spec, 'width')).toBe('container');
  });

  it('titles both axes as probabilities from 0 to 1', () => {
    expect(pick(bins, 'encoding.x.title')).toBe('mean forecast probability (0–1)');
    expect(pick(bins, 'encoding.y.title')).toBe('observed frequency (0–1)');
    expect(pick(bins, 'encoding.x.scale.domain')).toEqual([0, 1]);
    expect(pick(bins, 'encoding.y.scale.domain')).toEqual([0, 1]);
  });
});
