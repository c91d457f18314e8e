/**
 * A reliability diagram for the ordinal forecasts: for each cut "level ≥ k", the observed
 * frequency against the mean forecast probability in each probability bin; the diagonal is
 * perfect calibration.
 *
 * Lines and points are separate layers on purpose: a size encoding on a line mark becomes
 * its stroke width and vega-lite groups the line by it, so a line only joined bins of equal
 * count and most cuts drew no line at all. Here the line layer has only a colour, and the
 * point layer alone is sized by how many forecasts fall in the bin, from a visible minimum.
 * The legends sit above and below the plot, not beside it, so a narrow container never clips them.
 */
import type { TopLevelSpec } from 'vega-lite';

export interface CalibrationDatum {
  threshold: number;
  meanPredicted: number;
  observedFrequency: number;
  count: number;
  lower?: number;
  upper?: number;
}

/** The cuts of the five-level scale, and a colour for each in the hue of its level. */
export const CUT_THRESHOLDS = [1, 2, 3, 4] as const;
export const CUT_COLOURS = ['#42a5f5', '#1565c0', '#ef6c00', '#b71c1c'];
/** Point area (px²) of the smallest and the largest bin: the smallest stays visible. */
export const POINT_SIZE_RANGE = [50, 500] as const;

export function cutName(threshold: number): string {
  return `level ≥ ${threshold}`;
}

export function calibrationSpec(rows: readonly CalibrationDatum[]): TopLevelSpec {
  const values = rows.filter((r) => r.count > 0).map((r) => ({ ...r, cut: cutName(r.threshold) }));
  // A fixed domain keeps each cut's colour whatever bins are empty; unknown cuts follow.
  const extra = [...new Set(rows.map((r) => r.threshold))]
    .filter((t) => !(CUT_THRESHOLDS as readonly number[]).includes(t))
    .sort((a, b) => a - b);
  const color = {
    field: 'cut',
    type: 'nominal' as const,
    title: 'forecast of US involvement',
    scale: {
      domain: [...CUT_THRESHOLDS, ...extra].map(cutName),
      range: [...CUT_COLOURS, ...extra.map(() => '#616161')],
    },
    legend: { orient: 'top' as const, direction: 'horizontal' as const, columns: 4 },
  };
  const scale = { domain: [0, 1], nice: false };
  const x = {
    field: 'meanPredicted',
    type: 'quantitative' as const,
    scale,
    title: 'mean forecast probability (0–1)',
  };
  const y = {
    field: 'observedFrequency',
    type: 'quantitative' as const,
    scale,
    title: 'observed frequency (0–1)',
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Reliability diagram: observed frequency against forecast probability, per cut',
    width: 'container',
    height: 300,
    layer: [
      {
        name: 'diagonal',
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: 'line', color: '#999', strokeDash: [4, 4] },
        encoding: {
          x: { ...x, field: 'x' },
          y: { ...y, field: 'y' },
        },
      },
      {
        name: 'lines',
        data: { values },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { x, y, color, order: { field: 'meanPredicted' } },
      },
      {
        name: 'bins',
        data: { values },
        mark: { type: 'point', filled: true, opacity: 0.9, stroke: '#fff', strokeWidth: 1 },
        encoding: {
          x,
          y,
          color,
          size: {
            field: 'count',
            type: 'quantitative',
            title: 'forecasts in the bin',
            scale: { zero: false, range: [...POINT_SIZE_RANGE] },
            legend: {
              orient: 'bottom',
              direction: 'horizontal',
              tickCount: 4,
              symbolFillColor: '#616161',
            },
          },
          tooltip: [
            { field: 'cut', title: 'forecast' },
            { field: 'meanPredicted', format: '.2f', title: 'mean forecast' },
            { field: 'observedFrequency', format: '.2f', title: 'observed' },
            { field: 'count', title: 'forecasts' },
          ],
        },
      },
    ],
    config: { legend: { labelLimit: 200 } },
  };
}
