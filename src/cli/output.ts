/**
 * Everything the CLI prints goes through here: results to stdout (tables at a terminal, JSON
 * for machines), messages and progress to stderr. Colour and progress only at a terminal, and
 * never when NO_COLOR is set.
 */
import { styleText } from 'node:util';
import Table from 'cli-table3';
import type { Stdin } from './context.js';
import { fitWidths } from './fit.js';

export interface Stream {
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
  /** Where commands that read input (`fineline predict`) read it from. */
  stdin?: Stdin | undefined;
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Maximum width at a terminal; longer text is cut with an ellipsis. */
  max?: number;
}

export class Output {
  constructor(readonly io: Io) {}

  get interactive(): boolean {
    return this.io.stdout.isTTY === true;
  }

  get colour(): boolean {
    return this.io.stderr.isTTY === true && (this.io.env.NO_COLOR ?? '') === '';
  }

  json(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  line(text: string): void {
    this.io.stdout.write(`${text}\n`);
  }

  table<T>(rows: readonly T[], columns: readonly Column<T>[]): void {
    if (!this.interactive) {
      // Not a terminal: tab-separated with a header, easy to pipe into cut/awk/sort.
      this.line(columns.map((c) => c.header).join('\t'));
      for (const row of rows) this.line(columns.map((c) => cell(c.value(row))).join('\t'));
      return;
    }
    const cells = rows.map((row) => columns.map((c) => cut(cell(c.value(row)), c.max)));
    const natural = columns.map((c, i) =>
      Math.max(c.header.length, ...cells.map((r) => (r[i] as string).length)),
    );
    const widths = fitWidths(natural, this.io.stdout.columns ?? Number.POSITIVE_INFINITY);
    const table = new Table({
      head: columns.map((c, i) => cut(c.header, widths[i])),
      style: { head: this.colour ? ['cyan'] : [], border: [], compact: true },
      wordWrap: false,
    });
    for (const row of cells) table.push(row.map((text, i) => cut(text, widths[i])));
    this.line(table.toString());
  }

  /** A progress or status message: shown only at a terminal. */
  progress(text: string): void {
    if (this.io.stderr.isTTY === true) this.io.stderr.write(`${this.dim(text)}\n`);
  }

  /** A message the user needs even in a pipe (a wait for another process): always shown. */
  notice(text: string): void {
    this.io.stderr.write(`${this.dim(text)}\n`);
  }

  error(text: string): void {
    this.io.stderr.write(`${this.colour ? styleText('red', 'error:') : 'error:'} ${text}\n`);
  }

  private dim(text: string): string {
    return this.colour ? styleText('dim', text) : text;
  }
}

function cell(value: string | number | null): string {
  return value === null ? '' : String(value);
}

function cut(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  return `${text.slice(0, max - 1)}…`;
}
