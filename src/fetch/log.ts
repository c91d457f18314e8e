/**
 * Reading and writing `fetch_log` (defined in store/schema.ts). Rows go in as one bulk insert
 * (store/bulk.ts): a year of GDELT 2.0 is 35,000 slots.
 */
import { insertRows } from '../store/bulk.js';
import type { Database } from '../store/database.js';
import { table } from '../store/schema.js';
import type { SlotOutcome } from './fetch.js';
import type { GdeltVersion } from './slots.js';

/** `slot md5` → when that exact file was ingested, for files of `version` ingested before. */
export async function ingestedFiles(
  db: Database,
  version: GdeltVersion,
): Promise<Map<string, string>> {
  const rows = await db.query(
    `SELECT slot, md5, strftime(max(ingested_at), '%Y-%m-%dT%H:%M:%S.%g') AS ingested_at
     FROM fetch_log
     WHERE version = $version AND ingested_at IS NOT NULL AND md5 IS NOT NULL
     GROUP BY slot, md5`,
    { version },
  );
  return new Map(
    rows.map((row) => [fileKey(String(row.slot), String(row.md5)), String(row.ingested_at)]),
  );
}

export function fileKey(slot: string, md5: string): string {
  return `${slot} ${md5}`;
}

/**
 * Appends one row per outcome. `ingestedAt` gives, by `fileKey`, when a file was ingested
 * (in this run or an earlier one); other rows get NULL.
 */
export async function recordFetch(
  db: Database,
  outcomes: readonly SlotOutcome[],
  fetchedAt: Date,
  ingestedAt: ReadonlyMap<string, string>,
): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = outcomes.map((o) => ({
    version: o.version,
    slot: o.slot,
    url: o.url,
    status: o.status,
    bytes: o.bytes ?? null,
    md5: o.md5 ?? null,
    reason: o.reason ?? null,
    fetched_at: fetchedAt.toISOString(),
    ingested_at: o.md5 === undefined ? null : (ingestedAt.get(fileKey(o.slot, o.md5)) ?? null),
  }));
  await insertRows(db, table('fetch_log'), rows);
}
