/**
 * The SQL half of ingestion: a batch of scanned files of one format is loaded in one
 * transaction — staged rows read in bulk, normalised by the reader's SELECT, de-duplicated,
 * and written to `events`, `quarantine`, `event_volume` and `ingest_files`. Any failure rolls
 * the whole batch back; the caller then loads its files one by one, so that a file that
 * fails leaves the database as it was before that file and the others still go in.
 *
 * De-duplication (docs/ingest.md), in order, earlier files and lines first:
 * 1. key: (dataset, event_id) — a row whose id is already in `events`, or came earlier in
 *    the batch, is a duplicate ("id").
 * 2. story: rows from one URL with the same event date, CAMEO code and pair of actors are one
 *    story event. The first is kept; a later one in the same direction is a "repeat", one in
 *    the opposite direction (B→A after A→B) a "twin". An event already in `events` for the
 *    same story wins over every new row. Rows without a URL (ICEWS, POLECAT, GDELT 1.0
 *    back-files) are de-duplicated by key only.
 */
import { PLOVER_SCORES } from '../domain/plover.js';
import type { Database } from '../store/database.js';
import { EVENT_COLUMN_NAMES } from '../store/schema.js';
import { literal } from '../store/sql.js';
import type { Reader, SqlContext } from './reader.js';

/** A file after its streaming pass, with its staging files, waiting to be loaded. */
export interface ScannedFile {
  file: string;
  /** SHA-256 of the file's bytes. */
  fileId: string;
  /** SHA-256 of its well-formed rows (scan.ts): the same events in any byte form. */
  contentId: string;
  bytes: number;
  reader: Reader;
  stagedPath: string;
  quarantinePath: string;
  volumePath: string;
  rowsRead: number;
  filtered: number;
  quarantined: number;
  startedAt: Date;
}

export interface LoadContext {
  sql: SqlContext;
  /** The actor set as recorded in `ingest_files`: "CHN,JPN,…" or "all". */
  actors: string;
  now: () => Date;
  /** Called, for each file of the batch, between the statements of the transaction. */
  step: (file: string, name: string) => Promise<void> | void;
}

export interface LoadCounts {
  /** The file (these exact bytes) was ingested before this run, or earlier in this batch. */
  seenBefore: boolean;
  kept: number;
  duplicateIds: number;
  duplicateTwins: number;
  duplicateRepeats: number;
}

/** Loads files that share one reader; resolves to their counts, in order. */
export async function loadBatch(
  db: Database,
  files: readonly ScannedFile[],
  context: LoadContext,
): Promise<LoadCounts[]> {
  const [first] = files;
  if (first === undefined) return [];
  const reader = first.reader;
  const dataset = literal(reader.dataset);
  const step = async (name: string) => {
    for (const file of files) await context.step(file.file, name);
  };
  const batch = files.map(
    (f, i) =>
      `(${i}, ${literal(f.stagedPath)}, ${literal(f.quarantinePath)}, ${literal(f.volumePath)}, ${literal(f.fileId)}, ${literal(f.contentId)}, ${literal(f.file)})`,
  );
  const paths = (pick: (f: ScannedFile) => string) =>
    `[${files.map((f) => literal(pick(f))).join(', ')}]`;
  const stagedColumns = `{'line': 'BIGINT', 'event_date': 'DATE', ${reader.staged.map((k) => `'c${k}': 'VARCHAR'`).join(', ')}}`;

  await db.run('BEGIN TRANSACTION');
  try {
    await db.run(`CREATE OR REPLACE TEMP TABLE plover_scores AS ${ploverScoresSql()}`);
    await db.run(`CREATE OR REPLACE TEMP TABLE batch AS
SELECT * FROM (VALUES ${batch.join(', ')})
  AS b(file_index, staged_path, quarantine_path, volume_path, file_id, content_id, source_file)`);
    await db.run(`CREATE OR REPLACE TEMP TABLE normalised AS
WITH staged AS (
  SELECT b.file_index, s.* EXCLUDE (filename)
  FROM ${tsv(
    paths((f) => f.stagedPath),
    stagedColumns,
  )} s
  JOIN batch b ON b.staged_path = s.filename
)
${reader.normalise(context.sql)}`);
    await db.run(`CREATE OR REPLACE TEMP TABLE judged AS ${judgeSql(dataset)}`);
    await step('judged');
    await db.run(eventsSql(dataset));
    await step('events');
    await db.run(`INSERT OR IGNORE INTO quarantine
SELECT b.file_id, b.source_file, ${dataset}, q.line, q.reason, from_base64(q.raw)
FROM ${tsv(
      paths((f) => f.quarantinePath),
      "{'line': 'BIGINT', 'reason': 'VARCHAR', 'raw': 'VARCHAR'}",
    )} q
JOIN batch b ON b.quarantine_path = q.filename`);
    await step('quarantine');
    // Keyed by content: the same rows in another byte form replace their volume, never add.
    await db.run(`DELETE FROM event_volume WHERE content_id IN (SELECT content_id FROM batch)`);
    await db.run(`INSERT INTO event_volume
SELECT ${dataset}, b.content_id, v.event_date, v.events
FROM ${tsv(
      paths((f) => f.volumePath),
      "{'event_date': 'DATE', 'events': 'BIGINT'}",
    )} v
JOIN (SELECT DISTINCT ON (content_id) * FROM batch ORDER BY content_id, file_index) b
  ON b.volume_path = v.filename`);
    await step('volume');
    const counts = await verdicts(db, files);
    await db.run(ingestFilesSql(files, counts, context));
    await step('files');
    await db.run('COMMIT');
    return counts;
  } catch (error) {
    await db.run('ROLLBACK');
    throw error;
  } finally {
    await db.run(
      'DROP TABLE IF EXISTS judged; DROP TABLE IF EXISTS normalised; DROP TABLE IF EXISTS batch; DROP TABLE IF EXISTS plover_scores',
    );
  }
}

