import type { z } from 'zod';

/**
 * One error type per kind of failure. Each carries what an entry point needs to report it:
 * a message that says what was wrong, where and how to fix it, and the process exit code
 * (1 failure, 2 usage or input error). Entry points have one handler that prints `message`.
 */

/** Where in a data file a problem sits. */
export interface DataLocation {
  file: string;
  /** Record id (episode id, chronology id) when known. */
  record?: string | undefined;
  /** Dotted path of the field within the record. */
  field?: string | undefined;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
}

export class FinelineError extends Error {
  readonly exitCode: number = 1;
}

/** The user asked for something malformed: a bad flag, a bad query parameter, a bad scenario. */
export class UsageError extends FinelineError {
  override readonly exitCode = 2;
  /** The input field at fault (a query parameter or body field), when there is one. */
  readonly field: string | undefined;
  constructor(message: string, options?: ErrorOptions & { field?: string | undefined }) {
    super(message, options);
    this.field = options?.field;
  }
}

/** A problem in a data file, reported with its location. */
export class DataError extends FinelineError {
  override readonly exitCode = 2;
  constructor(
    readonly problems: readonly DataProblem[],
    options?: ErrorOptions,
  ) {
    super(formatProblems(problems), options);
  }
}

export interface DataProblem extends DataLocation {
  message: string;
}

export function formatLocation(location: DataLocation): string {
  const where = location.line === undefined ? location.file : `${location.file}:${location.line}`;
  const parts = [where];
  if (location.record !== undefined) parts.push(`record ${location.record}`);
  if (location.field !== undefined && location.field !== '') parts.push(`field ${location.field}`);
  return parts.join(', ');
}

function formatProblems(problems: readonly DataProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `  ${formatLocation(p)}: ${p.message}`);
  const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`invalid bundled data (${problems.length} ${noun}):`, ...shown, ...more].join('\n');
}

/** The database refused or failed a statement; carries the SQL for context. */
export class StoreError extends FinelineError {
  constructor(
    message: string,
    readonly sql?: string,
    options?: ErrorOptions,
  ) {
    super(sql === undefined ? message : `${message}\n  in: ${abbreviate(sql)}`, options);
  }
}

/** An analyst's query tried to change the database through the read-only door. */
export class ReadOnlyError extends UsageError {}

function abbreviate(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

/** A value as JSON, cut to 80 characters: a message never echoes a large input whole. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  // A value coerced to NaN (text where a number was expected) is shown as nothing, not "null".
  const input = 'input' in issue ? issue.input : undefined;
  const found =
    input === undefined || (typeof input === 'number' && Number.isNaN(input))
      ? undefined
      : shortJson(input);
  if (issue.code === 'invalid_value') {
    const expected = issue.values.map(String).join(', ');
    return `invalid value ${found ?? ''}: expected one of ${expected}`.replace('value :', 'value:');
  }
  if (issue.code === 'invalid_type' && found === undefined) {
    return `missing: expected ${issue.expected}`;
  }
  return found === undefined || issue.code === 'custom'
    ? issue.message
    : `${issue.message} (found ${found})`;
}
