/**
 * What a relations index is, as a plain value: which dyad, from which source, at which
 * frequency, with which rolling baseline and which threshold for "unusual". The CLI and the
 * HTTP API both hand raw text to `parseIndexDefinition`, so both accept and reject exactly the
 * same inputs; computing the index (relations.ts) trusts the parsed value.
 *
 * Actor codes are checked against the actors of the built database (the triad is
 * configuration, not constants), so the parser is given them instead of importing a list.
 */
import { z } from 'zod';
import {
  FREQUENCIES,
  type Frequency,
  INDEX_SOURCES,
  type IndexSource,
} from '../domain/event-data.js';
import { UsageError } from '../errors.js';

export interface Dyad {
  source: string;
  target: string;
  /** true: only source→target. false (default): the pair, summed over both directions, and each direction. */
  directed: boolean;
}

export interface IndexDefinition {
  dyad: Dyad;
  source: IndexSource;
  freq: Frequency;
  /** Periods in the rolling baseline window (excluding the current period). */
  baseline: number;
  /** |z| at or above which a period is flagged unusual. */
  threshold: number;
  /** First day asked for (ISO date), or undefined for the start of the data. */
  from?: string | undefined;
  /** Last day asked for (ISO date), or undefined for the end of the data. */
  to?: string | undefined;
}

/** The actors a definition may name, and the default dyad (the triad's two allies). */
export interface IndexActors {
  /** Every known CAMEO actor code, in the order to list them in messages. */
  actors: readonly string[];
  /** The patron of the triad (USA). */
  patron: string;
  /** The triad's two allies (KOR, JPN): the default dyad. */
  allies: readonly [string, string];
}

/** A rolling window of one year unless told otherwise. */
export const DEFAULT_BASELINE: Readonly<Record<Frequency, number>> = {
  day: 365,
  week: 52,
  month: 12,
};
export const DEFAULT_THRESHOLD = 2;

/** Raw input as CLI flags or a query string give it (text), or as JSON gives it. */
export interface RawIndexDefinition {
  dyad?: string | { source?: unknown; target?: unknown; directed?: unknown } | undefined;
  directed?: string | boolean | undefined;
  source?: unknown;
  freq?: unknown;
  baseline?: unknown;
  threshold?: unknown;
  from?: unknown;
  to?: unknown;
}

/** One thing wrong with a raw definition: the field, what was given, and what to do. */
export interface DefinitionProblem {
  field: string;
  input: string | undefined;
  message: string;
}

export type DefinitionResult =
  | { success: true; data: IndexDefinition }
  | { success: false; problems: DefinitionProblem[] };

const DATE_TEXT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a date bound given as YYYY, YYYY-MM or YYYY-MM-DD. A "from" bound is the first day
 * of what it names, a "to" bound the last (`--to 2019` means up to 2019-12-31).
 */
export function dateBound(text: string, end: boolean): string | undefined {
  const match = DATE_TEXT.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < 1000) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  let date: Date;
  if (day !== undefined && month !== undefined) {
    date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) return undefined;
  } else if (month !== undefined) {
    date = new Date(Date.UTC(year, end ? month : month - 1, end ? 0 : 1));
  } else {
    date = new Date(Date.UTC(end ? year + 1 : year, 0, end ? 0 : 1));
  }
  return date.toISOString().slice(0, 10);
}

const DATE_HINT = 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD';

