/**
 * The relations page's charts as Vega-Lite specifications (plain values):
 * - `relationsSpec`: a dyad's index over time — the bounded relation score (chronology) or
 *   tension, the −z of normalised net cooperation (event data) — with unusual periods marked
 *   and the curated episodes overlaid as bands coloured by US involvement;
 * - `signalSpec`: beneath it, US→ally events per period by kind, stacked.
 */
import type { TopLevelSpec } from 'vega-lite';
import { INVOLVEMENT_COLOURS, INVOLVEMENT_NAMES } from './timeline.js';

export interface RelationsPoint {
  period: string;
  value: number | null;
  unusual: boolean;
}

export interface EpisodeBand {
  id: string;
  title: string;
  start: string;
  end: string | null;
  usInvolvement: number;
}

export function relationsSpec(
  points: readonly RelationsPoint[],
  episodes: readonly EpisodeBand[],
  measure: { title: string; from: string; to: string },
): TopLevelSpec {
  const first = measure.from;
  const last = measure.to;
  const bands = episodes
    .filter((e) => (e.end ?? last) >= first && e.start <= last)
    .map((e) => ({
      ...e,
      end: e.end ?? last,
      level: INVOLVEMENT_NAMES[e.usInvolvement] ?? String(e.usInvolvement),
    }));
  const x = { field: 'period', type: 'temporal' as const, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 260,
    layer: [
      {
        data: { values: bands },
        mark: { type: 'rect', opacity: 0.25 },
        encoding: {
          x: { field: 'start', type: 'temporal', title: null },
          x2: { field: 'end' },
          color: {
            field: 'level',
            type: 'nominal',
            title: 'US involvement in the episode',
            scale: { domain: [...INVOLVEMENT_NAMES], range: [...INVOLVEMENT_COLOURS] },
          },
          tooltip: [
            { field: 'title', title: 'episode' },
            { field: 'start', type: 'temporal' },
            { field: 'level', title: 'US involvement' },
          ],
        },
      },
      {
        data: { values: points.filter((p) => p.value !== null) },
        mark: { type: 'line', color: '#263238', strokeWidth: 1.2 },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: measure.title },
          tooltip: [
            { field: 'period', type: 'temporal' },
            { field: 'value', format: '.2f', title: measure.title },
          ],
        },
      },
      {
        data: { values: points.filter((p) => p.unusual && p.value !== null) },
        mark: { type: 'point', color: '#c62828', filled: true, size: 40 },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative' },
          tooltip: [
            { field: 'period', type: 'temporal', title: 'unusual period' },
            { field: 'value', format: '.2f' },
          ],
        },
      },
    ],
  };
}

export interface SignalBar {
  period: string;
  kind: string;
  events: number;
}

export function signalSpec(bars: readonly SignalBar[], title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 160,
    data: { values: bars.filter((b) => b.events > 0) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'period', type: 'temporal', title: null },
      y: { field: 'events', type: 'quantitative', stack: 'zero', title },
      color: { field: 'kind', type: 'nominal', title: 'kind' },
      tooltip: [{ field: 'period', type: 'temporal' }, { field: 'kind' }, { field: 'events' }],
    },
  };
}
