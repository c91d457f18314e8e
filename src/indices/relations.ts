/**
 * The relations index of a dyad: per period, its events by quad class, Goldstein-weighted net
 * cooperation and the PLOVER-score variant, both per 1,000 events of the period's volume, and
 * a z-score against a rolling baseline of the previous periods, whose negative is "tension".
 * For the curated chronology it adds the bounded relation score of score.ts. docs/indices.md
 * gives every formula; the set work is in sql.ts and runs in DuckDB.
 */
import type { Database, Row } from '../store/database.js';
import { resolveRange } from './calendar.js';
import { eventsFrom, readCoverage, SOURCE_DATASETS } from './coverage.js';
import type { IndexDefinition } from './definition.js';
import { RELATION_SCORE, relationScores, type ScoreParameters } from './score.js';
import { type IndexPlan, indexSql, type SeriesName } from './sql.js';

export interface IndexPeriod {
  /** First day of the period (ISO date). */
  period: string;
  /** Quad class 1. */
  verbalCooperation: number;
  /** Quad class 2. */
  materialCooperation: number;
  /** Quad class 3. */
  verbalConflict: number;
  /** Quad class 4. */
  materialConflict: number;
  /** All the dyad's events, including any without a quad class. */
  total: number;
  /** Sum of Goldstein scores (net cooperation, raw). */
  goldstein: number;
  /** Sum of the positive Goldstein scores. */
  goldsteinPositive: number;
  /** Sum of the negative Goldstein scores (≤ 0). */
  goldsteinNegative: number;
  /** Sum of PLOVER scores over the events that have one. */
  plover: number;
  /** Events with a PLOVER score. */
  ploverEvents: number;
  /** All events of the period in the source (event_volume), or null if none recorded. */
  volume: number | null;
  /** Goldstein sum per 1,000 events of volume (raw sum when the result is not normalised). */
  netCooperation: number | null;
  /** PLOVER sum per 1,000 events of volume (raw sum when the result is not normalised). */
  ploverNet: number | null;
  /** Mean, standard deviation and number of values of the measure in the baseline window. */
  baselineMean: number | null;
  baselineSd: number | null;
  baselineN: number;
  /** (measure − baselineMean) / baselineSd, or null when the window is too thin or flat. */
  z: number | null;
  /** −z: positive when relations are worse than in the baseline window. */
  tension: number | null;
  /** |z| ≥ the definition's threshold. */
  unusual: boolean;
  /** The bounded relation score (chronology only; null otherwise). */
  score: number | null;
}

export interface IndexSeries {
  name: SeriesName;
  /** "KOR↔JPN" for the pair, "KOR→JPN" for a direction. */
  label: string;
  source: string;
  target: string;
  directed: boolean;
  periods: IndexPeriod[];
}

export interface IndexResult {
  definition: IndexDefinition;
  /** The datasets read ("chronology" for the curated chronology). */
  datasets: string[];
  /** First and last day of the source's data (of event_volume when it has rows), and the
   * number of days event_volume records. */
  coverage: { first: string; last: string; volumeDays: number };
  /** First day of the first period and last day of the last period reported. */
  range: { from: string; to: string };
  /** How net cooperation is scaled: per 1,000 events of the period's volume, or not at all. */
  normalisation: 'per-1000-events' | 'none';
  /** What the z-score is taken of: normalised Goldstein or normalised PLOVER sums. */
  measure: 'goldstein' | 'plover';
  /** The relation score's parameters (chronology only). */
  scoreParameters: ScoreParameters | null;
  notes: string[];
  /** The pair first (when undirected), then each direction. */
  series: IndexSeries[];
}

/** Fewest values a baseline window needs for a z-score: half the window, and at least 2. */
export function minimumBaseline(baseline: number): number {
  return Math.max(2, Math.ceil(baseline / 2));
}

