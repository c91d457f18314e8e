/**
 * Ingestion of event-data files into the normalised `events` table: the core that
 * `fineline ingest` and `fineline fetch gdelt` call. Each file is streamed once (scan.ts),
 * its kept rows staged and then normalised, de-duplicated and inserted by SQL in one
 * transaction (load.ts). A file that fails as a whole is reported with its reason and leaves
 * the database as it was; the other files still go in. Re-ingesting a file adds nothing.
 *
 * Effects (the clock, opening a file, and a hook between the statements of a file's
 * transaction) are passed in, so tests can inject failures without mocking DuckDB.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../domain/event-data.js';
import type { Database } from '../store/database.js';
import { literal } from '../store/sql.js';
import { type ActorSet, actorSet, sqlContext } from './actors.js';
import { dayText, eventDays } from './dates.js';
import { IngestFileError, UnknownFormatError } from './errors.js';
import { READERS } from './format.js';
import type { InputFile } from './inputs.js';
import { type LoadContext, type LoadCounts, loadBatch, type ScannedFile } from './load.js';
import { scan } from './scan.js';
import { type ByteSource, openSource } from './source.js';
import { type StagingFile, stagingFile, stagingFolder } from './staging.js';

/** What happened to the rows of one file (or of all files). */
export interface Counts {
  rowsRead: number;
  kept: number;
  filtered: number;
  duplicates: number;
  quarantined: number;
}

/**
 * What happened to one file: `ingested`; `already ingested` (these exact bytes were in
 * before: every event is a duplicate); `skipped` (found in a directory but not event data;
 * `note` says why); `failed` as a whole, with `error`, and nothing kept.
 */
export type FileStatus = 'ingested' | 'already ingested' | 'skipped' | 'failed';

export interface FileReport extends Counts {
  file: string;
  format: Dataset | 'unknown';
  status: FileStatus;
  error?: string;
  note?: string;
}

export interface IngestProgress {
  file: string;
  bytesRead: number;
  bytesTotal: number;
}

