/**
 * The relations page's charts as Vega-Lite specifications (plain values):
 * - `relationsSpec`: a dyad's index over time — the bounded relation score (chronology) or
 *   tension, the −z of normalised net cooperation (event data) — with unusual periods marked
 *   and, for South Korea–Japan only, the curated episodes overlaid as bands coloured by US
 *   involvement;
 * - `signalSpec`: beneath it, US→ally events per period by kind, stacked.
 *
 * The two are drawn one above the other and read together, so they share one frame: the x
 * domain is the series' own periods (never the episodes'), given to both; the y axes take a
 * fixed width and the legends sit below, so the plots start and end at the same pixel.
 * Each value is drawn at the middle of its period and each bar spans its period.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Frequency } from '../domain/event-data.js';
import { periodEndTime, type TimeDomain, timeAxis } from './time-axis.js';
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

/** What both charts share: the domain, the frequency, how many ticks fit, how many legend
 * columns fit. */
export interface PeriodFrame {
  domain: TimeDomain;
  freq: Frequency;
  /** Most x ticks the chart's width holds (default 10). */
  maxTicks?: number;
  /** Columns of the legends (default: all entries in one row). */
  legendColumns?: number;
}

/** The curated episodes are disputes between these two: only their chart shows the bands. */
export const EPISODE_DYAD = ['KOR', 'JPN'] as const;

/** Whether a dyad ("USA-KOR", "JPN-KOR" …) is the pair the episodes are about. */
export function isEpisodeDyad(dyad: string): boolean {
  const actors = dyad.split('-').sort();
  return actors.length === 2 && actors.join('-') === [...EPISODE_DYAD].sort().join('-');
}

/** Pixels the y axis takes (ticks, labels and title): fixed, so stacked charts line up. */
export const Y_AXIS_EXTENT = 48;

export const UNUSUAL_COLOUR = '#c62828';

/** The fixed colour of each kind of US signal, so a kind keeps it in every view. */
export const SIGNAL_KINDS = ['appeals', 'consultations', 'mediation', 'pressure'] as const;
export const SIGNAL_COLOURS = ['#7e57c2', '#26a69a', '#fbc02d', '#d84315'];
const OTHER_KIND_COLOURS = ['#8d6e63', '#78909c', '#9ccc65', '#ec407a'];

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * The episodes to draw over a dyad's chart: none unless the dyad is South Korea–Japan; else
 * those that overlap the domain, clipped to it (open episodes run to its end).
 */
export function episodeBands(
  episodes: readonly EpisodeBand[],
  domain: TimeDomain,
  dyad: string,
): (EpisodeBand & { from: number; to: number; level: string })[] {
  if (!isEpisodeDyad(dyad)) return [];
  const [first, last] = domain;
  return episodes
    .map((e) => ({
      ...e,
      from: Math.max(utc(e.start), first),
      // An episode's end day is part of it.
      to: Math.min(e.end === null ? last : utc(e.end) + DAY_MS, last),
      level: INVOLVEMENT_NAMES[e.usInvolvement] ?? String(e.usInvolvement),
    }))
    .filter((e) => e.from < e.to);
}

function xEncoding(frame: PeriodFrame, field: string) {
  const axis = timeAxis(frame.domain, frame.freq, frame.maxTicks);
  return {
    field,
    type: 'temporal' as const,
    title: null,
    // domainMin/domainMax, not domain: vega-lite warns of conflicting domains when an explicit
    // temporal domain meets an x2 channel.
    scale: {
      type: 'utc' as const,
      domainMin: frame.domain[0],
      domainMax: frame.domain[1],
      nice: false,
      // A bar on a continuous scale would otherwise pad the domain by a few pixels.
      padding: 0,
    },
    axis: { values: axis.values, format: axis.format, labelFlush: true, labelOverlap: true },
  };
}

const yAxis = { minExtent: Y_AXIS_EXTENT, maxExtent: Y_AXIS_EXTENT };

function legend(frame: PeriodFrame, orient: 'top' | 'bottom' = 'bottom') {
  return {
    orient,
    direction: 'horizontal' as const,
    ...(frame.legendColumns === undefined ? {} : { columns: frame.legendColumns }),
  };
}

const frameConfig = {
  view: { stroke: null },
  legend: { labelLimit: 220, titleLimit: 320 },
  axis: { labelFontSize: 11, titleFontSize: 11 },
};