/** Computes the index a definition describes. Throws NoEventsError when the source is empty. */
export async function computeIndex(
  db: Database,
  definition: IndexDefinition,
): Promise<IndexResult> {
  const { source, dyad } = definition;
  const coverage = await readCoverage(db, source);
  const range = resolveRange(definition, coverage);
  const chronology = source === 'chronology';
  const normalise = !chronology && coverage.volumeDays > 0;
  const notes = [...range.notes];
  if (!chronology && !normalise) {
    notes.push(
      `event_volume has no rows for ${source}: values are raw sums, not per 1,000 events, and not comparable across periods whose news volume differs; re-run \`fineline ingest\` to record volumes`,
    );
  }
  if (chronology) {
    notes.push(
      'the chronology is curated, not a sample of the news: values are raw sums (no volume to normalise by), and it has no PLOVER scores',
    );
  }
  const series: SeriesName[] = dyad.directed ? ['forward'] : ['pair', 'forward', 'backward'];
  const plan: IndexPlan = {
    events: eventsFrom(source),
    freq: definition.freq,
    series,
    normalise,
    measure: source === 'polecat' ? 'plover' : 'goldstein',
    baseline: definition.baseline,
    minBaseline: minimumBaseline(definition.baseline),
  };
  const rows = await db.query(indexSql(plan), {
    a: dyad.source,
    b: dyad.target,
    start: range.start,
    from: range.from,
    to: range.to,
  });
  const result: IndexSeries[] = series.map((name) => {
    const own = rows.filter((row) => row.series === name);
    const scores = chronology
      ? relationScores(
          own.map((row) => ({
            positive: Number(row.goldstein_positive),
            negative: Number(row.goldstein_negative),
          })),
        )
      : undefined;
    const periods = own
      .map((row, i) => period(row, definition.threshold, scores?.[i] ?? null))
      .filter((_, i) => own[i]?.in_range === true);
    const [from, to] =
      name === 'backward' ? [dyad.target, dyad.source] : [dyad.source, dyad.target];
    return {
      name,
      label: name === 'pair' ? `${from}↔${to}` : `${from}→${to}`,
      source: from,
      target: to,
      directed: name !== 'pair',
      periods,
    };
  });
  const unvolumed = normalise
    ? (result[0]?.periods.filter((p) => p.volume === null).length ?? 0)
    : 0;
  if (unvolumed > 0) {
    notes.push(
      `${unvolumed} period(s) have no event_volume rows: their normalised values and z-scores are null, and they are left out of other periods' baselines`,
    );
  }
  return {
    definition: { ...definition, from: range.from, to: range.to },
    datasets: chronology ? ['chronology'] : [...SOURCE_DATASETS[source]],
    coverage: { first: coverage.first, last: coverage.last, volumeDays: coverage.volumeDays },
    range: { from: range.from, to: range.to },
    normalisation: normalise ? 'per-1000-events' : 'none',
    measure: plan.measure,
    scoreParameters: chronology ? { ...RELATION_SCORE } : null,
    notes,
    series: result,
  };
}

function nullable(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function period(row: Row, threshold: number, score: number | null): IndexPeriod {
  const z = nullable(row.z);
  return {
    period: String(row.period),
    verbalCooperation: Number(row.verbal_cooperation),
    materialCooperation: Number(row.material_cooperation),
    verbalConflict: Number(row.verbal_conflict),
    materialConflict: Number(row.material_conflict),
    total: Number(row.total),
    goldstein: Number(row.goldstein),
    goldsteinPositive: Number(row.goldstein_positive),
    goldsteinNegative: Number(row.goldstein_negative),
    plover: Number(row.plover),
    ploverEvents: Number(row.plover_events),
    volume: nullable(row.volume),
    netCooperation: nullable(row.net_cooperation),
    ploverNet: nullable(row.plover_net),
    baselineMean: nullable(row.baseline_mean),
    baselineSd: nullable(row.baseline_sd),
    baselineN: Number(row.baseline_n),
    z,
    tension: z === null ? null : z === 0 ? 0 : -z,
    unusual: z !== null && Math.abs(z) >= threshold,
    score,
  };
}
