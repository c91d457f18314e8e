import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { fileText, SHARED, sampleEvent, temporaryDir, writeTemporary } from './fixtures.js';

let template: string;
beforeAll(async () => {
  template = await builtDatabase();
});

async function database(): Promise<string> {
  const path = await temporaryDatabasePath();
  await copyFile(template, path);
  return path;
}

const run = async (args: string[], options: Parameters<typeof captureIo>[0] = {}) => {
  const io = captureIo(options);
  const code = await main(['node', 'fineline', 'ingest', ...args], io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

const REAL = join(SHARED, '20180326044500.export.CSV');

describe('fineline ingest', () => {
  it('has --help naming its formats and options', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: fineline ingest [options] <inputs...>');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '"auto", "gdelt1", "gdelt2", "icews", "polecat"',
    );
  });

  it('prints per-file counts and totals as JSON, every row accounted for, and exits 0', async () => {
    const db = await database();
    const icews = join(SHARED, 'icews_events.2018.sample.tab');
    const result = await run([REAL, icews, '--db', db, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      files: Record<string, unknown>[];
      totals: Record<string, number>;
    };
    expect(report.files.map((f) => [f.file, f.format, f.rowsRead])).toEqual([
      [REAL, 'gdelt2', 1540],
      [icews, 'icews', 3705],
    ]);
    for (const f of [...report.files, report.totals] as Record<string, number>[]) {
      const { kept = 0, filtered = 0, duplicates = 0, quarantined = 0 } = f;
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rowsRead', 'kept', 'filtered', 'duplicates', 'quarantined']),
      );
      expect(kept + filtered + duplicates + quarantined).toBe(f.rowsRead);
    }
    expect(report.totals.rowsRead).toBe(1540 + 3705);
    expect(result.stderr).toBe('');
  });

  it('exits 1 naming each failed file and why, after ingesting the others', async () => {
    const db = await database();
    const empty = await writeTemporary('20191024150000.export.CSV', '');
    const result = await run([REAL, empty, '--db', db, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { error?: string; kept: number }[] };
    expect(report.files[0]?.error).toBeUndefined();
    expect(report.files[0]?.kept).toBeGreaterThan(0);
    expect(report.files[1]?.error).toMatch(/the file is empty/);
    expect(result.stderr).toContain('1 of 2 files could not be ingested');
    expect(result.stderr).toContain(`${empty}: the file is empty (0 bytes)`);
  });

  it('reads the files of a directory and of a quoted glob pattern', async () => {
    const dir = await temporaryDir();
    await mkdir(join(dir, 'sub'));
    await copyFile(REAL, join(dir, 'a.export.CSV'));
    await copyFile(REAL, join(dir, 'notes.md'));
    const other = await writeTemporary('b.export.CSV', fileText('gdelt2', [sampleEvent()]));
    const db = await database();
    const fromDir = await run([dir, '--db', db, '--json']);
    const fromGlob = await run([join(other, '..', 'b.export.*'), '--db', db, '--json']);
    expect((JSON.parse(fromDir.stdout) as { files: { file: string }[] }).files).toEqual([
      expect.objectContaining({ file: join(dir, 'a.export.CSV'), rowsRead: 1540 }),
    ]);
    expect((JSON.parse(fromGlob.stdout) as { files: { file: string }[] }).files).toEqual([
      expect.objectContaining({ file: other, kept: 1 }),
    ]);
  });

  it('keeps every event with --actors all, and only the listed countries otherwise', async () => {
    const db = await database();
    expect((await run([REAL, '--db', db, '--actors', 'kor,jpn'])).code).toBe(0);
    expect((await run([REAL, '--db', db, '--actors', 'all'])).code).toBe(0);
    const reader = await openDatabase(db, { readOnly: true });
    const files = await reader.query('SELECT actors, kept, filtered FROM ingest_files');
    reader.close();
    expect(files).toEqual([{ actors: 'all', kept: expect.any(Number), filtered: 0 }]);
  });

  it('refuses a malformed --actors list with exit code 2', async () => {
    const result = await run([REAL, '--db', await database(), '--actors', 'USA,Korea']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid --actors "USA,Korea": expected CAMEO country codes');
  });

  it('exits 1 with a teaching message when there is no database', async () => {
    const result = await run([REAL, '--db', '/nonexistent/fineline.duckdb']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no database at /nonexistent/fineline.duckdb: run `fineline build` first',
    );
  });

  it('prints a table and a progress bar at a terminal, and no progress in a pipe', async () => {
    const db = await database();
    const tty = await run([REAL, '--db', db], { tty: true, env: { NO_COLOR: '1' } });
    const pipe = await run([REAL, '--db', await database()]);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(
      /│ file +│ format │ rows │ kept │ filtered │ duplicates │ quarantined │ status +│/,
    );
    expect(tty.stderr).toMatch(/\r\[#+\] 100% file 1\/1 20180326044500\.export\.CSV/);
    expect(pipe.stderr).toBe('');
    expect(pipe.stdout.split('\n')[0]).toBe(
      'file\tformat\trows\tkept\tfiltered\tduplicates\tquarantined\tstatus',
    );
  });
});
