/**
 * A reliability diagram for the ordinal forecasts: for each cut "level ≥ k", the observed
 * frequency against the mean forecast probability in each probability bin; the diagonal is
 * perfect calibration. Points are sized by how many forecasts fall in the bin.
 */
import type { TopLevelSpec } from 'vega-lite';

export interface CalibrationDatum {
  threshold: number;
  meanPredicted: number;
  observedFrequency: number;
  count: number;
}

export function calibrationSpec(rows: readonly CalibrationDatum[]): TopLevelSpec {
  const values = rows
    .filter((r) => r.count > 0)
    .map((r) => ({ ...r, cut: `level ≥ ${r.threshold}` }));
  const scale = { domain: [0, 1] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 320,
    height: 320,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: 'line', color: '#999', strokeDash: [4, 4] },
        encoding: {
          x: { field: 'x', type: 'quantitative', scale },
          y: { field: 'y', type: 'quantitative', scale },
        },
      },
      {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'meanPredicted', type: 'quantitative', scale, title: 'forecast probability' },
          y: {
            field: 'observedFrequency',
            type: 'quantitative',
            scale,
            title: 'observed frequency',
          },
          color: { field: 'cut', type: 'nominal', title: null },
          size: { field: 'count', type: 'quantitative', title: 'forecasts' },
          tooltip: [
            { field: 'cut' },
            { field: 'meanPredicted', format: '.2f', title: 'forecast' },
            { field: 'observedFrequency', format: '.2f' },
            { field: 'count' },
          ],
        },
      },
    ],
  };
}
