/**
 * `fineline ingest` on the hostile ingest corpus (ingest-corpus.ts, written with the hash of
 * every generated file to ingest.cases.json): each file is generated again (its SHA-256 must
 * match the committed one), ingested into one database, and checked against its case — the
 * status, the row accounting (kept + filtered + duplicates + quarantined = rows read), the
 * quarantined lines with their reasons and raw bytes, the events added — or, for a file that
 * must fail, its error naming it and every table's checksum unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { ingestFiles as ingest } from '../../src/ingest/ingest.js';
import type { Database } from '../../src/store/database.js';
import { databases, temporaryDir } from '../ingest/fixtures.js';
import { type GeneratedCase, ingestCases, ingestFiles } from './ingest-corpus.js';

const CASES = JSON.parse(
  readFileSync(join(PATHS.packageRoot, 'test', 'hostile', 'ingest.cases.json'), 'utf8'),
) as GeneratedCase[];
const FILES = new Map(ingestFiles().map((f) => [f.case.id, f.bytes]));

async function checksums(db: Database): Promise<Record<string, string>> {
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
}

let db: Database;
let dir = '';
beforeAll(async () => {
  db = await databases().open();
  dir = await temporaryDir();
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('the hostile ingest corpus', () => {
  it('is what ingest-corpus.ts generates, byte for byte, with at least 60 cases', () => {
    expect(CASES).toEqual(ingestCases());
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (id, testCase) => {
    const path = join(dir, `${id}-${testCase.name}`);
    writeFileSync(path, FILES.get(id) as Buffer);
    const options = { format: testCase.format, actors: 'all' as const };
    if (testCase.twice === true) await ingest(db, [path], options);
    const before = await checksums(db);
    const [eventsBefore] = await db.query('SELECT count(*)::INTEGER AS n FROM events');
    const { files } = await ingest(db, [path], options);
    const report = files[0];
    const { expect: want } = testCase;
    if (want.status === 'failed') {
      expect(report?.error).toMatch(new RegExp(want.error ?? ''));
      expect(report?.error).toContain(path);
      expect(await checksums(db)).toEqual(before);
      return;
    }
    expect(report?.error).toBeUndefined();
    expect(report?.status).toBe(want.status);
    const r = report as NonNullable<typeof report>;
    expect(r.kept + r.filtered + r.duplicates + r.quarantined).toBe(r.rowsRead);
    if (want.rowsRead !== undefined) expect(r.rowsRead).toBe(want.rowsRead);
    if (want.kept !== undefined) expect(r.kept).toBe(want.kept);
    expect(r.duplicates).toBe(want.duplicates ?? 0);
    const quarantine = await db.query(
      'SELECT line, reason, octet_length(raw)::INTEGER AS bytes FROM quarantine WHERE source_file = $file ORDER BY line',
      { file: path },
    );
    expect(quarantine.map((q) => q.line)).toEqual((want.quarantined ?? []).map(([line]) => line));
    (want.quarantined ?? []).forEach(([, reason], i) => {
      expect(String(quarantine[i]?.reason)).toMatch(new RegExp(reason));
      expect(Number(quarantine[i]?.bytes)).toBeGreaterThan(0);
    });
    const [eventsAfter] = await db.query('SELECT count(*)::INTEGER AS n FROM events');
    expect(Number(eventsAfter?.n) - Number(eventsBefore?.n)).toBe(r.kept);
  });
});
