import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/config.js';
import { loadBundle } from '../../src/data/bundle.js';
import { recordFetch } from '../../src/fetch/log.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { buildDatabase } from '../../src/store/build.js';
import { openDatabase } from '../../src/store/database.js';
import { TABLES } from '../../src/store/schema.js';
import { testAccess } from '../fixtures/access.js';
import { gsomiaEpisode, writeBundle } from '../fixtures/bundle.js';
import { temporaryDatabasePath } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';
import { sharedEvent } from '../fixtures/shared.js';

const fixedClock = { now: () => new Date('2026-01-01T00:00:00Z') };

async function dump(path: string): Promise<unknown[]> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    return [
      await db.query('SELECT * FROM episode_records ORDER BY id'),
      await db.query('SELECT * FROM chronology_records ORDER BY id'),
      await db.query('SELECT * FROM sources ORDER BY source_id'),
      await db.query('SELECT * FROM actors ORDER BY cameo'),
    ];
  } finally {
    db.close();
  }
}

describe('buildDatabase(bundle, path)', () => {
  it('writes every table and view, with one row per record', async () => {
    const path = await temporaryDatabasePath();
    const result = await buildDatabase(
      await loadBundle(await writeBundle()),
      path,
      VERSION,
      testAccess,
      fixedClock,
    );
    expect(result.counts).toMatchObject({
      episodes: 1,
      chronology: 1,
      episode_sources: 2,
      cameo_codes: 311,
      nk_tests_monthly: 504,
    });
    const db = await openDatabase(path, { readOnly: true });
    const [episode] = await db.query(
      'SELECT id, "start", "end", "usInvolvement", instruments FROM episode_records',
    );
    const roles = await db.query(
      "SELECT cameo, role FROM actors WHERE role <> 'other' ORDER BY cameo",
    );
    db.close();
    expect(episode).toEqual({
      id: 'E2019-GSOMIA-TERMINATION',
      start: '2019-08-22',
      end: '2019-11-22',
      usInvolvement: 4,
      instruments: ['gsomia'],
    });
    expect(roles).toEqual([
      { cameo: 'CHN', role: 'context' },
      { cameo: 'JPN', role: 'ally' },
      { cameo: 'KOR', role: 'ally' },
      { cameo: 'PRK', role: 'context' },
      { cameo: 'USA', role: 'patron' },
    ]);
  });

  it('is idempotent: building twice from the same data gives the same tables', async () => {
    const bundle = await loadBundle(await writeBundle());
    const path = await temporaryDatabasePath();
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const first = await dump(path);
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    expect(await dump(path)).toEqual(first);
  });

  it('stores a source cited by an episode and a chronology event once', async () => {
    const path = await temporaryDatabasePath();
    await buildDatabase(
      await loadBundle(await writeBundle()),
      path,
      VERSION,
      testAccess,
      fixedClock,
    );
    const db = await openDatabase(path, { readOnly: true });
    const rows = await db.query(
      "SELECT count(*) AS n FROM sources WHERE url = 'https://www.korea.net/NewsFocus/policies/view?articleId=179694'",
    );
    db.close();
    expect(rows).toEqual([{ n: 1 }]);
  });
});

describe('fineline build with bad data', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'an unknown enum value',
      { ...gsomiaEpisode(), kind: 'feud' },
      /record E2019-GSOMIA-TERMINATION, field kind:/,
    ],
    [
      'a missing source',
      { ...gsomiaEpisode(), sources: [] },
      /field sources: every episode needs at least one source/,
    ],
    [
      'an end before its start',
      { ...gsomiaEpisode(), end: '2019-01-01' },
      /field end: end 2019-01-01 is before start/,
    ],
  ];

  it.each(cases)(
    'fails on %s, names file, record and field, and leaves the database untouched',
    async (_, episode, message) => {
      const path = await temporaryDatabasePath();
      const good = await writeBundle();
      expect(
        await main(['node', 'fineline', 'build', '--db', path, '--data', good], captureIo().io),
      ).toBe(0);
      const before = await readFile(path);
      const io = captureIo();
      const code = await main(
        [
          'node',
          'fineline',
          'build',
          '--db',
          path,
          '--data',
          await writeBundle({ episodes: [episode] }),
        ],
        io.io,
      );
      expect(code).toBe(2);
      expect(io.stderr()).toMatch(/data\/episodes\/E2019-GSOMIA-TERMINATION\.yaml/);
      expect(io.stderr()).toMatch(message);
      expect(Buffer.compare(await readFile(path), before)).toBe(0);
    },
  );

  it('fails on a duplicate id and leaves the database untouched', async () => {
    const path = await temporaryDatabasePath();
    expect(
      await main(
        ['node', 'fineline', 'build', '--db', path, '--data', await writeBundle()],
        captureIo().io,
      ),
    ).toBe(0);
    const before = await readFile(path);
    const io = captureIo();
    const dir = await writeBundle({
      rawEpisodes: { 'E2019-SAME.yaml': JSON.stringify(gsomiaEpisode()) },
    });
    expect(await main(['node', 'fineline', 'build', '--db', path, '--data', dir], io.io)).toBe(2);
    expect(io.stderr()).toMatch(/record E2019-GSOMIA-TERMINATION, field id: duplicate episode id/);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('leaves the database untouched when the build itself fails midway', async () => {
    const path = await temporaryDatabasePath();
    const bundle = await loadBundle(await writeBundle());
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const before = await readFile(path);
    // Two records with one id pass no validation here: DuckDB's primary key refuses the
    // second one while the tables are being filled, after the temporary file was created.
    const episode = bundle.episodes[0];
    if (episode === undefined) throw new Error('fixture has no episode');
    const broken = { ...bundle, episodes: [episode, episode] };
    await expect(buildDatabase(broken, path, VERSION, testAccess, fixedClock)).rejects.toThrow(
      /PRIMARY KEY|primary key|Duplicate key/,
    );
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });

  it('replaces an unreadable file at the target path with a complete database', async () => {
    const path = await temporaryDatabasePath();
    await writeFile(path, 'not a database');
    await buildDatabase(
      await loadBundle(await writeBundle()),
      path,
      VERSION,
      testAccess,
      fixedClock,
    );
    const db = await openDatabase(path, { readOnly: true });
    expect(await db.query('SELECT count(*) AS n FROM episodes')).toEqual([{ n: 1 }]);
    db.close();
  });
});

