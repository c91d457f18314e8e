/**
 * Periods and the range an index covers. Periods are whole calendar units named by their
 * first day: months start on the 1st, weeks on Monday (ISO 8601, as DuckDB's
 * `date_trunc('week', …)`), days are days. A range asked for is widened to whole periods and
 * clamped to the data's coverage, so that no period outside the data reads as "no events".
 * All dates are ISO text (YYYY-MM-DD) in UTC.
 */

import type { Frequency } from '../domain/event-data.js';
import { UsageError } from '../errors.js';
import type { IndexDefinition } from './definition.js';

const DAY_MS = 86_400_000;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The first day of month `month` (0-based, may overflow into later or earlier years) of
 * `year`. Not `Date.UTC`, which reads the years 0–99 as 1900–1999.
 */
function firstOfMonth(year: number, month: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date;
}

/** The first day of the period that contains `date`. */
export function periodStart(date: string, freq: Frequency): string {
  const d = utc(date);
  if (freq === 'month') return iso(firstOfMonth(d.getUTCFullYear(), d.getUTCMonth()));
  if (freq === 'week') return iso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
  return date;
}

/** The first day of the period `n` periods after (negative: before) the one starting at `start`. */
export function shiftPeriods(start: string, freq: Frequency, n: number): string {
  const d = utc(start);
  if (freq === 'month') return iso(firstOfMonth(d.getUTCFullYear(), d.getUTCMonth() + n));
  return iso(new Date(d.getTime() + n * (freq === 'week' ? 7 : 1) * DAY_MS));
}

/** The last day of the period that contains `date`. */
export function periodEnd(date: string, freq: Frequency): string {
  return iso(new Date(utc(shiftPeriods(periodStart(date, freq), freq, 1)).getTime() - DAY_MS));
}

/** The most periods one index reports: 20,000 days is 54 years of daily values. */
export const MAX_PERIODS = 20_000;

/** How many periods of `freq` lie from the one starting at `from` to the one holding `to`. */
export function periodCount(from: string, to: string, freq: Frequency): number {
  const a = utc(periodStart(from, freq));
  const b = utc(periodStart(to, freq));
  if (freq === 'month') {
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + 1;
  }
  return Math.round((b.getTime() - a.getTime()) / ((freq === 'week' ? 7 : 1) * DAY_MS)) + 1;
}

/** First and last day with data for a source. */
export interface Coverage {
  first: string;
  last: string;
}

export interface IndexRange {
  /** First day read: `from`'s period moved back by the baseline window (for the z-score), or
   * the start of the data if that is later. For the chronology, always the start of the data,
   * since its relation score accumulates from the first event. */
  start: string;
  /** First day of the first period reported. */
  from: string;
  /** Last day of the last period reported. */
  to: string;
  /** What was changed from the request, in words, for the result's notes. */
  notes: string[];
}

/** Resolves the days an index reads and reports, from the definition and the data's coverage. */
export function resolveRange(definition: IndexDefinition, coverage: Coverage): IndexRange {
  const { freq } = definition;
  const notes: string[] = [];
  const dataStart = periodStart(coverage.first, freq);
  const dataEnd = periodEnd(coverage.last, freq);
  let from = periodStart(definition.from ?? coverage.first, freq);
  let to = periodEnd(definition.to ?? coverage.last, freq);
  if (from < dataStart || to > dataEnd) {
    notes.push(
      `range clamped to the data's coverage, ${coverage.first} to ${coverage.last}: periods outside it would read as "no events"`,
    );
  }
  if (from < dataStart) from = dataStart;
  if (to > dataEnd) to = dataEnd;
  if (from > to) {
    throw new UsageError(
      `nothing to report: the range asked for (${definition.from ?? '…'} to ${definition.to ?? '…'}) lies outside the data, which covers ${coverage.first} to ${coverage.last}`,
    );
  }
  const periods = periodCount(from, to, freq);
  if (periods > MAX_PERIODS) {
    throw new UsageError(
      `${periods} ${freq === 'day' ? 'daily' : `${freq}ly`} periods from ${from} to ${to} is more than one index reports (${MAX_PERIODS}): ask for a shorter range (--from/--to, or from= and to=) or a longer frequency`,
    );
  }
  const lookback = shiftPeriods(from, freq, -definition.baseline);
  const start = definition.source === 'chronology' || lookback < dataStart ? dataStart : lookback;
  return { start, from, to, notes };
}
