/**
 * The slots GDELT publishes event files in, as a pure function of a time range: every file
 * Fineline expects to find for the range, whether or not GDELT actually has it. Comparing this
 * expectation with GDELT's own file lists is what lets `fineline fetch gdelt` account for every
 * missing or empty slot instead of losing data silently.
 *
 * - GDELT 2.0: one events file per 15 minutes, `gdeltv2/YYYYMMDDHHMMSS.export.CSV.zip`, UTC.
 *   The first line of `masterfilelist.txt` is the 2015-02-18 23:00:00 slot (as printed in
 *   linwoodc3/gdeltPyR, notebook/earlyConceptsnFunctionality.md).
 * - GDELT 1.0: yearly back-files `events/YYYY.zip` for 1979–2005, monthly `events/YYYYMM.zip`
 *   for 2006-01 to 2013-03, then daily `events/YYYYMMDD.export.CSV.zip` from 2013-04-01 — the
 *   rule of GDELTtools' `FileListFromDates` (shaptonstahl/GDELTtools, R/FileListFromDates.R).
 *
 * Enumeration is arithmetic on UTC milliseconds (no calendar library, no per-slot parsing), so
 * a decade of 15-minute slots (~350,000) is one quick loop.
 */
import { UsageError } from '../errors.js';

export type GdeltVersion = 1 | 2;

/** One expected file. `id` is the file's date stamp, `file` its name on GDELT's server. */
export interface Slot {
  version: GdeltVersion;
  id: string;
  file: string;
}

/** A closed range of UTC instants, in milliseconds since the epoch. */
export interface TimeRange {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
const DAY = 24 * 60 * MINUTE;

/** The first GDELT 2.0 slot: 2015-02-18 23:00:00 UTC. */
export const GDELT2_FIRST_SLOT = Date.UTC(2015, 1, 18, 23, 0, 0);
/** GDELT 1.0 begins with the 1979 back-file. */
export const GDELT1_START = Date.UTC(1979, 0, 1);
/** First monthly and first daily GDELT 1.0 file. */
const GDELT1_MONTHLY_FROM = Date.UTC(2006, 0, 1);
const GDELT1_DAILY_FROM = Date.UTC(2013, 3, 1);

/** Server folder of each version's files, below the base URL. */
export const GDELT_FOLDER: Record<GdeltVersion, string> = { 1: 'events', 2: 'gdeltv2' };

const DAY_FORMS = [/^(\d{4})-(\d{2})-(\d{2})$/, /^(\d{4})(\d{2})(\d{2})$/];
const INSTANT_FORMS = [
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?$/,
  /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
];

/**
 * Reads a `--from`/`--to` value: a day (`2019-10-24`, `20191024`) or a UTC instant
 * (`2019-10-24T14:30`, `2019-10-24T14:30:00Z`, GDELT's own `20191024143000`). A day means its
 * first instant as a start and its last as an end, so `--from D --to D` is the whole day D.
 */
export function parseInstant(text: string, edge: 'start' | 'end', flag: string): number {
  const value = text.trim();
  for (const form of DAY_FORMS) {
    const m = form.exec(value);
    if (m !== null) {
      const start = utc(m, flag, text);
      return edge === 'start' ? start : start + DAY - 1;
    }
  }
  for (const form of INSTANT_FORMS) {
    const m = form.exec(value);
    if (m !== null) return utc(m, flag, text);
  }
  throw new UsageError(
    `invalid ${flag} "${text}": expected a UTC day (2019-10-24) or instant (2019-10-24T14:30, 20191024143000)`,
  );
}

function utc(m: RegExpExecArray, flag: string, text: string): number {
  const parts = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const [year, month, day, hour, minute, second] = parts as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute ||
    back.getUTCSeconds() !== second
  ) {
    throw new UsageError(`invalid ${flag} "${text}": no such date or time`);
  }
  return ms;
}

/**
 * Checks a requested range against what the version covers and against the clock, and returns
 * it with its end clamped to `now` (slots after now are not expected yet). Throws a UsageError
 * that says what to change.
 */
