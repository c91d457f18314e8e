/**
 * `fineline sql` is read-only by construction (issue 14): every statement of the hostile SQL
 * corpus (sql-corpus.ts, written to sql.cases.json) is sent three ways — on a connection of a
 * database open for writing (what the server's read-only route has), on a sandboxed read-only
 * open (what `fineline sql` makes), and through a running server — and must be refused with
 * its message, or answer, as the case says. After each, every table's checksum is what it was,
 * no file appeared at `{OUT}`, and the database still opens.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS, VERSION } from '../../src/config.js';
import { ReadOnlyError } from '../../src/errors.js';
import { type Serving, serve } from '../../src/server/serve.js';
import { openForReading, requireSchema } from '../../src/store/access.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { testAccess } from '../fixtures/access.js';
import { builtDatabase } from '../fixtures/database.js';
import { type SqlCase, sqlCases } from './sql-corpus.js';

const CASES = JSON.parse(
  readFileSync(join(PATHS.packageRoot, 'test', 'hostile', 'sql.cases.json'), 'utf8'),
) as SqlCase[];

/**
 * Every table by name, with its row count and the sum of its rows' hashes (one query), and the
 * names of the views, sequences and indexes (a view's rows are its tables').
 */
async function checksums(db: Database): Promise<Record<string, string>> {
  const tables = await db.query(
    `SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1`,
  );
  const rows = await db.query(
    tables
      .map(
        ({ name }) =>
          `SELECT '${String(name)}' AS name, count(*) || ':' || coalesce(sum(hash(t)), 0) AS sum FROM "${String(name)}" t`,
      )
      .join(' UNION ALL '),
  );
  const [catalog] = await db.query(
    `SELECT (SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal) AS views,
            (SELECT count(*) FROM duckdb_sequences()) AS sequences,
            (SELECT count(*) FROM duckdb_indexes()) AS indexes`,
  );
  return Object.fromEntries([
    ['catalog', JSON.stringify(catalog)],
    ...rows.map((row) => [String(row.name), String(row.sum)]),
  ]);
}

interface Mode {
  name: string;
  open(): Promise<{ db: Database; path: string }>;
}

function copyOf(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fineline-hostile-sql-')), 'test.duckdb');
  copyFileSync(source, path);
  return path;
}

let built = '';
let serving: Serving | undefined;
const servedPath = { path: '' };

beforeAll(async () => {
  built = await builtDatabase();
  servedPath.path = copyOf(built);
  serving = await serve({
    database: servedPath.path,
    host: '127.0.0.1',
    port: 0,
    version: VERSION,
    webDir: undefined,
    access: testAccess,
  });
}, 120_000);

afterAll(async () => {
  await serving?.close();
});

const MODES: Mode[] = [
  {
    name: 'a connection of a database open for writing',
    open: async () => {
      const path = copyOf(built);
      return { db: await openDatabase(path), path };
    },
  },
  {
    name: 'a sandboxed read-only open',
    open: async () => {
      const path = copyOf(built);
      return { db: await openForReading(path, testAccess, { sandbox: true }), path };
    },
  },
  {
    name: 'a running server',
    open: async () => ({
      db: await openForReading(servedPath.path, testAccess, { sandbox: true }),
      path: servedPath.path,
    }),
  },
];

describe('the hostile SQL corpus', () => {
  it('is what sql-corpus.ts generates (npx tsx scripts/hostile-corpus.ts), with at least 60 statements', () => {
    expect(CASES).toEqual(sqlCases());
    expect(CASES.filter((c) => c.expect === 'refuse').length).toBeGreaterThanOrEqual(60);
  });

  describe.each(MODES)('through $name', (mode) => {
    let db: Database;
    let path = '';
    let before: Record<string, string> = {};
    beforeAll(async () => {
      ({ db, path } = await mode.open());
      before = await checksums(db);
    }, 60_000);
    afterAll(async () => {
      await db.close();
    });

    it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
      const out = join(mkdtempSync(join(tmpdir(), 'fineline-hostile-out-')), 'out');
      const sql = testCase.sql.replaceAll('{OUT}', out).replaceAll('{DB}', path);
      const result = await db.readOnlyQuery(sql).then(
        (rows) => ({ rows }),
        (error: unknown) => ({ error }),
      );
      if (testCase.expect === 'refuse') {
        expect('error' in result ? result.error : result).toBeInstanceOf(
          testCase.id === 'empty' ? Error : ReadOnlyError,
        );
        expect(String((result as { error: Error }).error.message)).toMatch(
          new RegExp(testCase.message ?? ''),
        );
      } else {
        expect(result).toHaveProperty('rows');
        expect(((result as { rows: unknown[] }).rows ?? []).length).toBeGreaterThan(0);
      }
      const written = existsSync(out);
      rmSync(dirname(out), { recursive: true, force: true });
      expect(written).toBe(false);
      expect(await checksums(db)).toEqual(before);
      expect(existsSync(dirname(path))).toBe(true);
    });

    it('leaves a database that opens and is one this version built', async () => {
      await requireSchema(db);
      expect(Object.keys(before).length).toBeGreaterThan(10);
    });
  });
});
