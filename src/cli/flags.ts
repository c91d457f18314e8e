/**
 * The flags several commands share, defined once: where the database is (`--db`), which
 * actors to keep (`--actors`), and machine output (`--json`).
 */
import { Option } from 'commander';
import { UsageError } from '../errors.js';

export interface DbFlag {
  db?: string;
}

export interface JsonFlag {
  json?: boolean;
}

export function dbOption(): Option {
  return new Option(
    '--db <path>',
    'database file (default: $FINELINE_DB or .fineline/fineline.duckdb)',
  );
}

export function jsonOption(what = 'the result'): Option {
  return new Option('--json', `print ${what} as JSON`);
}

export function actorsOption(): Option {
  return new Option(
    '--actors <list>',
    'CAMEO country codes whose events to keep, comma-separated (checked against the database\'s actors), or "all" (default: the triad, USA,KOR,JPN,PRK,CHN as bundled)',
  );
}

/**
 * The syntax of `--actors`: CAMEO codes separated by commas, or "all". Whether the database
 * knows each code is checked when the database is open (ingest/actors.ts).
 */
export function parseActors(text: string | undefined): readonly string[] | 'all' | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'all') return 'all';
  const codes = text
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  const bad = codes.find((code) => !/^[A-Z]{3}$/.test(code));
  if (codes.length === 0 || bad !== undefined) {
    throw new UsageError(
      `invalid --actors "${text}": expected CAMEO country codes separated by commas (KOR,JPN,USA) or "all"`,
    );
  }
  return codes;
}
