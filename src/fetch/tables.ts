/**
 * `fetch_log`: one row per expected slot per `fineline fetch` run — what happened to it and
 * why. It is the written account that no slot was lost silently, and it tells the next run
 * which verified files were already ingested (so a re-run ingests nothing twice).
 * - version: GDELT version (1 or 2).
 * - slot: the file's date stamp (`20191024143000`; v1 `1979`, `200601`, `20130401`).
 * - url: the file's URL on the server fetched from (the base URL may be a mirror).
 * - status: downloaded | skipped (already present and verified) | missing | empty | failed.
 * - bytes, md5: size and MD5 of the file on disk; for a failed download, of the bad bytes.
 * - reason: why a slot is missing, empty or failed, with both checksums on a mismatch.
 * - fetched_at: when the run recorded it (UTC).
 * - ingested_at: when this file (this slot with this MD5) went through ingestion; NULL if not.
 */
export const FETCH_LOG_TABLE_SQL = `CREATE TABLE IF NOT EXISTS fetch_log (
  version TINYINT NOT NULL,
  slot VARCHAR NOT NULL,
  url VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  bytes BIGINT,
  md5 VARCHAR,
  reason VARCHAR,
  fetched_at TIMESTAMP NOT NULL,
  ingested_at TIMESTAMP
)`;

export const SLOT_STATUSES = ['downloaded', 'skipped', 'missing', 'empty', 'failed'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