function schema(known: IndexActors) {
  const actor = z.string().superRefine((code, ctx) => {
    if (!known.actors.includes(code)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown actor "${code}"; known: ${known.actors.join(', ')}`,
      });
    }
  });
  const flag = z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
    .transform((v) => v === true || v === 'true' || v === '1' || v === '');
  const dyad = z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const parts = value.trim().toUpperCase().split('-');
      return parts.length === 2 ? { source: parts[0], target: parts[1] } : value;
    },
    z.object(
      { source: actor, target: actor, directed: flag.optional() },
      { error: 'expected two actor codes joined by a hyphen, such as KOR-JPN' },
    ),
  );
  const choice = <T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: `expected one of ${values.join(', ')}` });
  const number = (hint: string) =>
    z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
      z.number({ error: hint }).refine(Number.isFinite, hint),
    );
  const date = (end: boolean) =>
    z.string({ error: DATE_HINT }).transform((text, ctx) => {
      const bound = dateBound(text.trim(), end);
      if (bound === undefined) ctx.addIssue({ code: 'custom', message: DATE_HINT });
      return bound ?? z.NEVER;
    });
  return z
    .object({
      dyad: dyad.optional(),
      directed: flag.optional(),
      source: choice(INDEX_SOURCES),
      freq: choice(FREQUENCIES),
      baseline: number('expected a whole number of periods from 2 to 3660')
        .pipe(
          z
            .number()
            .int('expected a whole number of periods from 2 to 3660')
            .min(2, 'expected a whole number of periods from 2 to 3660')
            .max(3660, 'expected a whole number of periods from 2 to 3660'),
        )
        .optional(),
      threshold: number('expected a positive number such as 2')
        .pipe(z.number().positive('expected a positive number such as 2'))
        .optional(),
      from: date(false).optional(),
      to: date(true).optional(),
    })
    .superRefine((d, ctx) => {
      if (d.dyad !== undefined && d.dyad.source === d.dyad.target) {
        ctx.addIssue({
          code: 'custom',
          path: ['dyad'],
          message: 'a dyad needs two different actors',
        });
      }
      if (d.from !== undefined && d.to !== undefined && d.from > d.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: `must not be after the end of the range, ${d.to}`,
        });
      }
      if (d.source === 'chronology' && d.freq !== 'month') {
        ctx.addIssue({
          code: 'custom',
          path: ['freq'],
          message:
            'the chronology source is monthly (many curated dates are known only to the month or the year); use month',
        });
      }
    });
}

/** Parses raw input into a definition, or lists every problem with the field it sits in. */
export function parseIndexDefinition(
  raw: RawIndexDefinition,
  known: IndexActors,
): DefinitionResult {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined),
  );
  const parsed = schema(known).safeParse(present);
  if (!parsed.success) {
    return {
      success: false,
      problems: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const input = inputText(raw, field);
        const message = input === undefined ? `missing: ${issue.message}` : issue.message;
        return { field, input, message };
      }),
    };
  }
  const d = parsed.data;
  const freq = d.freq;
  return {
    success: true,
    data: {
      dyad: {
        source: d.dyad?.source ?? known.allies[0],
        target: d.dyad?.target ?? known.allies[1],
        directed: d.dyad?.directed ?? d.directed ?? false,
      },
      source: d.source,
      freq,
      baseline: d.baseline ?? DEFAULT_BASELINE[freq],
      threshold: d.threshold ?? DEFAULT_THRESHOLD,
      from: d.from,
      to: d.to,
    },
  };
}

function inputText(raw: RawIndexDefinition, field: string): string | undefined {
  const value = (raw as Record<string, unknown>)[field];
  if (value === undefined) return undefined;
  if (field === 'dyad' && typeof value === 'object' && value !== null) {
    const { source, target } = value as { source?: unknown; target?: unknown };
    return `${String(source)}-${String(target)}`;
  }
  return String(value);
}

/**
 * One line per problem, naming the field as the caller's users know it: `--dyad` for the CLI
 * (prefix "--"), `dyad` for a query string (prefix "").
 * Example: `--dyad KOR-JPM: unknown actor "JPM"; known: USA, KOR, JPN, PRK, CHN`.
 */
export function formatDefinitionProblems(
  problems: readonly DefinitionProblem[],
  prefix = '--',
): string {
  return problems
    .map((p) => {
      const name = p.field === '' ? 'definition' : `${prefix}${p.field}`;
      return p.input === undefined || p.input === ''
        ? `${name}: ${p.message}`
        : `${name} ${p.input}: ${p.message}`;
    })
    .join('\n');
}

/**
 * Parses raw input or throws a UsageError (exit 2) listing every problem; `prefix` names the
 * fields as the caller's users know them ("--" for CLI flags, "" for query parameters).
 */
export function requireIndexDefinition(
  raw: RawIndexDefinition,
  known: IndexActors,
  prefix = '--',
): IndexDefinition {
  const parsed = parseIndexDefinition(raw, known);
  if (!parsed.success) {
    throw new UsageError(formatDefinitionProblems(parsed.problems, prefix), {
      field: parsed.problems[0]?.field,
    });
  }
  return parsed.data;
}
