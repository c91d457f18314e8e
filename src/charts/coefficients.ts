/**
 * The involvement model's coefficients as a Vega-Lite specification: one row per covariate,
 * a dot at the estimate and a rule across its 90% interval, with a zero line. Effects are on
 * the log-odds scale of "higher involvement".
 */
import type { TopLevelSpec } from 'vega-lite';

export interface CoefficientDatum {
  label: string;
  estimate: number;
  interval: [number, number];
}

export function coefficientSpec(coefficients: readonly CoefficientDatum[]): TopLevelSpec {
  const values = coefficients.map((c) => ({
    label: c.label,
    estimate: c.estimate,
    low: c.interval[0],
    high: c.interval[1],
  }));
  const y = { field: 'label', type: 'nominal' as const, sort: null, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    // 28 px a row, as a number: a step height beside a container width makes vega-lite warn.
    height: 28 * Math.max(1, values.length),
    data: { values },
    layer: [
      {
        mark: { type: 'rule', color: '#888', strokeDash: [3, 3] },
        encoding: { x: { datum: 0, type: 'quantitative' } },
      },
      {
        mark: { type: 'rule', strokeWidth: 2, color: '#1e88e5' },
        encoding: {
          y,
          x: {
            field: 'low',
            type: 'quantitative',
            // Two short lines, so that the title fits under the plot on a phone.
            title: ['effect on the log-odds of', 'higher involvement (90% interval)'],
          },
          x2: { field: 'high' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70, color: '#0d47a1' },
        encoding: {
          y,
          x: { field: 'estimate', type: 'quantitative' },
          tooltip: [
            { field: 'label', title: 'covariate' },
            { field: 'estimate', format: '.2f' },
            { field: 'low', format: '.2f', title: '5%' },
            { field: 'high', format: '.2f', title: '95%' },
          ],
        },
      },
    ],
  };
}
