/**
 * The reader contract: what Fineline needs to know about an event-data format to ingest it.
 * A reader is plain data plus two small functions, one for the streaming pass (which checks
 * each line's shape, event date and actors cheaply, in JavaScript) and one SQL SELECT that
 * turns the staged columns into the normalised `events` columns, in DuckDB. Every reader is
 * held to one specification: test/ingest/reader-contract.test.ts.
 */

import type { Dataset } from '../domain/event-data.js';
import type { DayParser } from './dates.js';

/** How the source and target country fields name countries. */
export type CountryField =
  /** CAMEO country codes (GDELT Actor1CountryCode). */
  | 'code'
  /** A country name, mapped through the `actors` table (ICEWS "South Korea"). */
  | 'name'
  /** A list of names or codes separated by ";" or "|" (POLECAT actor lists). */
  | 'names';

export interface Reader {
  readonly dataset: Dataset;
  /** A short human description, for messages. */
  readonly label: string;
  /** Column counts a data line may have (GDELT 1.0 mixes 57 and 58). */
  readonly widths: readonly number[];
  /**
   * Whether lines wider than the widest layout are accepted when every extra field is empty
   * (some POLECAT files end their lines with stray tabs).
   */
  readonly emptyTrailingColumns: boolean;
  /** Whether a first line is a header row to skip. */
  isHeader(line: string): boolean;
  /** The event-date column: 0-based index, name and layout for messages, strict parser. */
  readonly eventDate: {
    readonly column: number;
    readonly name: string;
    readonly expected: string;
    readonly parse: DayParser;
  };
  /** 0-based columns of the source and the target country. */
  readonly countries: readonly [number, number];
  readonly countryField: CountryField;
  /**
   * What to do with a line that is not valid UTF-8: quarantine it, or decode it as Latin-1
   * (POLECAT files are known to need a Latin-1 tolerant decoder).
   */
  readonly invalidUtf8: 'quarantine' | 'latin1';
  /** Source columns (0-based) the SQL reads; staged as `c{index}`, in this order. */
  readonly staged: readonly number[];
  /** Checks on the fields of rows that pass the actor filter. */
  readonly checks: readonly FieldCheck[];
  /**
   * A SELECT over the relation `staged` (columns `file_index`, `line`, `event_date` DATE and
   * the staged `c{index}` as text, empty fields NULL) giving {@link NORMALISED_COLUMNS}.
   */
  normalise(sql: SqlContext): string;
}

/** What a reader's SQL may use besides the staged columns. */
export interface SqlContext {
  /** SQL mapping one country field (a name or code) to its CAMEO code, or NULL. */
  country(expression: string): string;
  /** SQL for a list field: the first listed country in the actor set, else the first known. */
  countryOfList(expression: string): string;
}

/** The columns a reader's SELECT returns, in order. */
export const NORMALISED_COLUMNS = [
  'file_index',
  'source_row',
  'event_id',
  'event_date',
  'report_date',
  'source_actor',
  'source_country',
  'target_actor',
  'target_country',
  'cameo_code',
  'cameo_root',
  'quad_class',
  'goldstein',
  'plover_type',
  'plover_mode',
  'mentions',
  'sources',
  'articles',
  'tone',
  'url',
] as const;

/**
 * A check on one field of a kept row, done in the streaming pass on the field's bytes, so
 * that a refused row is quarantined with its raw bytes. Returns what is wrong, or null.
 */
export interface FieldCheck {
  readonly column: number;
  test(bytes: Buffer, from: number, to: number): string | null;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** Optional sign, then digits. */
function isInteger(bytes: Buffer, from: number, to: number): boolean {
  let i = bytes[from] === PLUS || bytes[from] === MINUS ? from + 1 : from;
  if (i >= to) return false;
  for (; i < to; i++) if (!isDigit(bytes[i])) return false;
  return true;
}

/** Optional sign, digits with at most one point, optional exponent (`1.5`, `-.5`, `2e-3`). */
function isDecimal(bytes: Buffer, from: number, to: number): boolean {
  let i = bytes[from] === PLUS || bytes[from] === MINUS ? from + 1 : from;
  let digits = 0;
  let point = false;
  for (; i < to; i++) {
    const byte = bytes[i];
    if (isDigit(byte)) digits++;
    else if (byte === DOT && !point) point = true;
    else break;
  }
  if (digits === 0) return false;
  if (i === to) return true;
  if (bytes[i] !== 0x65 && bytes[i] !== 0x45) return false;
  return isInteger(bytes, i + 1, to);
}

const quoted = (bytes: Buffer, from: number, to: number) =>
  JSON.stringify(bytes.toString('utf8', from, to));

/** The field must not be empty. */
export function required(column: number, name: string): FieldCheck {
  return { column, test: (_, from, to) => (to > from ? null : `${name} is empty`) };
}

/** The closed range a number must lie in, with what the range is, for the message. */
export interface Range {
  min: number;
  max: number;
}

/** INTEGER's range: what `::INTEGER` in the reader's SQL can hold. */
export const INT32: Range = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function outside(name: string, value: string, range: Range): string {
  return `${name} ${value} is outside ${range.min} to ${range.max}`;
}

/**
 * The field, when not empty, must be an integer in `range` (by default INTEGER's): a value
 * the SQL cast could not hold would otherwise fail the whole file's load.
 */
export function integer(column: number, name: string, range: Range = INT32): FieldCheck {
  return {
    column,
    test: (bytes, from, to) => {
      if (to === from) return null;
      if (!isInteger(bytes, from, to))
        return `${name} ${quoted(bytes, from, to)} is not an integer`;
      const value = Number(bytes.toString('latin1', from, to));
      return value >= range.min && value <= range.max
        ? null
        : outside(name, quoted(bytes, from, to), range);
    },
  };
}

/** The field, when not empty, must be a finite decimal number in `range`. */
export function decimal(column: number, name: string, range?: Range): FieldCheck {
  return {
    column,
    test: (bytes, from, to) => {
      if (to === from) return null;
      if (!isDecimal(bytes, from, to)) return `${name} ${quoted(bytes, from, to)} is not a number`;
      const value = Number(bytes.toString('latin1', from, to));
      if (!Number.isFinite(value))
        return `${name} ${quoted(bytes, from, to)} is not a finite number`;
      return range === undefined || (value >= range.min && value <= range.max)
        ? null
        : outside(name, quoted(bytes, from, to), range);
    },
  };
}
