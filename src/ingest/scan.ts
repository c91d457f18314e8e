/**
 * The streaming pass over one file. It splits lines at the Buffer level and, for each line,
 * checks only what is cheap and decisive: UTF-8 (once per chunk, per line only when a chunk
 * fails), the column count, the event date and the two country fields of the actor filter;
 * then, for the rows it keeps, the reader's field checks. Kept rows are staged — line number,
 * parsed event date and only the columns the reader's SQL reads — in a tab-separated file
 * DuckDB then loads in bulk; malformed rows go to a quarantine file with their raw bytes.
 * Memory stays bounded by a few chunks whatever the size of the file.
 */

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { ActorSet } from './actors.js';
import { type DayRange, dayText } from './dates.js';
import { IngestFileError } from './errors.js';
import { detectReader, READERS } from './format.js';
import type { Reader } from './reader.js';
import type { StagingFile } from './staging.js';

export type Sink = Pick<StagingFile, 'bytes' | 'byte' | 'text' | 'flush'>;

export interface ScanOptions {
  file: string;
  /** The reader, or undefined to choose one from the first line. */
  reader: Reader | undefined;
  /** Null keeps every well-formed row. */
  actors: ActorSet | null;
  /** Kept rows: `line \t event_date \t c…` per reader.staged. */
  staged: Sink;
  /** Refused rows: `line \t reason \t base64(raw bytes)`. */
  quarantined: Sink;
  /** The event days a row may have (dates.ts); a row outside them is quarantined. */
  days: DayRange;
  onBytes?: (bytesRead: number) => void;
}

export interface ScanResult {
  reader: Reader;
  /** Data rows (not blank lines, not the header). */
  rowsRead: number;
  /** Well-formed rows outside the actor set. */
  filtered: number;
  quarantined: number;
  staged: number;
  /** Well-formed rows per event day (yyyymmdd, see dates.ts), before the actor filter. */
  volume: Map<number, number>;
  /**
   * SHA-256 of the dataset's name and of the well-formed rows (their bytes without the line
   * ending, each followed by a newline), in order: the same events in another byte form — a
   * zip, CRLF line endings, a trailing newline, a header — have the same content id, so their
   * volume is counted once (event_volume is keyed by it).
   */
  contentId: string;
}

/** A line longer than this is not event data: the file is refused rather than buffered. */
const MAX_LINE = 1 << 20;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;
const NEWLINE_BYTE = Buffer.from([NEWLINE]);