export function checkRange(version: GdeltVersion, range: TimeRange, now: number): TimeRange {
  if (range.from > range.to) {
    throw new UsageError(`--from ${stamp(range.from)} is after --to ${stamp(range.to)}: swap them`);
  }
  if (range.from > now) {
    throw new UsageError(`--from ${stamp(range.from)} is in the future: nothing is published yet`);
  }
  if (version === 2 && range.from < Date.UTC(2015, 1, 18)) {
    throw new UsageError(
      `GDELT 2.0 begins with the 2015-02-18 23:00 UTC slot, after --from ${stamp(range.from)}: use --version 1 for earlier dates (from 1979)`,
    );
  }
  if (version === 1 && range.from < GDELT1_START) {
    throw new UsageError(
      `GDELT 1.0 begins on 1979-01-01, after --from ${stamp(range.from)}: no GDELT file covers earlier dates`,
    );
  }
  return { from: range.from, to: Math.min(range.to, now) };
}

/** The expected slots of `version` in `range`, in time order. */
export function expectedSlots(version: GdeltVersion, range: TimeRange): Slot[] {
  return version === 2 ? gdelt2Slots(range) : gdelt1Slots(range);
}

/**
 * Every 15-minute slot whose time lies in the range (from the first published slot on). The
 * date part of the stamp is formatted once a day and the 96 times of day once, so a decade
 * costs string concatenations, not 350,000 date formattings.
 */
function gdelt2Slots(range: TimeRange): Slot[] {
  const first = Math.max(Math.ceil(range.from / QUARTER_HOUR) * QUARTER_HOUR, GDELT2_FIRST_SLOT);
  const last = Math.floor(range.to / QUARTER_HOUR) * QUARTER_HOUR;
  const slots: Slot[] = [];
  for (let day = Math.floor(first / DAY) * DAY; day <= last; day += DAY) {
    const date = compact(day, 8);
    const start = Math.max(first, day);
    const end = Math.min(last, day + DAY - QUARTER_HOUR);
    for (let q = (start - day) / QUARTER_HOUR; q <= (end - day) / QUARTER_HOUR; q++) {
      const id = `${date}${TIMES_OF_DAY[q]}`;
      slots.push({ version: 2, id, file: `${id}.export.CSV.zip` });
    }
  }
  return slots;
}

/** `HHMMSS` of the 96 quarter hours of a day. */
const TIMES_OF_DAY = Array.from({ length: 96 }, (_, q) => compact(q * QUARTER_HOUR, 14).slice(8));

/** The yearly, monthly and daily GDELT 1.0 files that hold the days of the range. */
function gdelt1Slots(range: TimeRange): Slot[] {
  const from = Math.floor(range.from / DAY) * DAY;
  const to = Math.floor(range.to / DAY) * DAY;
  const slots: Slot[] = [];
  const add = (id: string, file: string) => slots.push({ version: 1, id, file });
  if (from < GDELT1_MONTHLY_FROM) {
    const last = Math.min(year(to), 2005);
    for (let y = year(from); y <= last; y++) add(String(y), `${y}.zip`);
  }
  if (from < GDELT1_DAILY_FROM && to >= GDELT1_MONTHLY_FROM) {
    let month = Math.max(from, GDELT1_MONTHLY_FROM);
    month = Date.UTC(year(month), new Date(month).getUTCMonth(), 1);
    const last = Math.min(to, GDELT1_DAILY_FROM - DAY);
    for (; month <= last; month = nextMonth(month)) {
      const id = compact(month, 6);
      add(id, `${id}.zip`);
    }
  }
  if (to >= GDELT1_DAILY_FROM) {
    for (let day = Math.max(from, GDELT1_DAILY_FROM); day <= to; day += DAY) {
      const id = compact(day, 8);
      add(id, `${id}.export.CSV.zip`);
    }
  }
  return slots;
}

function year(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

function nextMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** `YYYYMMDDHHMMSS` cut to `length` digits. */
function compact(ms: number, length: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`.slice(
    0,
    length,
  );
}

/** `2019-10-24 14:30 UTC`, for messages. */
export function stamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
