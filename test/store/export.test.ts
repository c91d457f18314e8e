import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { openDatabase } from '../../src/store/database.js';
import { exportRecords } from '../../src/store/export.js';
import { writeBundle } from '../fixtures/bundle.js';
import { builtDatabase } from '../fixtures/database.js';
import { sharedEvent } from '../fixtures/shared.js';

/** Exports a table of the fixture bundle as JSON and returns the parsed records. */
async function exportJson(table: 'episodes' | 'chronology'): Promise<Record<string, unknown>[]> {
  const db = await openDatabase(await builtDatabase(await writeBundle()), { readOnly: true });
  const out = join(await mkdtemp(join(tmpdir(), 'fineline-export-')), `${table}.json`);
  try {
    expect(await exportRecords(db, table, 'json', out)).toBe(1);
  } finally {
    db.close();
  }
  return JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>[];
}

describe('exportRecords(db, table, format, out)', () => {
  it('writes episodes as JSON in the contract shape', async () => {
    const [episode] = await exportJson('episodes');
    expect(episode).toMatchObject({
      id: 'E2019-GSOMIA-TERMINATION',
      start: '2019-08-22',
      end: '2019-11-22',
      issue: 'security',
      usInvolvement: 4,
      outcome: 'de-escalated',
    });
    expect(episode?.sources).toEqual([
      expect.objectContaining({
        publisher: 'Yonhap News Agency',
        date: '2019-11-23',
        url: 'https://m-en.yna.co.kr/view/AEN20191122009452325',
      }),
      expect.objectContaining({
        publisher: 'Korea.net',
        title: "Gov't conditionally suspends GSOMIA termination",
      }),
    ]);
  });

  it('writes chronology events as JSON with source, CAMEO name, Goldstein score and PLOVER type', async () => {
    const [event] = await exportJson('chronology');
    expect(event).toMatchObject({
      id: 'C20191122-01',
      date: '2019-11-22',
      actor: 'KOR',
      target: 'JPN',
      cameo: '0314',
      cameoName: 'Express intent to cooperate on intelligence',
      plover: 'AGREE',
      ploverContexts: ['intelligence'],
      episode: 'E2019-GSOMIA-TERMINATION',
      source: { publisher: 'Korea.net', date: '2019-11-23' },
    });
    expect(typeof event?.description).toBe('string');
  });

  it('writes CSV and Parquet that DuckDB reads back with the same records', async () => {
    const path = await builtDatabase(await writeBundle());
    const dir = await mkdtemp(join(tmpdir(), 'fineline-export-'));
    const db = await openDatabase(path, { readOnly: true });
    for (const table of ['episodes', 'chronology'] as const) {
      await exportRecords(db, table, 'csv', join(dir, `${table}.csv`));
      await exportRecords(db, table, 'parquet', join(dir, `${table}.parquet`));
    }
    db.close();
    const reader = await openDatabase(':memory:');
    const fromCsv = await reader.query(
      `SELECT id, sources FROM read_csv('${join(dir, 'episodes.csv')}')`,
    );
    const fromParquet = await reader.query(
      `SELECT id, sources[1].publisher AS publisher FROM '${join(dir, 'episodes.parquet')}'`,
    );
    const chronology = await reader.query(
      `SELECT id, source.publisher AS publisher FROM '${join(dir, 'chronology.parquet')}'`,
    );
    reader.close();
    expect(fromCsv[0]?.id).toBe('E2019-GSOMIA-TERMINATION');
    expect(JSON.parse(String(fromCsv[0]?.sources))[0].publisher).toBe('Yonhap News Agency');
    expect(fromParquet).toEqual([
      { id: 'E2019-GSOMIA-TERMINATION', publisher: 'Yonhap News Agency' },
    ]);
    expect(chronology).toEqual([{ id: 'C20191122-01', publisher: 'Korea.net' }]);
  });
});

