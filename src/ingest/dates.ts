/**
 * Strict event-date parsing, done on the bytes of every row while a file streams past: a row
 * whose event date is not a real calendar date is quarantined, so everything downstream (the
 * volume counts, the `events` table) can trust its dates. DuckDB's strptime is too lenient
 * for this (it reads "2018032" as 2 March). Dates are "day numbers" yyyymmdd (20180326),
 * which are cheap to compare and count; -1 means not a date.
 */

/** A date parser over bytes[from, to). */
export type DayParser = (bytes: Uint8Array, from: number, to: number) => number;

/** `YYYYMMDD` (GDELT SQLDATE). */
export const compactDay: DayParser = (bytes, from, to) =>
  to - from === 8
    ? day(
        digits(bytes, from, from + 4),
        digits(bytes, from + 4, from + 6),
        digits(bytes, from + 6, to),
      )
    : -1;

/** `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`). */
export const isoDay: DayParser = (bytes, from, to) => {
  if (to - from < 10 || bytes[from + 4] !== DASH || bytes[from + 7] !== DASH) return -1;
  if (to - from > 10 && bytes[from + 10] !== 0x54 && bytes[from + 10] !== 0x20) return -1;
  return day(
    digits(bytes, from, from + 4),
    digits(bytes, from + 5, from + 7),
    digits(bytes, from + 8, from + 10),
  );
};

/** ISO or compact: the two layouts ICEWS files have used. */
export const isoOrCompactDay: DayParser = (bytes, from, to) =>
  to - from === 8 ? compactDay(bytes, from, to) : isoDay(bytes, from, to);

/**
 * The days an event may have: from 1 January 1900 (before any event dataset begins, so no
 * real row is refused) to the day after the ingest (a dated event has happened; one day of
 * slack for time zones). A row dated outside them — 0001-01-01, 9999-12-31 — is quarantined:
 * such dates would stretch every daily calendar over millennia.
 */
export interface DayRange {
  first: number;
  last: number;
}

export const EARLIEST_EVENT_DAY = 19000101;

/** The days an event may have when ingested at `now`. */
export function eventDays(now: Date): DayRange {
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const last =
    tomorrow.getUTCFullYear() * 10000 + (tomorrow.getUTCMonth() + 1) * 100 + tomorrow.getUTCDate();
  return { first: EARLIEST_EVENT_DAY, last };
}

/** 20180326 → "2018-03-26". */
export function dayText(value: number): string {
  const text = String(value).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

const DASH = 0x2d;

/** The number written by the decimal digits bytes[from, to), or -1 if any is not a digit. */
function digits(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function day(year: number, month: number, date: number): number {
  const valid = year >= 1 && month >= 1 && month <= 12 && date >= 1 && date <= daysIn(year, month);
  return valid ? year * 10000 + month * 100 + date : -1;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
