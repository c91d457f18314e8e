/**
 * A build that fails to move its new file into place loses nothing (issue 14, item 2): the
 * current database, with events committed only to its write-ahead log, is checkpointed before
 * the swap, so when the rename fails — here for real, because the new file is on another file
 * system (/dev/shm), where rename(2) answers EXDEV — the current file holds every event, and
 * the error says nothing was replaced. Both holders are tried: the command itself, and a
 * running server.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PATHS, VERSION } from '../../src/config.js';
import { loadBundle } from '../../src/data/bundle.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import { serve } from '../../src/server/serve.js';
import { openForReading, openForWriting } from '../../src/store/access.js';
import { buildDatabase } from '../../src/store/build.js';
import { openDatabase } from '../../src/store/database.js';
import { testAccess } from '../fixtures/access.js';
import { builtDatabase } from '../fixtures/database.js';
import { sharedEvent } from '../fixtures/shared.js';

const OTHER_FILE_SYSTEM = '/dev/shm';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function builtElsewhere(): Promise<string> {
  const dir = mkdtempSync(join(OTHER_FILE_SYSTEM, 'fineline-built-'));
  made.push(dir);
  const path = join(dir, 'next.duckdb');
  await buildDatabase(await loadBundle(PATHS.dataDir), path, VERSION, testAccess);
  return path;
}

async function eventCount(path: string): Promise<number> {
  const db = await openDatabase(path, { readOnly: true });
  const [row] = await db.query('SELECT count(*)::INTEGER AS n FROM events');
  await db.close();
  return Number(row?.n);
}

describe('a build whose new file cannot be moved into place', () => {
  it('requires a second file system to fail the rename on', () => {
    expect(statSync(OTHER_FILE_SYSTEM).dev).not.toBe(statSync(PATHS.packageRoot).dev);
  });

  it('keeps every event the command committed, those only in the log included', async () => {
    const path = await builtDatabase();
    const db = await openForWriting(path, testAccess);
    const { totals } = await ingestFiles(db, [sharedEvent('20191024143000.export.CSV')]);
    expect(totals.kept).toBeGreaterThan(100);
    // Ingest checkpoints; a committed change after it lives only in the log.
    await db.run('DELETE FROM events WHERE source_row % 3 = 0');
    const [row] = await db.query('SELECT count(*)::INTEGER AS n FROM events');
    const committed = Number(row?.n);
    expect(committed).toBeLessThan(totals.kept);
    expect(statSync(`${path}.wal`).size).toBeGreaterThan(0);
    const next = await builtElsewhere();
    await expect(db.replaceWith(next)).rejects.toThrow(
      /cannot move the new database into place .*The existing database is unchanged/,
    );
    expect(await eventCount(path)).toBe(committed);
    expect(existsSync(next)).toBe(true);
  }, 120_000);

  it('keeps every event when the server holds the file', async () => {
    const path = await builtDatabase();
    const serving = await serve({
      database: path,
      host: '127.0.0.1',
      port: 0,
      version: VERSION,
      webDir: undefined,
      access: testAccess,
    });
    try {
      const writer = await openForWriting(path, testAccess);
      const { totals } = await ingestFiles(writer, [sharedEvent('20180326044500.export.CSV')]);
      await writer.run('DELETE FROM events WHERE source_row % 3 = 0');
      await writer.close();
      expect(totals.kept).toBeGreaterThan(100);
      const builder = await openForWriting(path, testAccess);
      await expect(builder.replaceWith(await builtElsewhere())).rejects.toThrow(
        /cannot move the new database into place .*The existing database is unchanged/,
      );
      const reader = await openForReading(path, testAccess);
      const [row] = await reader.query('SELECT count(*)::INTEGER AS n FROM events');
      await reader.close();
      expect(Number(row?.n)).toBeLessThan(totals.kept);
      expect(Number(row?.n)).toBeGreaterThan(totals.kept / 2);
    } finally {
      await serving.close();
    }
    expect(await eventCount(path)).toBeGreaterThan(100);
  }, 120_000);
});
