/**
 * Fault injection (issue 14): `fineline ingest` and `fineline build` run as real child
 * processes and are killed with SIGKILL at seeded random moments of their run. After each
 * kill the database must open, its bookkeeping must agree with its events (every event
 * belongs to a file recorded as ingested, no event twice, no quarantine or volume row without
 * its file), the next run must finish the job without duplicating anything, and the staging
 * folders and half-built files of the killed process must be gone after that run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/models/random.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { bundledEpisodeCount } from '../fixtures/counts.js';
import { builtDatabase } from '../fixtures/database.js';
import { runCli, startCli } from '../fixtures/process.js';
import { sharedEvent } from '../fixtures/shared.js';

const FILES = [
  sharedEvent('20191024143000.export.CSV'),
  sharedEvent('20180326044500.export.CSV'),
  sharedEvent('icews_events.2018.sample.tab'),
  sharedEvent('gdelt1_20160728_partial.export.tsv'),
];
const SEED = 20261203;
const INGEST_KILLS = 10;
const BUILD_KILLS = 6;

interface Totals {
  events: number;
  volume: number;
  files: number;
  quarantine: number;
}

async function totals(db: Database): Promise<Totals> {
  const [row] = await db.query(`SELECT
    (SELECT count(*) FROM events)::INTEGER AS events,
    (SELECT coalesce(sum(events), 0) FROM event_volume)::INTEGER AS volume,
    (SELECT count(*) FROM ingest_files)::INTEGER AS files,
    (SELECT count(*) FROM quarantine)::INTEGER AS quarantine`);
  return row as unknown as Totals;
}

/** The invariants a database must hold after any kill. */
async function consistent(path: string): Promise<Totals> {
  const db = await openDatabase(path);
  try {
    const [check] = await db.query(`SELECT
      (SELECT count(*) FROM events)::INTEGER AS events,
      (SELECT coalesce(sum(kept_total), 0) FROM ingest_files)::INTEGER AS recorded,
      (SELECT count(*) FROM (SELECT dataset, event_id FROM events GROUP BY ALL HAVING count(*) > 1))::INTEGER AS twice,
      (SELECT count(*) FROM quarantine WHERE file_id NOT IN (SELECT file_id FROM ingest_files))::INTEGER AS orphan_quarantine,
      (SELECT count(*) FROM event_volume WHERE content_id NOT IN (SELECT content_id FROM ingest_files))::INTEGER AS orphan_volume`);
    expect(check).toMatchObject({ twice: 0, orphan_quarantine: 0, orphan_volume: 0 });
    expect(check?.recorded).toBe(check?.events);
    return await totals(db);
  } finally {
    await db.close();
  }
}

/** Runs `fineline ARGS` and kills it after `ms`; resolves to whether it was still running. */
async function killedAfter(args: string[], ms: number): Promise<{ killed: boolean; pid: number }> {
  const { child, done } = startCli(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const finished = await done;
  clearTimeout(timer);
  return { killed: finished.code === null, pid: child.pid ?? -1 };
}

async function timed(args: string[]): Promise<number> {
  const started = performance.now();
  const result = await runCli(args);
  expect(result.stderr).not.toMatch(/Error|error:/);
  expect(result.code).toBe(0);
  return performance.now() - started;
}

function leftovers(db: string, pids: number[]): string[] {
  const staging = readdirSync(tmpdir()).filter((name) =>
    pids.some((pid) => name.startsWith(`fineline-ingest-${pid}-`)),
  );
  const building = readdirSync(dirname(db)).filter((name) =>
    name.startsWith(`${basename(db)}.building-`),
  );
  return [...staging, ...building];
}

describe('killing fineline at random moments (seed 20261203)', () => {
  const random = createRandom(SEED);
  let reference: Totals;
  let ingestMs = 0;
  let buildMs = 0;

  beforeAll(async () => {
    const db = await builtDatabase();
    ingestMs = await timed(['ingest', ...FILES, '--db', db]);
    reference = await consistent(db);
    buildMs = await timed(['build', '--db', db]);
    expect(await consistent(db)).toEqual(reference);
  }, 180_000);

  it(`leaves a consistent database after each of ${INGEST_KILLS} killed ingests, which the next run completes`, async () => {
    expect(reference.events).toBeGreaterThan(1000);
    const db = await builtDatabase();
    const pids: number[] = [];
    let killed = 0;
    for (let trial = 0; trial < INGEST_KILLS; trial++) {
      const at = Math.round(random.uniform() * ingestMs);
      const run = await killedAfter(['ingest', ...FILES, '--db', db], at);
      if (run.killed) killed++;
      pids.push(run.pid);
      const after = await consistent(db);
      expect(after.events).toBeLessThanOrEqual(reference.events);
    }
    await timed(['ingest', ...FILES, '--db', db]);
    expect(await consistent(db)).toEqual(reference);
    expect(leftovers(db, pids)).toEqual([]);
    expect(killed).toBeGreaterThan(INGEST_KILLS / 2);
  }, 600_000);

  it(`keeps every event through each of ${BUILD_KILLS} killed builds, and the next build cleans up`, async () => {
    const db = await builtDatabase();
    await timed(['ingest', ...FILES, '--db', db]);
    const pids: number[] = [];
    let killed = 0;
    for (let trial = 0; trial < BUILD_KILLS; trial++) {
      const at = Math.round(random.uniform() * buildMs);
      const run = await killedAfter(['build', '--db', db], at);
      if (run.killed) killed++;
      pids.push(run.pid);
      expect(existsSync(db)).toBe(true);
      expect(await consistent(db)).toEqual(reference);
      const opened = await openDatabase(db, { readOnly: true });
      const [row] = await opened.query('SELECT count(*)::INTEGER AS n FROM episodes');
      await opened.close();
      expect(row?.n).toBe(await bundledEpisodeCount());
    }
    await timed(['build', '--db', db]);
    expect(await consistent(db)).toEqual(reference);
    expect(leftovers(db, pids)).toEqual([]);
    expect(killed).toBeGreaterThan(BUILD_KILLS / 2);
  }, 600_000);
});