describe('buildDatabase(bundle, path) over a database with ingested events', () => {
  const CARRIED = ['events', 'event_volume', 'ingest_files', 'quarantine', 'fetch_log'];
  const dump = async (path: string) => {
    const reader = await openDatabase(path, { readOnly: true });
    try {
      const tables: Record<string, unknown> = {};
      for (const table of CARRIED) {
        tables[table] = await reader.query(`SELECT * FROM ${table} ORDER BY ALL`);
      }
      tables.keys = await reader.query(
        "SELECT table_name, constraint_type FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ('ingest_files', 'quarantine') ORDER BY ALL",
      );
      return tables;
    } finally {
      await reader.close();
    }
  };

  it('creates every table of the schema, the event tables and the fetch log empty', async () => {
    const path = await temporaryDatabasePath();
    await buildDatabase(
      await loadBundle(await writeBundle()),
      path,
      VERSION,
      testAccess,
      fixedClock,
    );
    const db = await openDatabase(path, { readOnly: true });
    const tables = await db.query(
      "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name",
    );
    await db.close();
    expect(tables.map((t) => t.table_name)).toEqual(TABLES.map((t) => t.name).sort());
    const empty = await dump(path);
    for (const table of CARRIED) expect(empty[table]).toEqual([]);
  });

  it('carries over every event-data table and the fetch log, with their rows and constraints', async () => {
    const path = await temporaryDatabasePath();
    const bundle = await loadBundle(await writeBundle());
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const db = await openDatabase(path);
    await ingestFiles(db, [sharedEvent('20180326044500.export.CSV')]);
    await recordFetch(
      db,
      [
        {
          version: 2,
          slot: '20180326044500',
          url: 'http://x/a.zip',
          status: 'missing',
          reason: '404',
        },
      ],
      new Date('2026-01-02T00:00:00Z'),
      new Map(),
    );
    await db.close();
    const before = await dump(path);
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const after = await dump(path);
    expect((before.events as unknown[]).length).toBeGreaterThan(0);
    expect(before.fetch_log).toHaveLength(1);
    expect(before.keys).toHaveLength(2);
    expect(after).toEqual(before);
  });

  it("fills the columns an older schema lacked by the table's rules, and drops tables it does not know", async () => {
    const path = await temporaryDatabasePath();
    const bundle = await loadBundle(await writeBundle());
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const db = await openDatabase(path);
    await ingestFiles(db, [sharedEvent('20180326044500.export.CSV')]);
    // The schema-1 shape of ingest_files: no last_path, kept_total or runs.
    await db.run(`ALTER TABLE ingest_files DROP COLUMN last_path;
      ALTER TABLE ingest_files DROP COLUMN kept_total;
      ALTER TABLE ingest_files DROP COLUMN runs;
      CREATE TABLE scratch AS SELECT 1 AS x`);
    const [old] = await db.query('SELECT path, kept FROM ingest_files');
    await db.close();
    await buildDatabase(bundle, path, VERSION, testAccess, fixedClock);
    const reader = await openDatabase(path, { readOnly: true });
    const rows = await reader.query(
      'SELECT path, last_path, kept, kept_total, runs FROM ingest_files',
    );
    const scratch = await reader.query(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'scratch'",
    );
    await reader.close();
    expect(rows).toEqual([
      { path: old?.path, last_path: old?.path, kept: old?.kept, kept_total: old?.kept, runs: 1 },
    ]);
    expect(scratch).toEqual([{ n: 0 }]);
  });
});