/** The verdict on every normalised row: kept, or which kind of duplicate. */
function judgeSql(dataset: string): string {
  const order = 'ORDER BY file_index, source_row';
  const pair = (a: string, b: string) => `least(${a}, ${b}), greatest(${a}, ${b})`;
  return `WITH fresh AS (
  SELECT n.*, coalesce(source_actor, '') AS a, coalesce(target_actor, '') AS b
  FROM normalised n
  WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = ${dataset} AND e.event_id = n.event_id)
  QUALIFY row_number() OVER (PARTITION BY event_id ${order}) = 1
),
stories AS (
  SELECT file_index, source_row, a,
    first_value(a) OVER story AS lead_a,
    row_number() OVER story AS story_rank
  FROM fresh
  WHERE url IS NOT NULL
  WINDOW story AS (PARTITION BY url, event_date, coalesce(cameo_code, ''), ${pair('a', 'b')} ${order})
),
told AS (
  SELECT f.file_index, f.source_row, bool_or(coalesce(e.source_actor, '') = f.a) AS same_direction
  FROM fresh f JOIN events e
    ON e.dataset = ${dataset} AND e.url = f.url AND e.event_date = f.event_date
   AND coalesce(e.cameo_code, '') = coalesce(f.cameo_code, '')
   AND least(coalesce(e.source_actor, ''), coalesce(e.target_actor, '')) = least(f.a, f.b)
   AND greatest(coalesce(e.source_actor, ''), coalesce(e.target_actor, '')) = greatest(f.a, f.b)
  GROUP BY ALL
)
SELECT n.file_index, n.source_row,
  CASE
    WHEN f.source_row IS NULL THEN 'duplicate_id'
    WHEN t.source_row IS NOT NULL THEN CASE WHEN t.same_direction THEN 'duplicate_repeat' ELSE 'duplicate_twin' END
    WHEN s.source_row IS NULL OR s.story_rank = 1 THEN 'kept'
    WHEN s.a = s.lead_a THEN 'duplicate_repeat'
    ELSE 'duplicate_twin'
  END AS verdict
FROM normalised n
LEFT JOIN fresh f USING (file_index, source_row)
LEFT JOIN stories s USING (file_index, source_row)
LEFT JOIN told t USING (file_index, source_row)`;
}

/** The kept rows in the shape of `events`, with CAMEO → PLOVER and PLOVER scores joined. */
function eventsSql(dataset: string): string {
  const type = 'coalesce(n.plover_type, k.plover)';
  const mode = 'coalesce(n.plover_mode, k.plover_mode)';
  const scored = `CASE ${type} WHEN 'DEMAND' THEN 'REQUEST' ELSE ${type} END`;
  return `INSERT INTO events (${EVENT_COLUMN_NAMES.join(', ')})
SELECT ${dataset}, n.event_id, n.event_date, n.report_date,
  n.source_actor, n.source_country, n.target_actor, n.target_country,
  n.cameo_code, n.cameo_root, coalesce(n.quad_class, k.quad_class), n.goldstein,
  ${type}, coalesce(by_mode.score, by_type.score),
  n.mentions, n.sources, n.articles, n.tone, n.url, b.source_file, n.source_row
FROM normalised n
JOIN judged j USING (file_index, source_row)
JOIN batch b USING (file_index)
LEFT JOIN cameo_codes k ON k.code = n.cameo_code
LEFT JOIN plover_scores by_mode ON by_mode.type = ${scored} AND by_mode.mode = ${mode}
LEFT JOIN plover_scores by_type ON by_type.type = ${scored} AND by_type.mode IS NULL
WHERE j.verdict = 'kept'`;
}

