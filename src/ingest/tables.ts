/**
 * The event-data tables, shared by ingestion (which writes them), the relations indices and
 * the US-involvement signal (which read them), and `fineline build` (which carries them over
 * when it rebuilds the curated tables). One normalised `events` table holds every dataset.
 */

/** Datasets Fineline reads. */
export const DATASETS = ['gdelt1', 'gdelt2', 'icews', 'polecat'] as const;
export type Dataset = (typeof DATASETS)[number];

/**
 * `events`: one row per kept, de-duplicated event.
 * - event_id: the dataset's own id (ICEWS: "<Event ID>|<Event Date>", since Event ID alone
 *   is not unique).
 * - report_date: GDELT DATEADDED, POLECAT Publication Date; NULL for ICEWS.
 * - *_country: CAMEO 3-letter country codes (KOR, JPN, USA, PRK, CHN…), mapped from names
 *   for ICEWS and POLECAT.
 * - plover_score: −10..+10 (PLOVER's intensity scale), NULL where no score is defined.
 */
export const EVENTS_COLUMNS = {
  dataset: 'VARCHAR NOT NULL',
  event_id: 'VARCHAR NOT NULL',
  event_date: 'DATE NOT NULL',
  report_date: 'DATE',
  source_actor: 'VARCHAR',
  source_country: 'VARCHAR',
  target_actor: 'VARCHAR',
  target_country: 'VARCHAR',
  cameo_code: 'VARCHAR',
  cameo_root: 'VARCHAR',
  quad_class: 'TINYINT',
  goldstein: 'DOUBLE',
  plover_type: 'VARCHAR',
  plover_score: 'DOUBLE',
  mentions: 'INTEGER',
  sources: 'INTEGER',
  articles: 'INTEGER',
  tone: 'DOUBLE',
  url: 'VARCHAR',
  source_file: 'VARCHAR NOT NULL',
  source_row: 'BIGINT NOT NULL',
} as const;

/** The names of `events`' columns, in table order (for INSERT column lists). */
export const EVENT_COLUMN_NAMES = Object.keys(EVENTS_COLUMNS) as (keyof typeof EVENTS_COLUMNS)[];

export const EVENTS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS events (
${Object.entries(EVENTS_COLUMNS)
  .map(([name, type]) => `  ${name} ${type}`)
  .join(',\n')}
)`;

/**
 * `event_volume`: how many well-formed rows each ingested file held per event date, counted
 * before the actor filter. Indices divide dyad counts by this total so that the growth of the
 * news corpus over the decades does not read as a change in relations. One row per
 * (file_id, event_date); file_id is the SHA-256 of the file's bytes, so re-ingesting a file
 * replaces its rows instead of adding to them.
 */
export const EVENT_VOLUME_TABLE_SQL = `CREATE TABLE IF NOT EXISTS event_volume (
  dataset VARCHAR NOT NULL,
  file_id VARCHAR NOT NULL,
  event_date DATE NOT NULL,
  events BIGINT NOT NULL
)`;

/**
 * `ingest_files`: one row per ingested file, keyed by the SHA-256 of its bytes, with the
 * counts of its latest ingestion (kept + filtered + duplicates + quarantined = rows_read).
 * Duplicates are broken down by the rule that caught them (docs/ingest.md).
 */
export const INGEST_FILES_TABLE_SQL = `CREATE TABLE IF NOT EXISTS ingest_files (
  file_id VARCHAR PRIMARY KEY,
  path VARCHAR NOT NULL,
  dataset VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  rows_read BIGINT NOT NULL,
  kept BIGINT NOT NULL,
  filtered BIGINT NOT NULL,
  duplicates BIGINT NOT NULL,
  duplicate_ids BIGINT NOT NULL,
  duplicate_twins BIGINT NOT NULL,
  duplicate_repeats BIGINT NOT NULL,
  quarantined BIGINT NOT NULL,
  actors VARCHAR NOT NULL,
  first_ingested_at TIMESTAMP NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  seconds DOUBLE NOT NULL
)`;

/**
 * `quarantine`: rows that could not be read, with where they were and why, and their raw
 * bytes so that nothing is lost. One row per (file_id, line): re-ingesting adds nothing.
 */
export const QUARANTINE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS quarantine (
  file_id VARCHAR NOT NULL,
  source_file VARCHAR NOT NULL,
  dataset VARCHAR NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR NOT NULL,
  raw BLOB NOT NULL,
  PRIMARY KEY (file_id, line)
)`;

/** Every event-data table, in creation order. */
export const EVENT_TABLES_SQL = [
  EVENTS_TABLE_SQL,
  EVENT_VOLUME_TABLE_SQL,
  INGEST_FILES_TABLE_SQL,
  QUARANTINE_TABLE_SQL,
] as const;
