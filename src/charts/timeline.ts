/**
 * The episode timeline as a Vega-Lite specification: a plain value, rendered by vega-embed in
 * the dashboard and, later, by Vega to SVG for reports. Each episode is a bar from its start
 * to its end (open episodes run to `today`) with a symbol at its start, on one row per primary
 * issue, coloured by the US involvement level and shaped by the episode's kind (dispute,
 * rapprochement …), each with a legend. Tooltips give dates as YYYY-MM-DD text: the start is
 * parsed as a date for the x axis, and a tooltip of that field would show epoch milliseconds.
 */
import type { TopLevelSpec } from 'vega-lite';
import { EpisodeKind } from '../domain/vocabulary.js';

export interface TimelineEpisode {
  id: string;
  title: string;
  start: string;
  end: string | null;
  issue: string;
  kind: string;
  usInvolvement: number;
  outcome: string;
}

export const INVOLVEMENT_COLOURS = ['#9e9e9e', '#90caf9', '#1e88e5', '#fb8c00', '#c62828'];
export const INVOLVEMENT_NAMES = [
  '0 none / neutral',
  '1 public statements',
  '2 quiet diplomacy',
  '3 active mediation',
  '4 leverage / pressure',
];
const ISSUES = ['history', 'territory', 'trade', 'security', 'other'];

/** Kinds of episode (codebook §2.1), with a symbol each. */
export const EPISODE_KINDS = EpisodeKind.options;
export const KIND_SHAPES = ['circle', 'triangle-up', 'diamond'];
/** Symbols for kinds not listed above, in order of appearance after sorting. */
const OTHER_KIND_SHAPES = ['cross', 'triangle-down', 'triangle-left', 'triangle-right', 'stroke'];
const KIND_LABELS: Readonly<Record<string, string>> = { 'us-initiative': 'US initiative' };

/** How a kind reads in legends and panels ("us-initiative" → "US initiative"). */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replaceAll('-', ' ');
}

/**
 * The shape scale of the kinds present: a known kind always has its own symbol, unknown kinds
 * follow with others; the legend lists only the kinds there are.
 */
export function kindShapeScale(kinds: readonly string[]): { domain: string[]; range: string[] } {
  const present = new Set(kinds);
  const known: readonly string[] = EPISODE_KINDS;
  const others = [...present].filter((k) => !known.includes(k)).sort();
  const listed = EPISODE_KINDS.flatMap((kind, i) =>
    present.has(kind) ? [{ kind: kind as string, shape: KIND_SHAPES[i] as string }] : [],
  );
  const all = [
    ...listed,
    ...others.map((kind, i) => ({
      kind,
      shape: OTHER_KIND_SHAPES[i % OTHER_KIND_SHAPES.length] as string,
    })),
  ];
  return { domain: all.map((k) => kindLabel(k.kind)), range: all.map((k) => k.shape) };
}

/** Pixel offset of an episode's lane within its issue row (lanes 0–3). */
const LANE_OFFSET = { expr: 'datum.lane * 9 - 13.5' };

/**
 * Lanes within each issue row, so that episodes close in time do not hide each other: an
 * episode takes the first lane whose previous episode ended at least `gapDays` before it began.
 */
export function assignLanes(
  episodes: readonly TimelineEpisode[],
  today: string,
  lanes = 4,
  gapDays = 700,
): Map<string, number> {
  const result = new Map<string, number>();
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const byIssue = new Map<string, TimelineEpisode[]>();
  for (const e of episodes) byIssue.set(e.issue, [...(byIssue.get(e.issue) ?? []), e]);
  for (const group of byIssue.values()) {
    const ends: number[] = [];
    const sorted = [...group].sort(
      (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
    );
    for (const e of sorted) {
      const start = day(e.start);
      let lane = ends.findIndex((end) => end + gapDays <= start);
      if (lane === -1) lane = ends.length < lanes ? ends.length : sorted.indexOf(e) % lanes;
      ends[lane] = Math.max(day(e.end ?? today), start);
      result.set(e.id, lane);
    }
  }
  return result;
}

/** The timeline spec for these episodes; `today` closes open episodes (ISO date). */
export function timelineSpec(
  episodes: readonly TimelineEpisode[],
  options: {
    today: string;
    from?: string;
    width?: number | 'container';
    /** Columns of the legends; fewer on a narrow screen (default 5). */
    legendColumns?: number;
  },
): TopLevelSpec {
  const lanes = assignLanes(episodes, options.today);
  const values = episodes.map((e) => ({
    ...e,
    endShown: e.end ?? options.today,
    startDay: e.start,
    endDay: e.end ?? 'ongoing',
    kindName: kindLabel(e.kind),
    level: INVOLVEMENT_NAMES[e.usInvolvement] ?? String(e.usInvolvement),
    lane: lanes.get(e.id) ?? 0,
  }));
  // Epoch milliseconds: vega-lite treats them alike in every layer (DateTime objects it does not).
  const domain = [
    Date.parse(`${options.from ?? '1964-07-01'}T00:00:00Z`),
    Date.parse(`${options.today}T00:00:00Z`),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description:
      'South Korea–Japan episodes (disputes, rapprochements, US initiatives), by US involvement',
    width: options.width ?? 'container',
    height: 300,
    data: { values },
    encoding: {
      x: {
        field: 'start',
        type: 'temporal',
        title: null,
        axis: { format: '%Y', tickCount: 12, grid: true },
      },
      y: {
        field: 'issue',
        type: 'nominal',
        title: 'primary issue',
        sort: ISSUES,
        scale: { domain: ISSUES },
      },
      color: {
        field: 'level',
        type: 'ordinal',
        title: 'US involvement',
        scale: { domain: INVOLVEMENT_NAMES, range: INVOLVEMENT_COLOURS },
        legend: { orient: 'bottom', columns: options.legendColumns ?? 5 },
      },
      tooltip: [
        { field: 'title', title: 'episode' },
        { field: 'kindName', title: 'kind' },
        { field: 'startDay', title: 'start' },
        { field: 'endDay', title: 'end' },
        { field: 'level', title: 'US involvement' },
        { field: 'outcome', title: 'outcome' },
      ],
    },
    // The time range is set once, by a layer of two invisible rules at its ends: an explicit
    // scale domain on a layered temporal axis makes vega-lite warn of conflicting domains.
    layer: [
      {
        name: 'range',
        data: {
          values: domain.map((time) => ({ start: new Date(time).toISOString().slice(0, 10) })),
        },
        mark: { type: 'rule', opacity: 0 },
        encoding: {
          y: { value: 0 },
          y2: { value: 0 },
          color: { value: 'transparent' },
          tooltip: null,
          yOffset: null,
        },
      },
      {
        name: 'spans',
        mark: { type: 'bar', height: 6, opacity: 0.5, cornerRadius: 2, yOffset: LANE_OFFSET },
        encoding: { x2: { field: 'endShown' } },
      },
      {
        name: 'episodes',
        mark: {
          type: 'point',
          filled: true,
          size: 80,
          opacity: 0.95,
          cursor: 'pointer',
          yOffset: LANE_OFFSET,
        },
        encoding: {
          shape: {
            field: 'kindName',
            type: 'nominal',
            title: 'kind',
            scale: kindShapeScale(episodes.map((e) => e.kind)),
            // Above the plot: two legends side by side below it would not fit a phone.
            legend: { orient: 'top', columns: options.legendColumns ?? 4, symbolFillColor: '#555' },
          },
        },
      },
    ],
    config: { view: { stroke: null } },
  } as TopLevelSpec;
}
