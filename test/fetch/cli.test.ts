import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { openDatabase } from '../../src/store/database.js';
import { builtDatabase } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { sharedEvent } from '../fixtures/shared.js';
import {
  type GdeltServer,
  masterLine,
  md5,
  realExportZip,
  startGdeltServer,
  zipOf,
} from './server.js';

let server: GdeltServer;
let db: string;
let good2019: Buffer;
let good2018: Buffer;
let original: Buffer;
let corrupted: Buffer;

const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const io = captureIo({ env });
  const code = await main(['node', 'fineline', ...args], io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

const FETCH_2019 = ['fetch', 'gdelt', '--from', '2019-10-24T14:00', '--to', '2019-10-24T14:45'];
const FETCH_2018 = ['fetch', 'gdelt', '--from', '2018-03-26T04:30', '--to', '2018-03-26T05:00'];
const common = () => [
  '--db',
  db,
  '--base-url',
  server.url,
  '--retry-delay',
  '1',
  '--actors',
  'all',
];

async function eventRows(path: string) {
  const database = await openDatabase(path, { readOnly: true });
  try {
    return await database.query(
      'SELECT event_id, source_file FROM events ORDER BY event_id, source_row',
    );
  } finally {
    database.close();
  }
}

/** GLOBALEVENTID (first column) of every row of a real export. */
async function eventIds(id: string): Promise<Set<string>> {
  const text = await readFile(sharedEvent(`${id}.export.CSV`), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split('\t')[0] as string),
  );
}

beforeAll(async () => {
  good2019 = await realExportZip('20191024143000');
  good2018 = await realExportZip('20180326044500');
  const csv2018 = await readFile(sharedEvent('20180326044500.export.CSV'));
  // The corrupted slot holds real rows that no good file has, so any leak would show.
  const lines = csv2018.toString('utf8').split('\n').slice(0, 200).join('\n');
  const changed = Buffer.from(lines.replace(/^(\d+)/gm, (id) => `9${id}`));
  original = await zipOf('20191024144500.export.CSV', changed);
  corrupted = Buffer.from(original);
  corrupted[original.length >> 1] = (corrupted[original.length >> 1] ?? 0) ^ 0x01;
  const empty = await zipOf('20180326050000.export.CSV', Buffer.from('\n'));
  server = await startGdeltServer();
  const gdelt = 'http://data.gdeltproject.org/gdeltv2';
  const list = [
    masterLine(`${gdelt}/20180326043000.export.CSV.zip`, Buffer.alloc(0)),
    masterLine(`${gdelt}/20180326044500.export.CSV.zip`, good2018),
    masterLine(`${gdelt}/20180326050000.export.CSV.zip`, empty),
    masterLine(`${gdelt}/20191024141500.export.CSV.zip`, good2019),
    masterLine(`${gdelt}/20191024143000.export.CSV.zip`, good2019),
    `316 0123456789abcdef0123456789abcdef ${gdelt}/20191024143000.mentions.CSV.zip`,
    masterLine(`${gdelt}/20191024144500.export.CSV.zip`, original),
  ];
  server.routes.set('/gdeltv2/masterfilelist.txt', { body: Buffer.from(`${list.join('\n')}\n`) });
  server.routes.set('/gdeltv2/20180326044500.export.CSV.zip', {
    body: good2018,
    dropOnceAfter: Math.floor(good2018.length / 2),
  });
  server.routes.set('/gdeltv2/20180326050000.export.CSV.zip', { body: empty });
  server.routes.set('/gdeltv2/20191024143000.export.CSV.zip', {
    body: good2019,
    failFirst: { status: 503, times: 1 },
  });
  server.routes.set('/gdeltv2/20191024144500.export.CSV.zip', { body: corrupted });
  db = await builtDatabase();
});

afterAll(async () => {
  await server.close();
});

