/**
 * What the involvement model knows about an episode or a scenario: the few observable
 * features that operationalise the cost and risk of an ROK–Japan dispute to US security
 * (Wiegand & Lee 2025; docs/model.md §2). North Korean activity is derived from the monthly
 * context series, never hand-set per episode; the coder's `northKoreaThreat` reading is used
 * only to translate a reading into the series' scale where the series does not reach
 * (episodes before 1985) or where a scenario gives a reading instead of a date.
 */
import type { Issue } from '../../domain/vocabulary.js';

/** North Korean missile launches and nuclear tests in one month (context series). */
export interface NkMonth {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  tests: number;
}

/** How a feature value was obtained. */
export type Provenance = 'coded' | 'series' | 'translated-reading' | 'default';

export interface Features {
  issue: Issue;
  securityCooperationAtStake: boolean;
  /** Escalation 0–3 (codebook §5). */
  escalation: number;
  /** log(1 + North Korean launches and nuclear tests in the 12 months before the start month). */
  nkActivity: number;
  /** Raw count behind nkActivity, when it came from the series. */
  nkTests12m: number | null;
  provenance: { nkActivity: Provenance; escalation: Provenance };
}

/** Length of the window before an episode over which North Korean tests are counted. */
export const NK_WINDOW_MONTHS = 12;

/**
 * Launches and nuclear tests in the 12 whole months before the month of `date`, or null if
 * the series does not cover the whole window. The episode's own month is left out so that
 * the measure precedes the dispute it explains.
 */
export function nkTestsBefore(date: string, series: readonly NkMonth[]): number | null {
  const byMonth = new Map(series.map((row) => [row.month.slice(0, 7), row.tests]));
  let total = 0;
  for (let back = 1; back <= NK_WINDOW_MONTHS; back++) {
    const tests = byMonth.get(monthOffset(date, -back));
    if (tests === undefined) return null;
    total += tests;
  }
  return total;
}

/** The latest date whose 12-month window the series covers completely. */
export function lastCoveredDate(series: readonly NkMonth[]): string | null {
  const months = series.map((row) => row.month.slice(0, 7)).sort();
  const last = months.at(-1);
  return last === undefined ? null : `${monthOffset(`${last}-01`, 1)}-01`;
}

/** YYYY-MM of the month `offset` months from the month of `date` (YYYY-MM-DD). */
export function monthOffset(date: string, offset: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + offset;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The series' value at each level of the coder's 0–3 reading: the mean of log(1 + tests) over
 * the episodes the series covers, by their reading. A level with no covered episode takes the
 * nearest level's value. This is a translation table, not a model input.
 */
export function readingScale(
  covered: readonly { reading: number; nkActivity: number }[],
): readonly number[] {
  const means = [0, 1, 2, 3].map((level) => {
    const values = covered.filter((c) => c.reading === level).map((c) => c.nkActivity);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  });
  return means.map((value, level) => {
    if (value !== null) return value;
    for (let d = 1; d <= 3; d++) {
      const near = means[level - d] ?? means[level + d];
      if (near !== null && near !== undefined) return near;
    }
    return 0;
  });
}
