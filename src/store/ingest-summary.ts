/**
 * What event data the database holds and where it came from: events per dataset with their
 * date span, every ingested file with its counts, quarantined rows by reason, and GDELT fetch
 * slots by status. The data page and `GET /api/ingest` show it.
 */
import type { Database, Row } from './database.js';

export interface IngestSummary {
  datasets: { dataset: string; events: number; first: string; last: string }[];
  /**
   * Every ingested file: where it was first read from and last read from, what its latest
   * run did (rowsRead = kept + filtered + duplicates + quarantined), and the events it has
   * contributed over all its runs.
   */
  files: {
    path: string;
    lastPath: string;
    dataset: string;
    rowsRead: number;
    kept: number;
    filtered: number;
    duplicates: number;
    quarantined: number;
    keptTotal: number;
    runs: number;
    firstIngestedAt: string;
    ingestedAt: string;
  }[];
  quarantine: { dataset: string; sourceFile: string; reason: string; rows: number }[];
  fetch: { version: number; status: string; slots: number }[];
}

export async function ingestSummary(db: Database): Promise<IngestSummary> {
  const rows = async <T>(sql: string, map: (row: Row) => T): Promise<T[]> =>
    (await db.query(sql)).map(map);
  return {
    datasets: await rows(
      `SELECT dataset, count(*) AS events, strftime(min(event_date), '%Y-%m-%d') AS first,
              strftime(max(event_date), '%Y-%m-%d') AS last
         FROM events GROUP BY dataset ORDER BY dataset`,
      (row) => ({
        dataset: String(row.dataset),
        events: Number(row.events),
        first: String(row.first),
        last: String(row.last),
      }),
    ),
    files: await rows(
      `SELECT path, last_path, dataset, rows_read, kept, filtered, duplicates, quarantined,
              kept_total, runs,
              strftime(first_ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS first_ingested_at,
              strftime(ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS ingested_at
         FROM ingest_files ORDER BY ingested_at DESC, path`,
      (row) => ({
        path: String(row.path),
        lastPath: String(row.last_path),
        dataset: String(row.dataset),
        rowsRead: Number(row.rows_read),
        kept: Number(row.kept),
        filtered: Number(row.filtered),
        duplicates: Number(row.duplicates),
        quarantined: Number(row.quarantined),
        keptTotal: Number(row.kept_total),
        runs: Number(row.runs),
        firstIngestedAt: String(row.first_ingested_at),
        ingestedAt: String(row.ingested_at),
      }),
    ),
    quarantine: await rows(
      `SELECT dataset, source_file, reason, count(*) AS rows
         FROM quarantine GROUP BY ALL ORDER BY rows DESC, source_file, reason LIMIT 200`,
      (row) => ({
        dataset: String(row.dataset),
        sourceFile: String(row.source_file),
        reason: String(row.reason),
        rows: Number(row.rows),
      }),
    ),
    fetch: await rows(
      `SELECT version, status, count(*) AS slots FROM (
         SELECT version, slot, arg_max(status, fetched_at) AS status FROM fetch_log GROUP BY ALL
       ) GROUP BY ALL ORDER BY version, status`,
      (row) => ({
        version: Number(row.version),
        status: String(row.status),
        slots: Number(row.slots),
      }),
    ),
  };
}
