/**
 * `fineline build` on damaged bundles (issue 14): each case of the hostile bundle corpus
 * (bundle-corpus.ts, written to bundle.cases.json) is applied to a copy of the bundled data;
 * the build must refuse it — exit code 2, the file (and line) named with the expected
 * message, the existing database unchanged table by table — or accept it and build the same
 * records as the untouched bundle.
 */
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PATHS } from '../../src/config.js';
import { loadBundle } from '../../src/data/bundle.js';
import { DataError, type DataProblem } from '../../src/errors.js';
import { openDatabase } from '../../src/store/database.js';
import { builtDatabase } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { type BundleCase, type BundleOp, bundleCases } from './bundle-corpus.js';

const CASES = JSON.parse(
  readFileSync(join(PATHS.packageRoot, 'test', 'hostile', 'bundle.cases.json'), 'utf8'),
) as BundleCase[];

function apply(dir: string, op: BundleOp): void {
  const path = join(dir, op.path);
  switch (op.op) {
    case 'delete':
      rmSync(path);
      return;
    case 'empty':
      writeFileSync(path, '');
      return;
    case 'truncate':
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8').split('\n').slice(0, op.lines).join('\n')}\n`,
      );
      return;
    case 'rename':
      renameSync(path, join(dir, op.to));
      return;
    case 'copy':
      copyFileSync(path, join(dir, op.to));
      return;
    case 'replace': {
      const text = readFileSync(path, 'utf8');
      if (!text.includes(op.find)) throw new Error(`${op.path} has no "${op.find}"`);
      writeFileSync(path, text.replace(op.find, op.replace));
      return;
    }
    case 'bytes': {
      const bytes = readFileSync(path);
      const at = bytes.indexOf(Buffer.from(op.find));
      if (at < 0) throw new Error(`${op.path} has no "${op.find}"`);
      const patch = Buffer.from(op.hex, 'hex');
      writeFileSync(
        path,
        Buffer.concat([bytes.subarray(0, at), patch, bytes.subarray(at + patch.length)]),
      );
      return;
    }
    case 'append':
      writeFileSync(path, `${readFileSync(path, 'utf8')}${op.text}`);
      return;
    case 'prepend-hex':
      writeFileSync(path, Buffer.concat([Buffer.from(op.hex, 'hex'), readFileSync(path)]));
      return;
    case 'crlf':
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\r?\n/g, '\r\n'));
      return;
    case 'write':
      writeFileSync(path, op.text);
      return;
  }
}

async function checksums(path: string): Promise<Record<string, string>> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    const tables = await db.query(
      "SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1",
    );
    const rows = await db.query(
      tables
        .map(
          ({ name }) =>
            `SELECT '${String(name)}' AS name, count(*) || ':' || coalesce(sum(hash(t)), 0) AS sum FROM "${String(name)}" t`,
        )
        .join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((row) => [String(row.name), String(row.sum)]));
  } finally {
    await db.close();
  }
}

async function problemsOf(dir: string): Promise<DataProblem[]> {
  try {
    await loadBundle(dir);
    return [];
  } catch (error) {
    if (error instanceof DataError) return [...error.problems];
    throw error;
  }
}

let database = '';
let before: Record<string, string> = {};
let builtLine = '';

beforeAll(async () => {
  database = await builtDatabase();
  before = await checksums(database);
  const io = captureIo();
  expect(await main(['node', 'fineline', 'build', '--db', database], io.io)).toBe(0);
  builtLine = io.stdout();
  before = await checksums(database);
}, 120_000);

describe('the hostile bundle corpus', () => {
  it('is what bundle-corpus.ts generates, with at least 30 cases', () => {
    expect(CASES).toEqual(bundleCases());
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, testCase) => {
      const dir = join(mkdtempSync(join(tmpdir(), 'fineline-hostile-data-')), 'data');
      await cp(PATHS.dataDir, dir, { recursive: true });
      for (const op of testCase.ops) apply(dir, op);
      const io = captureIo();
      const code = await main(
        ['node', 'fineline', 'build', '--data', dir, '--db', database],
        io.io,
      );
      if (testCase.expect === 'accept') {
        expect(io.stderr()).not.toMatch(/invalid bundled data/);
        expect(code).toBe(0);
        expect(io.stdout()).toBe(builtLine);
      } else {
        expect(code).toBe(2);
        expect(io.stderr()).toMatch(/^error: invalid bundled data \(\d+ problems?\):/);
        const problems = await problemsOf(dir);
        const named = problems.filter((p) => p.file === testCase.file);
        expect(named.map((p) => p.message)).toContainEqual(
          expect.stringMatching(new RegExp(testCase.message ?? '')),
        );
        if (testCase.line !== undefined) {
          const matching = named.filter((p) => new RegExp(testCase.message ?? '').test(p.message));
          expect(matching.map((p) => p.line)).toContain(testCase.line);
        }
      }
      const after = await checksums(database);
      if (testCase.expect === 'accept') {
        // A rebuild records its own time in meta; every other table is the same.
        const { meta: _rebuilt, ...rest } = after;
        const { meta: _built, ...kept } = before;
        expect(rest).toEqual(kept);
      } else {
        expect(after).toEqual(before);
      }
      rmSync(dirname(dir), { recursive: true, force: true });
    },
    60_000,
  );
});