export function relationsSpec(
  points: readonly RelationsPoint[],
  episodes: readonly EpisodeBand[],
  measure: { title: string; dyad: string; threshold?: number },
  frame: PeriodFrame,
): TopLevelSpec {
  const bands = episodeBands(episodes, frame.domain, measure.dyad);
  const drawn = points
    .filter((p) => p.value !== null)
    .map((p) => ({ ...p, mid: (utc(p.period) + periodEndTime(p.period, frame.freq)) / 2 }));
  const unusualPoints = drawn.filter((p) => p.unusual);
  const x = xEncoding(frame, 'mid');
  const unusual =
    measure.threshold === undefined
      ? 'unusual period'
      : `unusual period (|z| ≥ ${measure.threshold})`;
  const y = { field: 'value', type: 'quantitative' as const, title: measure.title, axis: yAxis };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 260,
    layer: [
      ...(bands.length === 0
        ? []
        : [
            {
              name: 'episodes',
              data: { values: bands },
              mark: { type: 'rect' as const, opacity: 0.25, clip: true },
              encoding: {
                x: { ...xEncoding(frame, 'from') },
                x2: { field: 'to' },
                color: {
                  field: 'level',
                  type: 'nominal' as const,
                  title: 'US involvement in the episode',
                  scale: { domain: [...INVOLVEMENT_NAMES], range: [...INVOLVEMENT_COLOURS] },
                  legend: legend(frame),
                },
                tooltip: [
                  { field: 'title', title: 'episode' },
                  { field: 'start', title: 'start' },
                  { field: 'level', title: 'US involvement' },
                ],
              },
            },
          ]),
      {
        name: 'index',
        data: { values: drawn },
        mark: { type: 'line', color: '#263238', strokeWidth: 1.2, clip: true },
        encoding: {
          x,
          y,
          tooltip: [
            { field: 'period', title: 'period from' },
            { field: 'value', format: '.2f', title: measure.title },
          ],
        },
      },
      // An empty layer would still take part in the scales' extents, and warn "Infinite extent".
      ...(unusualPoints.length === 0
        ? []
        : [
            {
              name: 'unusual',
              data: { values: unusualPoints },
              mark: { type: 'point', filled: true, size: 40, opacity: 1, clip: true },
              encoding: {
                x,
                y,
                // A colour of its own (the bands' scale is resolved apart), so it has a legend.
                color: {
                  datum: unusual,
                  type: 'nominal',
                  title: null,
                  scale: { domain: [unusual], range: [UNUSUAL_COLOUR] },
                  legend: legend(frame, 'top'),
                },
                tooltip: [
                  { field: 'period', title: 'unusual period from' },
                  { field: 'value', format: '.2f' },
                ],
              },
            },
          ]),
    ],
    resolve: { scale: { color: 'independent' } },
    config: frameConfig,
  } as TopLevelSpec;
}

export interface SignalBar {
  period: string;
  kind: string;
  events: number;
}

/** The colour scale of the signal kinds: the four known kinds fixed, any other after them. */
export function signalColourScale(kinds: readonly string[]): { domain: string[]; range: string[] } {
  const known: readonly string[] = SIGNAL_KINDS;
  const others = [...new Set(kinds)].filter((k) => !known.includes(k)).sort();
  return {
    domain: [...SIGNAL_KINDS, ...others],
    range: [
      ...SIGNAL_COLOURS,
      ...others.map((_, i) => OTHER_KIND_COLOURS[i % OTHER_KIND_COLOURS.length] as string),
    ],
  };
}

export function signalSpec(
  bars: readonly SignalBar[],
  title: string,
  frame: PeriodFrame,
): TopLevelSpec {
  const values = bars
    .filter((b) => b.events > 0)
    .map((b) => {
      const from = utc(b.period);
      const to = periodEndTime(b.period, frame.freq);
      return { ...b, from, to, mid: (from + to) / 2 };
    });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 160,
    data: { values },
    // Each bar spans its period, and is at least 2 px wide (a month is ~1.5 px over 60 years).
    mark: {
      type: 'bar',
      orient: 'vertical',
      clip: true,
      width: { expr: "max(2, scale('x', datum.to) - scale('x', datum.from))" },
    },
    encoding: {
      x: xEncoding(frame, 'mid'),
      y: { field: 'events', type: 'quantitative', stack: 'zero', title, axis: yAxis },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'kind',
        scale: signalColourScale(bars.map((b) => b.kind)),
        legend: legend(frame),
      },
      tooltip: [{ field: 'period', title: 'period from' }, { field: 'kind' }, { field: 'events' }],
    },
    config: frameConfig,
  } as TopLevelSpec;
}