export interface IngestOptions {
  format?: 'auto' | Dataset;
  /** CAMEO country codes to keep events of, or 'all'. Default: the triad's actors. */
  actors?: readonly string[] | 'all';
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestEffects {
  now: () => Date;
  open: (path: string) => Promise<ByteSource>;
  /** Called between the statements of each file's transaction. */
  step: (file: string, name: string) => Promise<void> | void;
}

export const defaultEffects: IngestEffects = {
  now: () => new Date(),
  open: openSource,
  step: () => undefined,
};

/**
 * DuckDB settings while ingesting: a memory cap (the streaming pass itself holds a few MB),
 * and a high checkpoint threshold so that the write-ahead log is folded into the database
 * once, at the end, rather than after every batch.
 */
const SETTINGS = { memory_limit: '512MB', checkpoint_threshold: '1GB' };
/**
 * A batch of files loaded in one transaction: at most this many files and bytes read. Small
 * batches let the scan of the next batch overlap the load of this one.
 */
const BATCH_FILES = 200;
const BATCH_BYTES = 64 << 20;

/**
 * Ingests files in order. Each file is scanned, then loaded with others of the same format
 * in one transaction (per file again if that fails); scanning the next files overlaps with
 * loading the previous ones. Never throws for a file: a failed file is a report with `error`.
 */
export async function ingestFiles(
  db: Database,
  inputs: readonly (string | InputFile)[],
  options: IngestOptions = {},
  effects: IngestEffects = defaultEffects,
): Promise<{ files: FileReport[]; totals: Counts }> {
  const files = inputs.map((f) => (typeof f === 'string' ? { path: f, named: true } : f));
  const restore = await applySettings(db, SETTINGS);
  try {
    const actors = await actorSet(db, options.actors);
    const context: LoadContext = {
      sql: await sqlContext(db, actors.codes),
      actors: actors.codes === 'all' ? 'all' : actors.codes.join(','),
      now: effects.now,
      step: effects.step,
    };
    const reports: FileReport[] = files.map((file) => failed(file.path, 'unknown', 'not ingested'));
    const root = await stagingFolder();
    let batch: Pending[] = [];
    let batchBytes = 0;
    let loading: Promise<void> = Promise.resolve();
    const flush = () => {
      const current = batch;
      batch = [];
      batchBytes = 0;
      loading = loading.then(() => load(db, current, context, reports));
    };
    try {
      for (const [index, file] of files.entries()) {
        const prefix = join(root, String(index));
        const scanned = await scanFile(file, prefix, options, effects, actors.set);
        if (!('scanned' in scanned)) {
          reports[index] = scanned;
          continue;
        }
        const { bytes, reader } = scanned.scanned;
        const head = batch[0];
        const full = batch.length >= BATCH_FILES || batchBytes + bytes > BATCH_BYTES;
        if (head !== undefined && (full || head.scanned.reader !== reader)) flush();
        batch.push({ ...scanned, index });
        batchBytes += bytes;
      }
      flush();
    } finally {
      await loading;
      await rm(root, { recursive: true, force: true });
    }
    await db.run('CHECKPOINT');
    return { files: reports, totals: sum(reports) };
  } finally {
    await restore();
  }
}

/** Sets DuckDB settings; resolves to a function that puts the previous values back. */
async function applySettings(
  db: Database,
  settings: Record<string, string>,
): Promise<() => Promise<void>> {
  const previous: [string, string][] = [];
  for (const [name, value] of Object.entries(settings)) {
    const [row] = await db.query(`SELECT current_setting(${literal(name)}) AS value`);
    previous.push([name, String(row?.value)]);
    await db.run(`SET ${name} = ${literal(value)}`);
  }
  return async () => {
    for (const [name, value] of previous) await db.run(`SET ${name} = ${literal(value)}`);
  };
}

/** A scanned file waiting in a batch, with its place in the reports. */
interface Pending {
  index: number;
  scanned: ScannedFile;
}

/** The streaming pass over one file; its staging files are named from `prefix`. */
async function scanFile(
  { path: file, named }: InputFile,
  prefix: string,
  options: IngestOptions,
  effects: IngestEffects,
  actors: ActorSet | null,
): Promise<Omit<Pending, 'index'> | FileReport> {
  const startedAt = effects.now();
  const explicit =
    options.format === undefined || options.format === 'auto' ? undefined : options.format;
  const paths = {
    stagedPath: `${prefix}.staged.tsv`,
    quarantinePath: `${prefix}.quarantine.tsv`,
    volumePath: `${prefix}.volume.tsv`,
  };
  const sinks: StagingFile[] = [];
  try {
    const source = await effects.open(file);
    const staged = stagingFile(paths.stagedPath);
    sinks.push(staged);
    const quarantined = stagingFile(paths.quarantinePath);
    sinks.push(quarantined);
    const result = await scan(source.chunks, {
      file,
      reader: explicit === undefined ? undefined : READERS[explicit],
      actors,
      staged,
      quarantined,
      days: eventDays(startedAt),
      onBytes: (bytesRead) => options.onProgress?.({ file, bytesRead, bytesTotal: source.size }),
    }).finally(() => {
      for (const sink of sinks) sink.close();
    });
    writeFileSync(
      paths.volumePath,
      [...result.volume].map(([day, n]) => `${dayText(day)}\t${n}\n`).join(''),
    );
    return {
      scanned: {
        file,
        fileId: await source.digest(),
        contentId: result.contentId,
        bytes: source.size,
        reader: result.reader,
        ...paths,
        rowsRead: result.rowsRead,
        filtered: result.filtered,
        quarantined: result.quarantined,
        startedAt,
      },
    };
  } catch (error) {
    for (const sink of sinks) sink.close();
    removeStaging(paths);
    if (error instanceof UnknownFormatError && !named) {
      const { error: _none, ...empty } = failed(file, 'unknown', '');
      return { ...empty, status: 'skipped', note: `not event data: ${error.reason}` };
    }
    return failed(file, explicit ?? 'unknown', messageOf(file, error));
  }
}

function removeStaging(paths: Pick<ScannedFile, 'stagedPath' | 'quarantinePath' | 'volumePath'>) {
  for (const path of [paths.stagedPath, paths.quarantinePath, paths.volumePath]) {
    rmSync(path, { force: true });
  }
}

/** Loads a batch; if it fails, loads its files one by one so only the failing ones fail. */
async function load(
  db: Database,
  batch: readonly Pending[],
  context: LoadContext,
  reports: FileReport[],
): Promise<void> {
  try {
    const attempt = async (group: readonly Pending[]) => {
      const counts = await loadBatch(
        db,
        group.map((p) => p.scanned),
        context,
      );
      group.forEach((p, i) => {
        reports[p.index] = report(p.scanned, counts[i] as LoadCounts);
      });
    };
    try {
      await attempt(batch);
    } catch (error) {
      if (batch.length === 1) throw error;
      for (const pending of batch) {
        try {
          await attempt([pending]);
        } catch (alone) {
          const { file, reader } = pending.scanned;
          reports[pending.index] = failed(file, reader.dataset, messageOf(file, alone));
        }
      }
    }
  } catch (error) {
    for (const { index, scanned } of batch) {
      reports[index] = failed(scanned.file, scanned.reader.dataset, messageOf(scanned.file, error));
    }
  } finally {
    for (const { scanned } of batch) removeStaging(scanned);
  }
}

function report(scanned: ScannedFile, counts: LoadCounts): FileReport {
  const result: FileReport = {
    file: scanned.file,
    format: scanned.reader.dataset,
    status: counts.seenBefore ? 'already ingested' : 'ingested',
    rowsRead: scanned.rowsRead,
    kept: counts.kept,
    filtered: scanned.filtered,
    duplicates: counts.duplicateIds + counts.duplicateTwins + counts.duplicateRepeats,
    quarantined: scanned.quarantined,
  };
  const accounted = result.kept + result.filtered + result.duplicates + result.quarantined;
  if (accounted !== result.rowsRead) {
    // An invariant of the code, not of the data: fail loudly rather than report wrong counts.
    throw new Error(`${scanned.file}: ${accounted} rows accounted for, ${result.rowsRead} read`);
  }
  return result;
}

function failed(file: string, format: FileReport['format'], error: string): FileReport {
  return {
    file,
    format,
    status: 'failed',
    rowsRead: 0,
    kept: 0,
    filtered: 0,
    duplicates: 0,
    quarantined: 0,
    error,
  };
}

function messageOf(file: string, error: unknown): string {
  if (error instanceof IngestFileError) return error.message;
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}

function sum(reports: readonly FileReport[]): Counts {
  const totals: Counts = { rowsRead: 0, kept: 0, filtered: 0, duplicates: 0, quarantined: 0 };
  for (const report of reports) {
    totals.rowsRead += report.rowsRead;
    totals.kept += report.kept;
    totals.filtered += report.filtered;
    totals.duplicates += report.duplicates;
    totals.quarantined += report.quarantined;
  }
  return totals;
}
