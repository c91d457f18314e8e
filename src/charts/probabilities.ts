/**
 * Predicted probabilities of each US involvement level as bars with their 90% interval, in
 * the level colours of the timeline.
 */
import type { TopLevelSpec } from 'vega-lite';
import { INVOLVEMENT_COLOURS, INVOLVEMENT_NAMES } from './timeline.js';

export function probabilitySpec(
  probabilities: readonly number[],
  intervals: readonly (readonly [number, number])[],
): TopLevelSpec {
  const values = probabilities.map((p, level) => ({
    level: INVOLVEMENT_NAMES[level] ?? String(level),
    p,
    low: intervals[level]?.[0] ?? p,
    high: intervals[level]?.[1] ?? p,
  }));
  const x = {
    field: 'level',
    type: 'nominal' as const,
    sort: null,
    title: null,
    axis: { labelAngle: -20 },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 220,
    data: { values },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x,
          y: { field: 'p', type: 'quantitative', title: 'probability', scale: { domain: [0, 1] } },
          color: {
            field: 'level',
            type: 'nominal',
            scale: { domain: [...INVOLVEMENT_NAMES], range: [...INVOLVEMENT_COLOURS] },
            legend: null,
          },
          tooltip: [
            { field: 'level' },
            { field: 'p', format: '.2f', title: 'probability' },
            { field: 'low', format: '.2f', title: '5%' },
            { field: 'high', format: '.2f', title: '95%' },
          ],
        },
      },
      {
        mark: { type: 'rule', color: '#222', strokeWidth: 1.5 },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
    ],
  };
}