describe('fineline fetch gdelt (end to end, against a local GDELT)', () => {
  const cache = () => join(dirname(db), 'downloads', 'gdelt2');

  it('downloads, verifies and ingests the good files, reports the rest, and exits 1 for the corrupted one', async () => {
    const result = await run([...FETCH_2019, ...common(), '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ slots: 4, downloaded: 1, skipped: 0, empty: [] });
    expect(report.missing).toEqual([
      {
        slot: '20191024140000',
        url: `${server.url}/gdeltv2/20191024140000.export.CSV.zip`,
        reason: 'not listed in masterfilelist.txt',
      },
      {
        slot: '20191024141500',
        url: `${server.url}/gdeltv2/20191024141500.export.CSV.zip`,
        reason: 'listed, but the server answered HTTP 404',
      },
    ]);
    expect(report.failed).toEqual([
      expect.objectContaining({
        slot: '20191024144500',
        listedMd5: md5(original),
        md5: md5(corrupted),
      }),
    ]);
    expect(report.ingest.files).toHaveLength(1);
    expect(report.ingest.files[0].file).toBe(join(cache(), '20191024143000.export.CSV.zip'));
    // The error names the URL and both checksums.
    expect(result.stderr).toContain(`error: 1 file failed`);
    expect(result.stderr).toContain(
      `${server.url}/gdeltv2/20191024144500.export.CSV.zip: checksum mismatch`,
    );
    expect(result.stderr).toContain(`MD5 ${md5(original)}`);
    expect(result.stderr).toContain(`MD5 ${md5(corrupted)}`);
  });

  it('reports empty slots, resumes a dropped download and exits 0', async () => {
    const result = await run([...FETCH_2018, ...common(), '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ slots: 3, downloaded: 1, skipped: 0, missing: [], failed: [] });
    expect(report.empty.map((p: { slot: string; reason: string }) => [p.slot, p.reason])).toEqual([
      ['20180326043000', 'listed with size 0'],
      ['20180326050000', 'the zip holds an empty CSV'],
    ]);
    const asked = server.downloads().filter((r) => r.path.includes('20180326044500'));
    expect(asked.map((r) => r.status)).toEqual([200, 206]);
    expect(asked[1]?.range).toMatch(/^bytes=[1-9]\d*-$/);
    expect((await readFile(join(cache(), '20180326044500.export.CSV.zip'))).equals(good2018)).toBe(
      true,
    );
  });

  it('holds exactly the rows of the good files, and none from the corrupted one', async () => {
    const rows = await eventRows(db);
    expect(rows.length).toBeGreaterThan(0);
    const good = new Set([
      ...(await eventIds('20191024143000')),
      ...(await eventIds('20180326044500')),
    ]);
    expect(rows.filter((row) => !good.has(String(row.event_id)))).toEqual([]);
    expect(new Set(rows.map((row) => row.source_file))).toEqual(
      new Set([
        join(cache(), '20191024143000.export.CSV.zip'),
        join(cache(), '20180326044500.export.CSV.zip'),
      ]),
    );
    // The same rows as ingesting the two good files directly, in the same order.
    const oracle = await builtDatabase();
    const direct = await openDatabase(oracle);
    try {
      const dir = await mkdtemp(join(tmpdir(), 'fineline-oracle-'));
      const files = [
        join(dir, '20191024143000.export.CSV.zip'),
        join(dir, '20180326044500.export.CSV.zip'),
      ];
      const { writeFile } = await import('node:fs/promises');
      await writeFile(files[0] as string, good2019);
      await writeFile(files[1] as string, good2018);
      await ingestFiles(direct, [files[0] as string], { format: 'gdelt2', actors: 'all' });
      await ingestFiles(direct, [files[1] as string], { format: 'gdelt2', actors: 'all' });
    } finally {
      direct.close();
    }
    const expected = await eventRows(oracle);
    expect(rows.map((row) => row.event_id)).toEqual(expected.map((row) => row.event_id));
  });

  it('downloads nothing and ingests nothing on a re-run', async () => {
    const before = server.downloads().length;
    const eventsBefore = (await eventRows(db)).length;
    const again2018 = await run([...FETCH_2018, ...common(), '--json']);
    expect(again2018.code).toBe(0);
    expect(JSON.parse(again2018.stdout)).toMatchObject({
      downloaded: 0,
      skipped: 1,
      ingest: { files: [] },
    });
    expect(server.downloads().length).toBe(before);

    const again2019 = await run([...FETCH_2019, ...common(), '--json']);
    expect(again2019.code).toBe(1);
    expect(JSON.parse(again2019.stdout)).toMatchObject({
      downloaded: 0,
      skipped: 1,
      ingest: { files: [] },
    });
    // Only the failed and the 404 slots are asked for again.
    expect(
      server
        .downloads()
        .slice(before)
        .map((r) => r.path)
        .every((path) => /20191024144500|20191024141500/.test(path)),
    ).toBe(true);
    expect((await eventRows(db)).length).toBe(eventsBefore);
  });

  it('records every slot of every run in fetch_log, with when each good file was ingested', async () => {
    const database = await openDatabase(db, { readOnly: true });
    try {
      const rows = await database.query(
        `SELECT slot, status, count(*)::INTEGER AS runs, count(ingested_at)::INTEGER AS ingested,
                count(DISTINCT ingested_at)::INTEGER AS ingestions, any_value(reason) AS reason
         FROM fetch_log GROUP BY slot, status ORDER BY slot, status`,
      );
      expect(rows.map((r) => [r.slot, r.status, r.runs, r.ingested, r.ingestions])).toEqual([
        ['20180326043000', 'empty', 2, 0, 0],
        ['20180326044500', 'downloaded', 1, 1, 1],
        ['20180326044500', 'skipped', 1, 1, 1],
        ['20180326050000', 'empty', 2, 0, 0],
        ['20191024140000', 'missing', 2, 0, 0],
        ['20191024141500', 'missing', 2, 0, 0],
        ['20191024143000', 'downloaded', 1, 1, 1],
        ['20191024143000', 'skipped', 1, 1, 1],
        ['20191024144500', 'failed', 2, 0, 0],
      ]);
      // A skipped file carries the time it was first ingested, not a new one.
      const ingestions = await database.query(
        `SELECT slot, count(DISTINCT ingested_at)::INTEGER AS n FROM fetch_log
         WHERE ingested_at IS NOT NULL GROUP BY slot ORDER BY slot`,
      );
      expect(ingestions).toEqual([
        { slot: '20180326044500', n: 1 },
        { slot: '20191024143000', n: 1 },
      ]);
      const failed = rows.find((r) => r.status === 'failed');
      expect(String(failed?.reason)).toContain(md5(corrupted));
    } finally {
      database.close();
    }
  });

  it('prints a table of statuses and problem slots when not asked for JSON', async () => {
    const result = await run([...FETCH_2018, ...common(), '--no-ingest']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('GDELT 2.0, 2018-03-26 04:30 UTC to 2018-03-26 05:00 UTC: 3 slots');
    expect(lines).toContain('skipped (already verified)\t1');
    expect(lines).toContain('empty\t2');
    expect(lines).toContain(
      `20180326043000\tempty\tlisted with size 0\t${server.url}/gdeltv2/20180326043000.export.CSV.zip`,
    );
    expect(result.stdout).not.toContain('ingested');
  });

  it('takes the server from FINELINE_GDELT_URL and the cache from --cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fineline-cache-'));
    const result = await run(
      [...FETCH_2018, '--db', db, '--cache', dir, '--no-ingest', '--retry-delay', '1', '--json'],
      { FINELINE_GDELT_URL: server.url },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ cache: dir, downloaded: 1, ingest: null });
    expect(
      (await readFile(join(dir, 'gdelt2', '20180326044500.export.CSV.zip'))).equals(good2018),
    ).toBe(true);
  });

  it.each([
    [['--version', '3'], 'invalid --version "3": expected 1 or 2'],
    [['--from', '2019-10-25'], 'is after --to'],
    [['--from', 'yesterday'], 'invalid --from "yesterday"'],
    [['--from', '2014-01-01'], 'use --version 1 for earlier dates'],
    [['--retries', '-1'], 'invalid --retries "-1"'],
    [['--base-url', 'ftp://x'], 'invalid --base-url "ftp://x"'],
  ])('exits 2 on bad usage (%j)', async (flags, message) => {
    const args = [...FETCH_2019, ...common(), ...flags];
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 without downloading when the fetch is larger than 1 GiB and --yes is absent', async () => {
    const big = await startGdeltServer(
      new Map([
        [
          '/gdeltv2/masterfilelist.txt',
          {
            body: Buffer.from(
              `2147483648 ${md5(good2019)} http://x/gdeltv2/20191024143000.export.CSV.zip\n`,
            ),
          },
        ],
      ]),
    );
    try {
      const dir = await mkdtemp(join(tmpdir(), 'fineline-cache-'));
      const result = await run([...FETCH_2019, '--db', db, '--base-url', big.url, '--cache', dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('this fetch would download 2.0 GiB in 1 files');
      expect(result.stderr).toContain('pass --yes');
      expect(big.downloads()).toEqual([]);
    } finally {
      await big.close();
    }
  });

  it('exits 2 naming an actor the database does not know, before downloading anything', async () => {
    const before = server.downloads().length;
    const dir = await mkdtemp(join(tmpdir(), 'fineline-cache-'));
    const result = await run([
      ...FETCH_2019,
      '--db',
      db,
      '--base-url',
      server.url,
      '--cache',
      dir,
      '--actors',
      'USA,KOR,JPX',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown actor "JPX" in the actor list');
    expect(server.downloads().length).toBe(before);
  });

  it('exits 1 with the fix when there is no database', async () => {
    const result = await run([...FETCH_2019, '--db', '/nonexistent/fineline.duckdb']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no database at /nonexistent/fineline.duckdb: run `fineline build` first',
    );
  });

  it('has --help, and leaves `fineline --version` to the program', async () => {
    const help = await run(['fetch', 'gdelt', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: fineline fetch gdelt');
    expect(help.stdout).toContain('--version <n>');
    const version = await run(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