describe('exportRecords(db, "events", format, out)', () => {
  async function withEvents(): Promise<string> {
    const path = await builtDatabase(await writeBundle());
    const db = await openDatabase(path);
    const { totals } = await ingestFiles(db, [sharedEvent('20180326044500.export.CSV')]);
    db.close();
    expect(totals.kept).toBeGreaterThan(0);
    return path;
  }

  it('writes Parquet partitioned by year of the event date, one directory per year', async () => {
    const db = await openDatabase(await withEvents(), { readOnly: true });
    const out = join(await mkdtemp(join(tmpdir(), 'fineline-export-')), 'events');
    const count = await exportRecords(db, 'events', 'parquet', out);
    const byYear = await db.query(
      'SELECT year(event_date)::INTEGER AS year, count(*)::INTEGER AS n FROM events GROUP BY ALL ORDER BY ALL',
    );
    db.close();
    expect((await readdir(out)).sort()).toEqual(['year=2017', 'year=2018']);
    const reader = await openDatabase(':memory:');
    const back = await reader.query(
      `SELECT year::INTEGER AS year, count(*)::INTEGER AS n FROM read_parquet('${out}/*/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL`,
    );
    reader.close();
    expect(back).toEqual(byYear);
    expect(count).toBe(byYear.reduce((sum, row) => sum + Number(row.n), 0));
  });

  it('writes events as one JSON array and as CSV with a header', async () => {
    const db = await openDatabase(await withEvents(), { readOnly: true });
    const dir = await mkdtemp(join(tmpdir(), 'fineline-export-'));
    const count = await exportRecords(db, 'events', 'json', join(dir, 'events.json'));
    await exportRecords(db, 'events', 'csv', join(dir, 'events.csv'));
    db.close();
    const json = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    const csv = (await readFile(join(dir, 'events.csv'), 'utf8')).trimEnd().split('\n');
    expect(json).toHaveLength(count);
    expect(json[0]).toMatchObject({
      dataset: 'gdelt2',
      event_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(csv[0]?.split(',').slice(0, 3)).toEqual(['dataset', 'event_id', 'event_date']);
    expect(csv).toHaveLength(count + 1);
  });

  it('teaches what to do when nothing was ingested yet', async () => {
    const db = await openDatabase(await builtDatabase(await writeBundle()), { readOnly: true });
    const out = join(await mkdtemp(join(tmpdir(), 'fineline-export-')), 'events');
    await expect(exportRecords(db, 'events', 'parquet', out)).rejects.toThrow(
      /has no events yet: ingest some with `fineline ingest FILE…` first/,
    );
    db.close();
  });
});

describe('exportRecords(db, table, format, out) for record v2 (the issue #16 contracts)', () => {
  const exported = async (
    table: 'us-acts' | 'instruments' | 'commitment',
    format: 'json' | 'csv',
  ) => {
    const db = await openDatabase(await builtDatabase(), { readOnly: true });
    const out = join(await mkdtemp(join(tmpdir(), 'fineline-export-')), `${table}.${format}`);
    try {
      await exportRecords(db, table, format, out);
    } finally {
      await db.close();
    }
    return readFile(out, 'utf8');
  };

  it('writes US acts with date, actor, target, level, episode, summary and source', async () => {
    const acts = JSON.parse(await exported('us-acts', 'json')) as Record<string, unknown>[];
    expect(acts.length).toBeGreaterThan(0);
    for (const act of acts) {
      expect(Object.keys(act)).toEqual(
        expect.arrayContaining([
          'date',
          'actor',
          'target',
          'level',
          'episode',
          'summary',
          'source',
        ]),
      );
      expect(act.source).toEqual(expect.objectContaining({ publisher: expect.any(String) }));
    }
    const congress = acts.filter((a) => a.branch === 'congress');
    expect(congress.every((a) => a.level === null)).toBe(true);
    const csv = await exported('us-acts', 'csv');
    expect(csv.split('\n')[0]).toMatch(
      /^id,date,datePrecision,actor,branch,target,type,level,episode,/,
    );
  });

  it('writes each instrument with its dated states, in date order', async () => {
    const instruments = JSON.parse(await exported('instruments', 'json')) as {
      instrument: string;
      states: { date: string; state: string; source: { publisher: string } }[];
    }[];
    const gsomia = instruments.find((i) => i.instrument === 'gsomia');
    expect(gsomia?.states.map((s) => s.state)).toContain('termination-notified');
    for (const { states } of instruments) {
      const dates = states.map((s) => s.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('writes commitment as troop rows (year, ally, troops) and events (date, ally, direction, source)', async () => {
    const { troops, events } = JSON.parse(await exported('commitment', 'json')) as {
      troops: { year: number; ally: string; troops: number; primary: boolean }[];
      events: { date: string; ally: string; direction: string; source: unknown }[];
    };
    for (const ally of ['KOR', 'JPN']) {
      const years = troops.filter((t) => t.ally === ally && t.primary).map((t) => t.year);
      expect(years).toEqual(Array.from({ length: 61 }, (_, i) => 1965 + i));
    }
    expect(events[0]).toEqual(
      expect.objectContaining({
        date: expect.any(String),
        ally: expect.any(String),
        direction: expect.stringMatching(/^(reinforcing|weakening)$/),
        source: expect.objectContaining({ publisher: expect.any(String) }),
      }),
    );
    await expect(exported('commitment', 'csv')).rejects.toThrow(/two tables/);
  });
});
