import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PATHS, VERSION } from '../../src/config.js';
import { writeBundle } from '../fixtures/bundle.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';

const run = async (args: string[], options: Parameters<typeof captureIo>[0] = {}) => {
  const io = captureIo(options);
  const code = await main(['node', 'fineline', ...args], io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

let db: string;
beforeAll(async () => {
  db = await builtDatabase(await writeBundle());
});

describe('fineline (the CLI)', () => {
  it('prints its version and exits 0', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it.each(['build', 'episodes', 'export', 'sql', 'serve'])('has --help for %s', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: fineline ${command}`);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['episodes', '--colour', 'red'])).code).toBe(2);
  });

  it('exits 1 with a teaching message when there is no database', async () => {
    const result = await run(['episodes', '--db', '/nonexistent/fineline.duckdb']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no database at /nonexistent/fineline.duckdb: run `fineline build` first',
    );
  });

  it('takes the database from FINELINE_DB when --db is absent', async () => {
    const result = await run(['episodes', '--json'], { env: { FINELINE_DB: db } });
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it('lists episodes as tab-separated text when not at a terminal, and as a table at one', async () => {
    const plain = await run(['episodes', '--db', db]);
    expect(plain.stdout.split('\n')[0]).toBe('id\tstart\tend\tissue\tUS\toutcome\ttitle');
    const tty = await run(['episodes', '--db', db], { tty: true, env: { NO_COLOR: '1' } });
    expect(tty.stdout).toMatch(/│ E2019-GSOMIA-TERMINATION │/);
    expect(tty.stdout).not.toContain('\u001b[');
    expect(tty.stderr).toBe('1 episodes\n');
  });

  it('filters episodes by issue, years and level', async () => {
    const count = async (...flags: string[]) =>
      (JSON.parse((await run(['episodes', '--db', db, '--json', ...flags])).stdout) as unknown[])
        .length;
    expect(await count('--issue', 'security')).toBe(1);
    expect(await count('--issue', 'history,trade')).toBe(0);
    expect(await count('--from', '2019', '--to', '2019')).toBe(1);
    expect(await count('--to', '2018')).toBe(0);
    expect(await count('--level', '4')).toBe(1);
    expect(await count('--min-level', '3')).toBe(1);
    expect(await count('--level', '0,1,2')).toBe(0);
  });

  it('rejects a bad filter with exit 2 and names the flag', async () => {
    const result = await run(['episodes', '--db', db, '--min-level', '7']);
    expect(result).toMatchObject({
      code: 2,
      stderr: 'error: invalid --min-level: expected a level from 0 to 4 (found 7)\n',
    });
  });

  it('runs read-only SQL and prints a JSON array of row objects', async () => {
    const result = await run([
      'sql',
      'SELECT id, us_involvement FROM episodes',
      '--json',
      '--db',
      db,
    ]);
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 'E2019-GSOMIA-TERMINATION', us_involvement: 4 },
    ]);
  });

  it('refuses SQL that writes, with exit 2 and a clear message', async () => {
    const result = await run(['sql', 'DROP TABLE episodes', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: fineline sql is read-only: .*not DROP statements/);
    expect(
      (await run(['sql', 'SELECT count(*) AS n FROM episodes', '--json', '--db', db])).stdout,
    ).toContain('"n": 1');
  });

  it('exports episodes to a file', async () => {
    const out = join(await temporaryDatabasePath(), '..', 'out.json');
    expect(
      (await run(['export', 'episodes', '--format', 'json', '--out', out, '--db', db])).code,
    ).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))[0].id).toBe('E2019-GSOMIA-TERMINATION');
    expect(
      (await run(['export', 'episodes', '--format', 'xlsx', '--out', out, '--db', db])).code,
    ).toBe(2);
  });

  it('prints the data report: coverage tables at a terminal, one object with --json', async () => {
    const text = await run(['data', 'report', '--db', db, '--data', await writeBundle()]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Episodes by decade and US involvement level');
    expect(text.stdout).toContain(
      'US-involvement codings justified by a cited, verified source: 100.0%',
    );
    const json = JSON.parse((await run(['data', 'report', '--db', db, '--json'])).stdout);
    expect(json.totals).toMatchObject({ episodes: 1, chronologyEvents: 1 });
    expect(Array.isArray(json.reviewFlags)).toBe(true);
  });

  it('builds the database from the bundled data and reports the counts', async () => {
    const path = await temporaryDatabasePath();
    const result = await run(['build', '--db', path, '--data', await writeBundle(), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      path,
      counts: { episodes: 1, chronology: 1 },
    });
  });
});

describe('bin/fineline.js (the installed command)', () => {
  it('runs as `npx fineline` from the package root', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'fineline', '--version'], {
      cwd: PATHS.packageRoot,
    });
    expect(stdout.trim()).toBe(VERSION);
  });
});
