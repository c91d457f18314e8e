/**
 * The SQL of the relations indices and the US-involvement signal, and the only place in
 * src/indices/ where SQL text is written. Each query is described by a plain plan value
 * (which events, which periods, which series, which measure) and rendered here; values that
 * come from users (actor codes, dates) are bound as parameters ($a, $b, $p, $start, $from,
 * $to), and what is inlined (units, window sizes, dataset names, CAMEO codes) comes from
 * closed vocabularies checked below.
 *
 * All set work runs in DuckDB: filtering the events of a dyad, grouping them by period,
 * filling the calendar with empty periods, dividing by the period's volume, and the rolling
 * baseline. JavaScript receives one row per period and series.
 */
import { DATASETS, type Dataset, type Frequency } from '../domain/event-data.js';
import { literal, literalList } from '../store/sql.js';

/** Where the events come from: the ingested `events` table (some datasets), or the chronology. */
export type EventsFrom = { kind: 'events'; datasets: readonly Dataset[] } | { kind: 'chronology' };

/**
 * The series of an index: the dyad's pair summed over both directions, source→target
 * ("forward"), and target→source ("backward").
 */
export type SeriesName = 'pair' | 'forward' | 'backward';

export interface IndexPlan {
  events: EventsFrom;
  freq: Frequency;
  series: readonly SeriesName[];
  /** Divide Goldstein and PLOVER sums by the period's event volume (per 1,000 events). */
  normalise: boolean;
  /** Which normalised sum the z-score is taken of. */
  measure: 'goldstein' | 'plover';
  /** Periods in the rolling window before the current one. */
  baseline: number;
  /** Fewest non-null values in the window for a z-score. */
  minBaseline: number;
}

/** A kind of patron→ally event the US-involvement signal counts. */
export interface SignalKind {
  name: string;
  /** CAMEO root codes (two digits) whose events count. */
  roots?: readonly string[];
  /** Exact CAMEO codes whose events count. */
  codes?: readonly string[];
}

export interface SignalPlan {
  events: EventsFrom;
  freq: Frequency;
  kinds: readonly SignalKind[];
  /** CAMEO roots of the consultation/meeting events the trilateral rule looks for. */
  meetingRoots: readonly string[];
}

/** The columns every events relation has, whichever source it reads. */
function relationSql(events: EventsFrom): string {
  if (events.kind === 'chronology') {
    return `SELECT c.date AS event_date, c.actor AS source_country, c.target AS target_country,
    c.cameo AS cameo_code, left(c.cameo, 2) AS cameo_root, k.quad_class, k.goldstein,
    CAST(NULL AS DOUBLE) AS plover_score
  FROM chronology c LEFT JOIN cameo_codes k ON k.code = c.cameo`;
  }
  return `SELECT event_date, source_country, target_country, cameo_code, cameo_root, quad_class,
    goldstein, plover_score
  FROM events WHERE dataset IN (${datasetList(events.datasets)})`;
}

function datasetList(datasets: readonly Dataset[]): string {
  for (const dataset of datasets) {
    if (!DATASETS.includes(dataset)) throw new Error(`not a dataset: ${dataset}`);
  }
  return literalList(datasets);
}

function codeList(codes: readonly string[]): string {
  for (const code of codes) {
    if (!/^\d{2,4}$/.test(code)) throw new Error(`not a CAMEO code: ${code}`);
  }
  return literalList(codes);
}