export async function scan(
  chunks: AsyncIterable<Buffer>,
  options: ScanOptions,
): Promise<ScanResult> {
  const { file, actors, staged, quarantined } = options;
  let reader = options.reader;
  let rowsRead = 0;
  let filtered = 0;
  let refused = 0;
  let kept = 0;
  const volume = new Map<number, number>();
  const content = createHash('sha256');
  const codeKeys = new Set([...(actors?.codes ?? [])].map(codeKey));
  let runs: [number, number][] = reader === undefined ? [] : stagedRuns(reader.staged);
  let lineNo = 0;
  let tabs = new Int32Array(reader === undefined ? 0 : Math.max(...reader.widths));

  /** The line being read, as bytes in the file (without its newline). */
  let rawBuffer: Buffer = Buffer.alloc(0);
  let rawStart = 0;
  let rawEnd = 0;
  /** Refusals by kind (the reason with its quoted values elided), for a failing file's message. */
  const kinds = new Map<string, { count: number; line: number }>();
  const refuse = (reason: string) => {
    refused++;
    const kind = reason.replace(/"[^"]*"/g, '…');
    const seen = kinds.get(kind);
    if (seen === undefined) kinds.set(kind, { count: 1, line: lineNo });
    else seen.count++;
    quarantined.text(`${lineNo}\t${reason.replace(/[\t\r\n]/g, ' ')}\t`);
    quarantined.text(rawBuffer.toString('base64', rawStart, rawEnd));
    quarantined.byte(NEWLINE);
  };

  /**
   * Tab positions of buffer[start, end) into `tabs`; returns how many tabs there are. A plain
   * byte loop: with ~60 short fields a line, it is faster than one native indexOf per tab.
   */
  const findTabs = (buffer: Buffer, start: number, end: number): number => {
    let count = 0;
    const room = tabs.length;
    for (let i = start; i < end; i++) {
      if (buffer[i] === TAB) {
        if (count < room) tabs[count] = i;
        count++;
      }
    }
    return count;
  };

  // The line being read: its bytes (after any re-encoding), bounds and column count. Kept
  // in variables of the pass rather than per-line closures, which keeps the hot loop lean.
  let buffer: Buffer = Buffer.alloc(0);
  let start = 0;
  let end = 0;
  let columns = 0;
  const from = (k: number) => (k === 0 ? start : (tabs[k - 1] as number) + 1);
  const to = (k: number) => (k >= columns - 1 ? end : (tabs[k] as number));
  const text = (k: number) => (k < columns ? buffer.toString('utf8', from(k), to(k)) : '');
  /** Counts a well-formed row in the volume and the content id. */
  const count = (day: number) => {
    volume.set(day, (volume.get(day) ?? 0) + 1);
    content.update(buffer.subarray(start, end));
    content.update(NEWLINE_BYTE);
  };

  /** Whether the line's source or target country is in the actor set. */
  const involvesActors = (current: Reader, set: ActorSet): boolean => {
    for (const k of current.countries) {
      if (k >= columns) continue;
      const a = from(k);
      const b = to(k);
      if (current.countryField === 'code') {
        if (b - a === 3 && codeKeys.has(codeKey(buffer, a))) return true;
      } else if (involves(current, buffer.toString('utf8', a, b), set)) {
        return true;
      }
    }
    return false;
  };

  const line = (chunk: Buffer, lineStart: number, lineEnd: number, utf8Checked: boolean) => {
    lineNo++;
    rawBuffer = chunk;
    rawStart = lineStart;
    rawEnd = lineEnd;
    buffer = chunk;
    start = lineStart;
    end = lineEnd;
    if (end > start && buffer[end - 1] === CR) end--;
    if (
      lineNo === 1 &&
      ((buffer[start] === 0xff && buffer[start + 1] === 0xfe) ||
        (buffer[start] === 0xfe && buffer[start + 1] === 0xff))
    ) {
      throw new IngestFileError(
        file,
        'the file is UTF-16 text (it starts with a UTF-16 byte-order mark); event files are UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8',
        1,
      );
    }
    if (
      lineNo === 1 &&
      buffer[start] === 0xef &&
      buffer[start + 1] === 0xbb &&
      buffer[start + 2] === 0xbf
    ) {
      start += 3;
    }
    if (end === start) return;
    if (!utf8Checked && !isUtf8(buffer.subarray(start, end))) {
      if (reader?.invalidUtf8 === 'latin1') {
        buffer = Buffer.from(buffer.toString('latin1', start, end), 'utf8');
        start = 0;
        end = buffer.length;
      } else {
        rowsRead++;
        refuse('not valid UTF-8 text (the raw bytes are kept)');
        return;
      }
    }
    if (reader === undefined || rowsRead === 0) {
      const first = buffer.toString('utf8', start, end);
      if (reader === undefined) {
        reader = detectReader(file, first);
        tabs = new Int32Array(Math.max(...reader.widths));
        runs = stagedRuns(reader.staged);
      }
      if (reader.isHeader(first)) return;
    }
    const current = reader;
    rowsRead++;
    const row = buffer.subarray(start, end);
    if (row.indexOf(CR) >= 0) {
      refuse('a carriage return inside the row: a field cannot hold a line break');
      return;
    }
    if (row.indexOf(0) >= 0) {
      refuse('a NUL byte inside the row: this is not text');
      return;
    }

    columns = findTabs(buffer, start, end) + 1;
    if (!current.widths.includes(columns)) {
      const widest = tabs.length;
      const cut = tabs[widest - 1] ?? end;
      if (current.emptyTrailingColumns && columns > widest && onlyTabs(buffer, cut, end)) {
        columns = widest;
      } else {
        const expected = current.widths.join(' or ');
        if (rowsRead === 1) {
          throw new IngestFileError(
            file,
            `the first row has ${columns} tab-separated columns, but ${current.label} have ${expected}: is this the right file, or the right --format?`,
            lineNo,
          );
        }
        refuse(`${columns} columns; expected ${expected}`);
        return;
      }
    }

    const date = current.eventDate;
    const day = date.column < columns ? date.parse(buffer, from(date.column), to(date.column)) : -1;
    if (day < 0) {
      const value = JSON.stringify(text(date.column));
      refuse(`${date.name} ${value} is not a date (expected ${date.expected})`);
      return;
    }
    if (day < options.days.first || day > options.days.last) {
      const value = JSON.stringify(text(date.column));
      refuse(
        `${date.name} ${value} is outside the dates an event can have (${dayText(options.days.first)} to ${dayText(options.days.last)}, the day after the ingest)`,
      );
      return;
    }
    if (actors !== null && !involvesActors(current, actors)) {
      filtered++;
      count(day);
      return;
    }
    let problems: string | null = null;
    for (const check of current.checks) {
      const k = check.column;
      const problem = k < columns ? check.test(buffer, from(k), to(k)) : check.test(buffer, 0, 0);
      if (problem !== null) problems = problems === null ? problem : `${problems}; ${problem}`;
    }
    if (problems !== null) {
      refuse(problems);
      return;
    }
    count(day);
    kept++;
    staged.text(`${lineNo}\t${dayText(day)}`);
    for (const [first, last] of runs) {
      staged.byte(TAB);
      if (first >= columns) {
        for (let k = first; k < last; k++) staged.byte(TAB);
        continue;
      }
      const present = Math.min(last, columns - 1);
      staged.bytes(buffer, from(first), to(present));
      for (let k = present; k < last; k++) staged.byte(TAB);
    }
    staged.byte(NEWLINE);
  };

  let bytesRead = 0;
  /** The start of a line that continues in the next chunk. */
  let carry: Buffer | null = null;
  for await (const chunk of chunks) {
    bytesRead += chunk.length;
    let position = 0;
    if (carry !== null) {
      // Finish the carried line on its own, so the chunk itself is never copied.
      const newline = chunk.indexOf(NEWLINE);
      const joined: Buffer = Buffer.concat([
        carry,
        newline < 0 ? chunk : chunk.subarray(0, newline),
      ]);
      if (newline < 0) {
        carry = joined;
      } else {
        carry = null;
        line(joined, 0, joined.length, false);
        position = newline + 1;
      }
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (carry === null && last >= position) {
      const valid = isUtf8(chunk.subarray(position, last));
      while (position <= last) {
        const newline = chunk.indexOf(NEWLINE, position);
        line(chunk, position, newline, valid);
        position = newline + 1;
      }
    }
    if (carry === null && position < chunk.length) carry = Buffer.from(chunk.subarray(position));
    if (carry !== null && carry.length > MAX_LINE) {
      throw new IngestFileError(
        file,
        'a line longer than 1 MB: this is not a text events file',
        lineNo + 1,
      );
    }
    staged.flush();
    quarantined.flush();
    options.onBytes?.(bytesRead);
  }
  if (carry !== null) {
    line(carry, 0, carry.length, false);
  }
  staged.flush();
  quarantined.flush();
  if (reader === undefined) {
    throw new IngestFileError(
      file,
      refused > 0
        ? `no line of it is UTF-8 text (${refused} ${refused === 1 ? 'line' : 'lines'}), so its format cannot be told: this is not an events file, or it is in another encoding`
        : 'the file holds no rows, only blank lines',
    );
  }
  if (refused * 2 > rowsRead) throw mostlyRefused(file, reader, rowsRead, refused, kinds);
  const contentId = createHash('sha256')
    .update(`${reader.dataset}\n`)
    .update(content.digest())
    .digest('hex');
  return { reader, rowsRead, filtered, quarantined: refused, staged: kept, volume, contentId };
}

/**
 * A file most of whose rows are refused is not the format it was read as, or is damaged: it
 * fails as a whole (nothing of it is written), with the commonest reason and, when the rows
 * have the width of another format, that format.
 */
function mostlyRefused(
  file: string,
  reader: Reader,
  rowsRead: number,
  refused: number,
  kinds: Map<string, { count: number; line: number }>,
): IngestFileError {
  const [kind, first] = [...kinds].sort((a, b) => b[1].count - a[1].count)[0] ?? [
    '',
    { count: 0, line: 0 },
  ];
  const width = Number(/^(\d+) columns;/.exec(kind)?.[1]);
  const other = Object.values(READERS).find((r) => r !== reader && r.widths.includes(width));
  const hint =
    other === undefined
      ? 'Is this the right file, or the right --format?'
      : `Rows of ${width} columns are ${other.label}: pass --format ${other.dataset}.`;
  return new IngestFileError(
    file,
    `${refused} of ${rowsRead} rows could not be read as ${reader.label}, so the file is taken as failed and nothing of it was ingested; the commonest reason (${first.count} rows, first on line ${first.line}): ${kind}. ${hint}`,
  );
}

/** Whether a country name field (or list of names) names a country of the actor set. */
function involves(reader: Reader, value: string, actors: ActorSet): boolean {
  if (value === '') return false;
  const lower = value.toLowerCase();
  if (reader.countryField === 'name') return actors.names.has(lower.trim());
  return lower.split(/[;|]/).some((part) => actors.names.has(part.trim()));
}

function onlyTabs(buffer: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buffer[i] !== TAB) return false;
  return true;
}

/** A three-letter code as a number, from a string or from three bytes. */
function codeKey(code: string): number;
function codeKey(bytes: Buffer, at: number): number;
function codeKey(source: string | Buffer, at = 0): number {
  if (typeof source === 'string') {
    return source.length === 3 ? codeKey(Buffer.from(source, 'latin1'), 0) : -1;
  }
  return (
    ((source[at] as number) << 16) | ((source[at + 1] as number) << 8) | (source[at + 2] as number)
  );
}

/**
 * The staged columns as runs of consecutive columns [first, last], so that each run is
 * copied in one piece, tabs included.
 */
function stagedRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[1] === column - 1) run[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}
