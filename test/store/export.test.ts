import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { exportRecords } from '../../src/store/export.js';
import { writeBundle } from '../fixtures/bundle.js';
import { builtDatabase } from '../fixtures/database.js';

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
