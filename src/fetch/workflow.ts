/**
 * `fineline fetch gdelt` as one workflow: fetch (download and verify every expected file,
 * fetch.ts), then, with the database open for writing only for this second part, ingest the
 * verified files not ingested before and log every slot (log.ts). The network, the clock and
 * the database come in as effects, so the workflow runs the same against a test server and a
 * test database as against GDELT and the user's store.
 */
import type { Dataset } from '../domain/event-data.js';
import { type Counts, type FileReport, ingestFiles } from '../ingest/ingest.js';
import type { Database } from '../store/database.js';
import type { FetchEffects } from './effects.js';
import {
  type FetchReport,
  type FetchSummary,
  fetchGdelt,
  type GdeltRequest,
  summarize,
} from './fetch.js';
import { fileKey, ingestedFiles, recordFetch } from './log.js';

export interface FetchJob {
  request: GdeltRequest;
  /** false: download and verify only. */
  ingest: boolean;
  actors?: readonly string[] | 'all' | undefined;
}

export interface FetchWorkflowEffects {
  fetch: FetchEffects;
  /** Runs `work` with the database open for writing (and closes it). */
  database: <T>(work: (db: Database) => Promise<T>) => Promise<T>;
  onIngest?: (files: number) => void;
}

export interface FetchOutcome {
  report: FetchReport;
  summary: FetchSummary;
  /** null when not asked to ingest. */
  ingest: { files: FileReport[]; totals: Counts } | null;
}

export async function fetchAndIngest(
  job: FetchJob,
  effects: FetchWorkflowEffects,
): Promise<FetchOutcome> {
  const report = await fetchGdelt(job.request, effects.fetch);
  const summary = summarize(report);
  const format: Dataset = job.request.version === 2 ? 'gdelt2' : 'gdelt1';
  const ingest = await effects.database(async (db) => {
    const before = await ingestedFiles(db, job.request.version);
    const ingestedAt = new Map(before);
    const fresh = report.outcomes.filter(
      (o) =>
        (o.status === 'downloaded' || o.status === 'skipped') &&
        o.path !== undefined &&
        o.md5 !== undefined &&
        !before.has(fileKey(o.slot, o.md5)),
    );
    const now = effects.fetch.now();
    let result: Awaited<ReturnType<typeof ingestFiles>> | null = null;
    try {
      if (job.ingest && fresh.length > 0) {
        effects.onIngest?.(fresh.length);
        result = await ingestFiles(
          db,
          fresh.map((o) => o.path as string),
          { format, ...(job.actors === undefined ? {} : { actors: job.actors }) },
        );
        const failed = new Set(
          result.files.filter((f) => f.error !== undefined).map((f) => f.file),
        );
        for (const o of fresh) {
          if (!failed.has(o.path as string)) {
            ingestedAt.set(fileKey(o.slot, o.md5 as string), now.toISOString());
          }
        }
      } else if (job.ingest) {
        result = {
          files: [],
          totals: { rowsRead: 0, kept: 0, filtered: 0, duplicates: 0, quarantined: 0 },
        };
      }
    } finally {
      // The log is written even when ingestion throws: downloads are facts either way.
      await recordFetch(db, report.outcomes, now, ingestedAt);
    }
    return result;
  });
  return { report, summary, ingest };
}