/** PLOVER's score table (src/domain/plover.ts) as a VALUES list. */
function ploverScoresSql(): string {
  const rows = PLOVER_SCORES.map(
    (s) =>
      `(${literal(s.type)}, ${s.mode === null ? 'NULL' : literal(s.mode)}, ${s.score ?? 'NULL'}::DOUBLE)`,
  );
  return `SELECT * FROM (VALUES ${rows.join(', ')}) AS plover(type, mode, score)`;
}

async function verdicts(db: Database, files: readonly ScannedFile[]): Promise<LoadCounts[]> {
  const rows = await db.query(
    'SELECT file_index, verdict, count(*)::INTEGER AS n FROM judged GROUP BY ALL',
  );
  const known = new Set(
    (
      await db.query(
        'SELECT file_id FROM ingest_files WHERE file_id IN (SELECT file_id FROM batch)',
      )
    ).map((row) => String(row.file_id)),
  );
  return files.map((file, i) => {
    const n = (verdict: string) =>
      Number(rows.find((r) => r.file_index === i && r.verdict === verdict)?.n ?? 0);
    const seenBefore = known.has(file.fileId);
    known.add(file.fileId);
    return {
      seenBefore,
      kept: n('kept'),
      duplicateIds: n('duplicate_id'),
      duplicateTwins: n('duplicate_twin'),
      duplicateRepeats: n('duplicate_repeat'),
    };
  });
}

/**
 * One row per file, upserted: a file new to the database gets its first path and time; a
 * file seen before keeps them, and gets the latest run's counts and path, its kept events
 * added to its total and its runs counted. A file given twice in a batch is recorded as its
 * last copy, with the kept events of both.
 */
function ingestFilesSql(
  files: readonly ScannedFile[],
  counts: readonly LoadCounts[],
  context: LoadContext,
): string {
  const now = context.now();
  const at = `${literal(now.toISOString())}::TIMESTAMP`;
  const rows = files.map((file, i) => {
    const c = counts[i] as LoadCounts;
    const values: Record<(typeof INGEST_FILES_COLUMNS)[number], string | number> = {
      file_id: literal(file.fileId),
      content_id: literal(file.contentId),
      path: literal(file.file),
      last_path: literal(file.file),
      dataset: literal(file.reader.dataset),
      bytes: file.bytes,
      rows_read: file.rowsRead,
      kept: c.kept,
      filtered: file.filtered,
      duplicates: c.duplicateIds + c.duplicateTwins + c.duplicateRepeats,
      duplicate_ids: c.duplicateIds,
      duplicate_twins: c.duplicateTwins,
      duplicate_repeats: c.duplicateRepeats,
      quarantined: file.quarantined,
      kept_total: c.kept,
      runs: 1,
      actors: literal(context.actors),
      first_ingested_at: at,
      ingested_at: at,
      seconds: (now.getTime() - file.startedAt.getTime()) / 1000,
    };
    return `(${i}, ${INGEST_FILES_COLUMNS.map((column) => values[column]).join(', ')})`;
  });
  const totals = `sum(kept_total) OVER f AS kept_total, count(*) OVER f AS runs,
    first_value(path) OVER (f ORDER BY i) AS path`;
  const latest = INGEST_FILES_COLUMNS.filter(
    (c) => c !== 'kept_total' && c !== 'runs' && c !== 'path',
  );
  const updated = latest.filter((c) => c !== 'file_id' && c !== 'first_ingested_at');
  return `INSERT INTO ingest_files (${INGEST_FILES_COLUMNS.join(', ')})
SELECT ${INGEST_FILES_COLUMNS.join(', ')} FROM (
  SELECT ${latest.join(', ')}, ${totals}, i
  FROM (VALUES ${rows.join(', ')}) AS v(i, ${INGEST_FILES_COLUMNS.join(', ')})
  WINDOW f AS (PARTITION BY file_id)
  QUALIFY row_number() OVER (PARTITION BY file_id ORDER BY i DESC) = 1
)
ON CONFLICT (file_id) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')},
  kept_total = ingest_files.kept_total + excluded.kept_total,
  runs = ingest_files.runs + excluded.runs`;
}

const INGEST_FILES_COLUMNS = [
  'file_id',
  'content_id',
  'path',
  'last_path',
  'dataset',
  'bytes',
  'rows_read',
  'kept',
  'filtered',
  'duplicates',
  'duplicate_ids',
  'duplicate_twins',
  'duplicate_repeats',
  'quarantined',
  'kept_total',
  'runs',
  'actors',
  'first_ingested_at',
  'ingested_at',
  'seconds',
] as const;

/** read_csv of files Fineline wrote: tab-separated, no header, no quoting, fixed columns. */
function tsv(paths: string, columns: string): string {
  return `read_csv(${paths}, delim = '\t', header = false, quote = '', escape = '', auto_detect = false, filename = true, columns = ${columns})`;
}
