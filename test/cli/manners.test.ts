/**
 * What a new user tripped over on the command line (issue #9), each as the behaviour it
 * should have: messages that name the thing at fault in the user's terms, exit codes that
 * match (2 for usage), output that fits the terminal, and nothing written where it should not.
 */

import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TABLES, VIEW_SUMMARIES } from '../../src/store/schema.js';
import { bundledEpisodeCount } from '../fixtures/counts.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { sharedEvent } from '../fixtures/shared.js';

const run = async (
  args: string[],
  options: Parameters<typeof captureIo>[0] & { cwd?: string } = {},
) => {
  const io = captureIo(options);
  const code = await main(['node', 'fineline', ...args], io.io, options.cwd ?? process.cwd());
  return { code, stdout: io.stdout(), bytes: io.stdoutBytes(), stderr: io.stderr() };
};

let template: string;
beforeAll(async () => {
  template = await builtDatabase();
});

async function database(): Promise<string> {
  const path = await temporaryDatabasePath();
  await copyFile(template, path);
  return path;
}

describe('fineline export', () => {
  it('writes to stdout with --out -, and no file named "-"', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fineline-cwd-'));
    const json = await run(
      ['export', 'episodes', '--format', 'json', '--out', '-', '--db', template],
      { cwd },
    );
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(await bundledEpisodeCount());
    const csv = await run(
      ['export', 'chronology', '--format', 'csv', '--out', '-', '--db', template],
      { cwd },
    );
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,date,/);
    const parquet = await run(
      ['export', 'episodes', '--format', 'parquet', '--out', '-', '--db', template],
      { cwd },
    );
    expect(parquet.bytes.subarray(0, 4).toString()).toBe('PAR1');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses a folder that does not exist, as a usage error naming it', async () => {
    const result = await run([
      'export',
      'episodes',
      '--format',
      'csv',
      '--out',
      '/no/such/dir/e.csv',
      '--db',
      template,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: cannot write /no/such/dir/e.csv: the folder /no/such/dir does not exist (create it first, or choose another --out)\n',
    );
  });
});

describe('fineline build', () => {
  it('refuses a --db in a folder that does not exist, and does not create it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fineline-build-'));
    const path = join(dir, 'missing', 'f.duckdb');
    const result = await run(['build', '--db', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`the folder ${join(dir, 'missing')} does not exist`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('flag and environment errors', () => {
  it('names the value that is not a year', async () => {
    const result = await run(['episodes', '--from', '2019-08', '--db', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: invalid --from: expected a year such as 1998 (found "2019-08")\n',
    );
  });

  it('names FINELINE_PORT or --port, whichever holds the bad port', async () => {
    const env = await run(['serve', '--db', template], { env: { FINELINE_PORT: 'abc' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain(
      'invalid FINELINE_PORT "abc": expected a whole number from 0 to 65535',
    );
    const flag = await run(['serve', '--db', template, '--port', '70000']);
    expect(flag.stderr).toContain('invalid --port "70000"');
  });

  it('checks --actors against the database and ingests nothing when one is unknown', async () => {
    const db = await database();
    const result = await run([
      'ingest',
      sharedEvent('20180326044500.export.CSV'),
      '--db',
      db,
      '--actors',
      'USA,KOR,JPX',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown actor "JPX" in the actor list: the database knows');
    const count = await run(['sql', 'SELECT count(*) AS n FROM events', '--db', db]);
    expect(count.stdout).toBe('n\n0\n');
  });
});

describe('fineline sql', () => {
  it('says an empty query is empty', async () => {
    const result = await run(['sql', '', '--db', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no SQL statement given');
  });

  it('names INSTALL as INSTALL', async () => {
    const result = await run(['sql', 'INSTALL httpfs', '--db', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not INSTALL statements');
  });

  it('lists every table and view in its help', async () => {
    const { stdout } = await run(['sql', '--help']);
    for (const table of TABLES) expect(stdout).toContain(`  ${table.name} `);
    for (const view of Object.keys(VIEW_SUMMARIES)) expect(stdout).toContain(`  ${view} `);
  });
});

describe('tables at a terminal', () => {
  it('fit the terminal width', async () => {
    const result = await run(['episodes', '--db', template], {
      tty: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('fineline ingest of a folder', () => {
  it('skips files that are not event data with a note, and exits 0 when the event files went in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fineline-folder-'));
    await copyFile(
      sharedEvent('20180326044500.export.CSV'),
      join(dir, '20180326044500.export.CSV'),
    );
    await copyFile(sharedEvent('CAMEO.country.txt'), join(dir, 'CAMEO.country.txt'));
    const db = await database();
    const result = await run(['ingest', dir, '--db', db, '--json'], { env: {} });
    expect(result.code).toBe(0);
    const files = (
      JSON.parse(result.stdout) as { files: { file: string; status: string; note?: string }[] }
    ).files;
    expect(files.map((f) => [f.file.split('/').pop(), f.status])).toEqual([
      ['20180326044500.export.CSV', 'ingested'],
      ['CAMEO.country.txt', 'skipped'],
    ]);
    expect(files[1]?.note).toMatch(/^not event data: cannot tell the format/);
    expect(result.stderr).toContain('note: ');
    // Named on its own, the same file is an error.
    const named = await run(['ingest', join(dir, 'CAMEO.country.txt'), '--db', db]);
    expect(named.code).toBe(1);
  });

  it('says "already ingested" for a file ingested before', async () => {
    const db = await database();
    const file = sharedEvent('20180326044500.export.CSV');
    await run(['ingest', file, '--db', db]);
    const again = await run(['ingest', file, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[1]).toMatch(/\talready ingested$/);
  });

  it('fails with a clear message when a folder holds no event files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fineline-empty-'));
    await writeFile(join(dir, 'README.md'), 'nothing here');
    const result = await run(['ingest', dir, '--db', template]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no event files in ${dir}`);
  });
});

describe('an unknown command', () => {
  it('is a usage error naming the nearest command, without the main help', async () => {
    const result = await run(['pull', '--from', 'clickhouse']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^error: unknown command "pull": the nearest is "\w+" \(fineline --help lists every command\)\n$/,
    );
    const typo = await run(['ingst']);
    expect(typo.stderr).toContain('the nearest is "ingest"');
  });
});