function whole(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${what} must be a whole number: ${n}`);
  return n;
}

const UNITS: Readonly<Record<Frequency, string>> = { day: 'day', week: 'week', month: 'month' };
const STEPS: Readonly<Record<Frequency, string>> = {
  day: 'INTERVAL 1 DAY',
  week: 'INTERVAL 7 DAY',
  month: 'INTERVAL 1 MONTH',
};

function periodOf(column: string, freq: Frequency): string {
  return `CAST(date_trunc('${UNITS[freq]}', ${column}) AS DATE)`;
}

/** Every period from the one starting at `startParam` to the one containing `endParam`. */
function calendarSql(freq: Frequency, startParam: string, endParam: string): string {
  return `SELECT CAST(p AS DATE) AS period
  FROM generate_series(CAST(${startParam} AS TIMESTAMP), CAST(${endParam} AS TIMESTAMP), ${STEPS[freq]}) AS t(p)`;
}

/**
 * The index query: one row per series and period from $start (a period start) to $to (the
 * last day of a period), with `in_range` marking the periods from $from on (the earlier ones
 * only feed the rolling baseline). Parameters: $a, $b (the dyad), $start, $from, $to.
 */
export function indexSql(plan: IndexPlan): string {
  const baseline = whole(plan.baseline, 'baseline');
  const minBaseline = whole(plan.minBaseline, 'minBaseline');
  const perThousand = (sum: string) =>
    plan.normalise
      ? `CASE WHEN v.volume > 0 THEN coalesce(${sum}, 0) * 1000.0 / v.volume END`
      : `CAST(coalesce(${sum}, 0) AS DOUBLE)`;
  const volume =
    plan.events.kind === 'events' && plan.normalise
      ? `SELECT ${periodOf('event_date', plan.freq)} AS period, sum(events) AS volume
  FROM event_volume
  WHERE dataset IN (${datasetList(plan.events.datasets)}) AND event_date BETWEEN CAST($start AS DATE) AND CAST($to AS DATE)
  GROUP BY ALL`
      : 'SELECT CAST(NULL AS DATE) AS period, CAST(NULL AS BIGINT) AS volume WHERE false';
  const series = plan.series.map((s) => `(${literal(s)})`).join(', ');
  return `WITH
dyad_events AS (
  SELECT ${periodOf('event_date', plan.freq)} AS period,
    CASE WHEN source_country = $a THEN 'forward' ELSE 'backward' END AS direction,
    quad_class, goldstein, plover_score
  FROM (${relationSql(plan.events)}) AS e
  WHERE event_date BETWEEN CAST($start AS DATE) AND CAST($to AS DATE)
    AND ((source_country = $a AND target_country = $b) OR (source_country = $b AND target_country = $a))
),
directed AS (
  SELECT period, direction AS series,
    count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
    count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
    count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
    count(*) AS total,
    sum(goldstein) AS goldstein,
    sum(goldstein) FILTER (WHERE goldstein > 0) AS goldstein_positive,
    sum(goldstein) FILTER (WHERE goldstein < 0) AS goldstein_negative,
    sum(plover_score) AS plover,
    count(plover_score) AS plover_events
  FROM dyad_events
  GROUP BY ALL
),
counts AS (
  SELECT * FROM directed
  UNION ALL BY NAME
  SELECT period, 'pair' AS series,
    sum(verbal_cooperation) AS verbal_cooperation,
    sum(material_cooperation) AS material_cooperation,
    sum(verbal_conflict) AS verbal_conflict,
    sum(material_conflict) AS material_conflict,
    sum(total) AS total,
    sum(goldstein) AS goldstein,
    sum(goldstein_positive) AS goldstein_positive,
    sum(goldstein_negative) AS goldstein_negative,
    sum(plover) AS plover,
    sum(plover_events) AS plover_events
  FROM directed
  GROUP BY period
),
volume AS (
  ${volume}
),
calendar AS (
  ${calendarSql(plan.freq, '$start', '$to')}
),
series(series) AS (VALUES ${series}),
filled AS (
  SELECT s.series, c.period,
    coalesce(k.verbal_cooperation, 0) AS verbal_cooperation,
    coalesce(k.material_cooperation, 0) AS material_cooperation,
    coalesce(k.verbal_conflict, 0) AS verbal_conflict,
    coalesce(k.material_conflict, 0) AS material_conflict,
    coalesce(k.total, 0) AS total,
    CAST(coalesce(k.goldstein, 0) AS DOUBLE) AS goldstein,
    CAST(coalesce(k.goldstein_positive, 0) AS DOUBLE) AS goldstein_positive,
    CAST(coalesce(k.goldstein_negative, 0) AS DOUBLE) AS goldstein_negative,
    CAST(coalesce(k.plover, 0) AS DOUBLE) AS plover,
    coalesce(k.plover_events, 0) AS plover_events,
    v.volume,
    ${perThousand('k.goldstein')} AS net_cooperation,
    ${perThousand('k.plover')} AS plover_net
  FROM calendar c
  CROSS JOIN series s
  LEFT JOIN counts k ON k.series = s.series AND k.period = c.period
  LEFT JOIN volume v ON v.period = c.period
),
windowed AS (
  SELECT *,
    avg(measure) OVER w AS baseline_mean,
    stddev_samp(measure) OVER w AS baseline_sd,
    count(measure) OVER w AS baseline_n
  FROM (SELECT *, ${plan.measure === 'plover' ? 'plover_net' : 'net_cooperation'} AS measure FROM filled)
  WINDOW w AS (PARTITION BY series ORDER BY period ROWS BETWEEN ${baseline} PRECEDING AND 1 PRECEDING)
)
SELECT series, strftime(period, '%Y-%m-%d') AS period,
  verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, total,
  goldstein, goldstein_positive, goldstein_negative, plover, plover_events, volume, net_cooperation, plover_net,
  baseline_mean, baseline_sd, baseline_n,
  CASE WHEN baseline_n >= ${minBaseline} AND baseline_sd > 1e-9
    THEN (measure - baseline_mean) / baseline_sd END AS z,
  period >= CAST($from AS DATE) AS in_range
FROM windowed
ORDER BY series, period`;
}

/**
 * The US-involvement signal query: per period from $from to $to and per ally ($a, $b), the
 * patron's ($p) events towards that ally by kind, and the trilateral meeting days of the
 * period (the same for both allies' rows).
 */
export function signalSql(plan: SignalPlan): string {
  const kinds = plan.kinds
    .map((kind) => {
      const tests = [
        ...(kind.roots === undefined ? [] : [`cameo_root IN (${codeList(kind.roots)})`]),
        ...(kind.codes === undefined ? [] : [`cameo_code IN (${codeList(kind.codes)})`]),
      ];
      if (!/^[a-z]+$/.test(kind.name) || tests.length === 0) {
        throw new Error(`bad signal kind: ${JSON.stringify(kind)}`);
      }
      return `count(*) FILTER (WHERE ${tests.join(' OR ')}) AS ${kind.name}`;
    })
    .join(',\n    ');
  const meetings = codeList(plan.meetingRoots);
  const between = (x: string, y: string) =>
    `${x} IN (source_country, target_country) AND ${y} IN (source_country, target_country)`;
  return `WITH
triad_events AS (
  SELECT event_date, source_country, target_country, cameo_code, cameo_root
  FROM (${relationSql(plan.events)}) AS e
  WHERE event_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND source_country IN ($p, $a, $b) AND target_country IN ($p, $a, $b)
    AND source_country <> target_country
),
patron_acts AS (
  SELECT ${periodOf('event_date', plan.freq)} AS period, target_country AS ally,
    count(*) AS events,
    ${kinds}
  FROM triad_events
  WHERE source_country = $p
  GROUP BY ALL
),
meeting_days AS (
  SELECT event_date
  FROM triad_events
  WHERE cameo_root IN (${meetings})
  GROUP BY event_date
  HAVING bool_or(${between('$p', '$a')}) AND bool_or(${between('$p', '$b')})
    AND bool_or(${between('$a', '$b')})
),
trilateral AS (
  SELECT ${periodOf('event_date', plan.freq)} AS period, count(*) AS days
  FROM meeting_days
  GROUP BY ALL
),
calendar AS (
  ${calendarSql(plan.freq, '$from', '$to')}
),
allies(ally, position) AS (VALUES ($a, 0), ($b, 1))
SELECT strftime(c.period, '%Y-%m-%d') AS period, al.ally,
  coalesce(p.events, 0) AS events,
  ${plan.kinds.map((k) => `coalesce(p.${k.name}, 0) AS ${k.name}`).join(', ')},
  coalesce(t.days, 0) AS trilateral_days
FROM calendar c
CROSS JOIN allies al
LEFT JOIN patron_acts p ON p.period = c.period AND p.ally = al.ally
LEFT JOIN trilateral t ON t.period = c.period
ORDER BY c.period, al.position`;
}

/**
 * Which days a source covers: for the chronology, its first and last dated event; for event
 * datasets, the days of `event_volume` (every ingested row, not only the triad's), plus
 * whether any event exists at all — an EXISTS, so that a large table is not counted.
 * Columns: has_events, volume_days, first, last. No parameters.
 */
export function coverageSql(events: EventsFrom): string {
  if (events.kind === 'chronology') {
    return `SELECT count(*) > 0 AS has_events, 0 AS volume_days,
  strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last
FROM chronology`;
  }
  const datasets = datasetList(events.datasets);
  const volume = `SELECT count(DISTINCT event_date) AS volume_days, min(event_date) AS first, max(event_date) AS last
    FROM event_volume WHERE dataset IN (${datasets})`;
  return `SELECT EXISTS (SELECT 1 FROM events WHERE dataset IN (${datasets})) AS has_events,
  volume_days, strftime(first, '%Y-%m-%d') AS first, strftime(last, '%Y-%m-%d') AS last
FROM (${volume})`;
}

/**
 * The first and last day of a dataset's events, for when `event_volume` has no rows for it.
 * Columns: first, last. No parameters.
 */
export function eventSpanSql(events: { kind: 'events'; datasets: readonly Dataset[] }): string {
  return `SELECT strftime(min(event_date), '%Y-%m-%d') AS first, strftime(max(event_date), '%Y-%m-%d') AS last
FROM events WHERE dataset IN (${datasetList(events.datasets)})`;
}
