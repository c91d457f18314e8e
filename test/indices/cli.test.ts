import { copyFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { insertEvents, insertVolume } from './events.js';

const run = async (args: string[], options: Parameters<typeof captureIo>[0] = {}) => {
  const io = captureIo(options);
  const code = await main(['node', 'fineline', ...args], io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

let db: string;
beforeAll(async () => {
  db = await temporaryDatabasePath();
  await copyFile(await builtDatabase(), db);
  const handle = await openDatabase(db);
  try {
    await insertEvents(handle, [
      {
        dataset: 'gdelt2',
        date: '2020-01-05',
        source: 'KOR',
        target: 'JPN',
        code: '042',
        quad: 1,
        goldstein: 2,
      },
      {
        dataset: 'gdelt2',
        date: '2020-03-05',
        source: 'USA',
        target: 'KOR',
        code: '111',
        quad: 3,
        goldstein: -2,
      },
    ]);
    await insertVolume(handle, [
      { dataset: 'gdelt2', file: 'f', date: '2020-01-01', events: 500 },
      { dataset: 'gdelt2', file: 'f', date: '2020-03-31', events: 500 },
    ]);
  } finally {
    handle.close();
  }
});

describe('fineline index', () => {
  it('prints every series as JSON with --json', async () => {
    const result = await run([
      'index',
      '--db',
      db,
      '--source',
      'gdelt',
      '--freq',
      'month',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      series: { label: string; periods: { period: string; netCooperation: number | null }[] }[];
    };
    expect(parsed.series.map((s) => s.label)).toEqual(['KOR↔JPN', 'KOR→JPN', 'JPN→KOR']);
    expect(parsed.series[0]?.periods).toMatchObject([
      { period: '2020-01-01', netCooperation: 4 },
      { period: '2020-02-01', netCooperation: null },
      { period: '2020-03-01', netCooperation: 0 },
    ]);
  });

  it('prints the headline series as tab-separated text in a pipe, a table at a terminal', async () => {
    const plain = await run(['index', '--db', db, '--source', 'gdelt', '--freq', 'month']);
    expect(plain.stdout.split('\n').slice(0, 2)).toEqual([
      'period\tevents\tv.coop\tm.coop\tv.conf\tm.conf\tnet/1k\tz\ttension\tunusual',
      '2020-01-01\t1\t1\t0\t0\t0\t4.00\t\t\t',
    ]);
    const tty = await run(
      [
        'index',
        '--db',
        db,
        '--source',
        'chronology',
        '--freq',
        'month',
        '--from',
        '2019',
        '--to',
        '2019',
      ],
      {
        tty: true,
        env: { NO_COLOR: '1' },
      },
    );
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/│ period +│ events │.*│ score +│/);
    expect(tty.stdout).toMatch(/│ 2019-12-01 │/);
    expect(tty.stderr).toContain('KOR↔JPN from chronology, by month: 12 periods');
  });

  it('exits 2 with a teaching message on a bad flag', async () => {
    const result = await run([
      'index',
      '--db',
      db,
      '--dyad',
      'KOR-JPM',
      '--source',
      'gdelt',
      '--freq',
      'month',
    ]);
    expect(result).toMatchObject({
      code: 2,
      stderr:
        'error: --dyad KOR-JPM: unknown actor "JPM"; known: USA, KOR, JPN, PRK, CHN, RUS, TWN, GRC, TUR\n',
    });
  });

  it('exits 1 and says how to ingest when the source has no events', async () => {
    const result = await run(['index', '--db', db, '--source', 'icews', '--freq', 'week']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: no icews events in the database: run `fineline ingest` to load ICEWS files, then run this command again\n',
    );
  });

  it.each(['index', 'signal'])('has --help for %s', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: fineline ${command}`);
    expect(result.stdout).toContain('--source <name>');
  });
});

describe('fineline signal', () => {
  it('prints the US acts towards each ally per period, and the tension', async () => {
    const plain = await run(['signal', '--db', db, '--source', 'gdelt', '--freq', 'month']);
    expect(plain.code).toBe(0);
    const [header, , , march] = plain.stdout.split('\n');
    expect(header?.split('\t')).toEqual([
      'period',
      'USA→KOR all',
      'USA→KOR appeal',
      'USA→KOR consult',
      'USA→KOR mediate',
      'USA→KOR press',
      'USA→JPN all',
      'USA→JPN appeal',
      'USA→JPN consult',
      'USA→JPN mediate',
      'USA→JPN press',
      'trilateral days',
      'KOR↔JPN tension',
      'unusual',
    ]);
    expect(march).toBe('2020-03-01\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t\t');
    const json = JSON.parse(
      (await run(['signal', '--db', db, '--source', 'gdelt', '--freq', 'month', '--json'])).stdout,
    );
    expect(json).toMatchObject({
      patron: 'USA',
      allies: ['KOR', 'JPN'],
      range: { from: '2020-01-01', to: '2020-03-31' },
    });
  });
});
