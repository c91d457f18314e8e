/**
 * Every table of the database, as plain data, in one place. `fineline build` creates them all —
 * the curated tables filled from the bundled data, the event-data tables and the fetch log
 * empty — so no reader ever asks whether a table exists. Each definition turns into its
 * CREATE TABLE statement and into the column list DuckDB's JSON reader loads rows with.
 * Tables whose rows do not come from the bundle (`origin` other than 'bundle') are carried
 * over, by name, when the database is rebuilt (replace.ts). Views give analysts and the API
 * the records in the shape of the bundled data (camelCase, sources nested).
 */
import { EpisodeField } from '../domain/source.js';
import { identifier, literal } from './sql.js';

export interface TableDefinition {
  name: string;
  /** What one row is, in a line (shown by `fineline sql --help`). */
  summary: string;
  /** Column name → DuckDB type, in table order. */
  columns: Readonly<Record<string, string>>;
  /** Columns that may not be NULL. */
  required?: readonly string[];
  primaryKey?: readonly string[];
  /**
   * Where the rows come from: the bundled data (rebuilt by every build), ingestion of event
   * files, or `fineline fetch` (both kept across rebuilds).
   */
  origin: 'bundle' | 'ingest' | 'fetch';
  /**
   * For columns added since an earlier schema: how a rebuild fills them from the old table's
   * columns (a SQL expression over the old row) when it carries the table over.
   */
  added?: Readonly<Record<string, string>>;
}

/**
 * The version of this schema, stored in `meta` by every build. A command refuses a database
 * of another version and asks for a rebuild, which keeps the carried tables.
 * 2: every table created by the build (event tables and fetch log included).
 * 3: event_volume keyed by content id, ingest_files records it (issue 14).
 */
export const SCHEMA_VERSION = '3';

const CONFIDENCE =
  'STRUCT(dates VARCHAR, description VARCHAR, "usResponse" VARCHAR, "usInvolvement" VARCHAR, covariates VARCHAR, outcome VARCHAR)';

/**
 * `events`: one row per kept, de-duplicated event (docs/ingest.md).
 * - event_id: the dataset's own id (ICEWS: "<Event ID>|<Event Date>", since Event ID alone
 *   is not unique).
 * - report_date: GDELT DATEADDED, POLECAT Publication Date; NULL for ICEWS.
 * - *_country: CAMEO 3-letter country codes (KOR, JPN, USA, PRK, CHN…), mapped from names
 *   for ICEWS and POLECAT.
 * - plover_score: −10..+10 (PLOVER's intensity scale), NULL where no score is defined.
 */
const EVENTS = {
  name: 'events',
  summary: 'one row per ingested, de-duplicated event (GDELT, ICEWS, POLECAT), normalised',
  origin: 'ingest',
  columns: {
    dataset: 'VARCHAR',
    event_id: 'VARCHAR',
    event_date: 'DATE',
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
    source_file: 'VARCHAR',
    source_row: 'BIGINT',
  },
  required: ['dataset', 'event_id', 'event_date', 'source_file', 'source_row'],
} as const satisfies TableDefinition;

export const TABLES = [
  {
    name: 'meta',
    summary: 'one row per fact about the build: builtAt, finelineVersion, schemaVersion',
    origin: 'bundle',
    columns: { key: 'VARCHAR', value: 'VARCHAR' },
    primaryKey: ['key'],
  },
  {
    name: 'actors',
    summary: 'one row per actor of data/actors.yaml: CAMEO, ISO, FIPS and COW codes, triad role',
    origin: 'bundle',
    columns: {
      cameo: 'VARCHAR',
      name: 'VARCHAR',
      iso3: 'VARCHAR',
      iso2: 'VARCHAR',
      fips: 'VARCHAR',
      cow_code: 'INTEGER',
      cow_abbrev: 'VARCHAR',
      icews_names: 'VARCHAR[]',
      role: 'VARCHAR',
    },
    primaryKey: ['cameo'],
  },
  {
    name: 'sources',
    summary: 'one row per cited source: publisher, title, date, URL',
    origin: 'bundle',
    columns: {
      source_id: 'VARCHAR',
      publisher: 'VARCHAR',
      title: 'VARCHAR',
      date: 'DATE',
      url: 'VARCHAR',
    },
    primaryKey: ['source_id'],
  },
  {
    name: 'episodes',
    summary:
      'one row per episode: dates, kind, issue, US involvement and its rationale, covariates, outcome',
    origin: 'bundle',
    columns: {
      id: 'VARCHAR',
      title: 'VARCHAR',
      start_date: 'DATE',
      end_date: 'DATE',
      kind: 'VARCHAR',
      issue: 'VARCHAR',
      secondary_issues: 'VARCHAR[]',
      description: 'VARCHAR',
      us_response: 'VARCHAR',
      us_actors: 'VARCHAR[]',
      us_involvement: 'INTEGER',
      us_involvement_rationale: 'VARCHAR',
      alternative_level: 'INTEGER',
      alternative_why: 'VARCHAR',
      security_cooperation_at_stake: 'BOOLEAN',
      instruments: 'VARCHAR[]',
      instruments_at_start: 'VARCHAR[]',
      security_cooperation_at_stake_at_start: 'BOOLEAN',
      escalation: 'INTEGER',
      escalation_at_trigger: 'INTEGER',
      north_korea_threat: 'INTEGER',
      outcome: 'VARCHAR',
      confidence: CONFIDENCE,
      notes: 'VARCHAR',
      file: 'VARCHAR',
    },
    primaryKey: ['id'],
  },
  {
    name: 'episode_sources',
    summary: 'one row per source an episode cites, with the fields it supports',
    origin: 'bundle',
    columns: {
      episode_id: 'VARCHAR',
      position: 'INTEGER',
      source_id: 'VARCHAR',
      supports: 'VARCHAR[]',
    },
    primaryKey: ['episode_id', 'position'],
  },
  {
    name: 'chronology',
    summary: 'one row per curated dated event: actor, target, CAMEO code, episode, source',
    origin: 'bundle',
    columns: {
      id: 'VARCHAR',
      date: 'DATE',
      date_precision: 'VARCHAR',
      actor: 'VARCHAR',
      target: 'VARCHAR',
      cameo: 'VARCHAR',
      description: 'VARCHAR',
      issue: 'VARCHAR',
      episode_id: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      file: 'VARCHAR',
      line: 'INTEGER',
    },
    primaryKey: ['id'],
  },
  {
    name: 'cameo_codes',
    summary: 'one row per CAMEO event code: name, Goldstein weight, quad class, PLOVER type',
    origin: 'bundle',
    columns: {
      code: 'VARCHAR',
      name: 'VARCHAR',
      goldstein: 'DOUBLE',
      quad_class: 'INTEGER',
      plover: 'VARCHAR',
      plover_mode: 'VARCHAR',
      plover_contexts: 'VARCHAR[]',
      plover_mapping: 'VARCHAR',
    },
    primaryKey: ['code'],
  },
  {
    name: 'leaders',
    summary: 'one row per term of a leader in the three capitals',
    origin: 'bundle',
    columns: {
      country: 'VARCHAR',
      office: 'VARCHAR',
      name: 'VARCHAR',
      start_date: 'DATE',
      end_date: 'DATE',
      party: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
    },
  },
  {
    name: 'elections',
    summary: 'one row per national election in the three countries',
    origin: 'bundle',
    columns: {
      country: 'VARCHAR',
      date: 'DATE',
      type: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
    },
  },
  {
    name: 'polls',
    summary: 'one row per poll value (Genron NPO / EAI and others)',
    origin: 'bundle',
    columns: {
      year: 'INTEGER',
      pollster: 'VARCHAR',
      respondents: 'VARCHAR',
      measure: 'VARCHAR',
      value: 'DOUBLE',
      series: 'VARCHAR',
      break_note: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
    },
  },
  {
    name: 'nk_tests_monthly',
    summary: 'one row per month from 1984: North Korean missile launches and nuclear tests',
    origin: 'bundle',
    columns: {
      month: 'DATE',
      missile_launches: 'INTEGER',
      nuclear_tests: 'INTEGER',
      confidence: 'VARCHAR',
      note: 'VARCHAR',
    },
    primaryKey: ['month'],
  },
  {
    name: 'us_acts',
    origin: 'bundle',
    summary:
      'one row per dated US act toward the allies: actor, branch, target, level, episode, source',
    columns: {
      id: 'VARCHAR',
      date: 'DATE',
      date_precision: 'VARCHAR',
      actor: 'VARCHAR',
      branch: 'VARCHAR',
      target: 'VARCHAR',
      type: 'VARCHAR',
      level: 'INTEGER',
      episode_id: 'VARCHAR',
      summary: 'VARCHAR',
      quote: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
      file: 'VARCHAR',
      line: 'INTEGER',
    },
    primaryKey: ['id'],
  },
  {
    name: 'instrument_states',
    origin: 'bundle',
    summary:
      'one row per dated state of a security-cooperation instrument (GSOMIA, TISA, exercises…)',
    columns: {
      instrument: 'VARCHAR',
      date: 'DATE',
      date_precision: 'VARCHAR',
      state: 'VARCHAR',
      summary: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
    },
  },
  {
    name: 'nk_provocations',
    origin: 'bundle',
    summary: 'one row per North Korean provocation other than a launch or test, with its severity',
    columns: {
      date: 'DATE',
      date_precision: 'VARCHAR',
      kind: 'VARCHAR',
      summary: 'VARCHAR',
      deaths: 'INTEGER',
      target: 'VARCHAR',
      severity: 'INTEGER',
      severity_basis: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
    },
  },
  {
    name: 'china_series',
    origin: 'bundle',
    summary: "one row per value of one of China's official series near Japan (Senkakus, scrambles)",
    columns: {
      series: 'VARCHAR',
      period: 'VARCHAR',
      value: 'DOUBLE',
      unit: 'VARCHAR',
      definition: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
    },
  },
  {
    name: 'troops',
    origin: 'bundle',
    summary: 'one row per year, ally and count basis: US military personnel in Korea and Japan',
    columns: {
      year: 'INTEGER',
      ally: 'VARCHAR',
      troops: 'INTEGER',
      basis: 'VARCHAR',
      includes_okinawa: 'BOOLEAN',
      is_primary: 'BOOLEAN',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
    },
  },
  {
    name: 'commitment_events',
    origin: 'bundle',
    summary: 'one row per dated US act that reinforces or weakens its commitment to an ally',
    columns: {
      date: 'DATE',
      date_precision: 'VARCHAR',
      ally: 'VARCHAR',
      direction: 'VARCHAR',
      kind: 'VARCHAR',
      summary: 'VARCHAR',
      actor: 'VARCHAR',
      branch: 'VARCHAR',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
      notes: 'VARCHAR',
    },
  },
  EVENTS,
  /**
   * `event_volume`: how many well-formed rows each ingested file held per event date, counted
   * before the actor filter. Indices divide dyad counts by this total so that the growth of
   * the news corpus over the decades does not read as a change in relations. One row per
   * (content_id, event_date); content_id is the SHA-256 of the file's well-formed rows
   * (ingest/scan.ts), so re-ingesting the same events — the same file, its zip, a copy with
   * other line endings — replaces their rows instead of adding to them. Rows carried from a
   * database of schema 2 keep their file's byte hash as content id.
   */
  {
    name: 'event_volume',
    summary:
      'one row per ingested content (rows of a file) and event date: well-formed rows before the actor filter',
    origin: 'ingest',
    columns: { dataset: 'VARCHAR', content_id: 'VARCHAR', event_date: 'DATE', events: 'BIGINT' },
    added: { content_id: 'file_id' },
    required: ['dataset', 'content_id', 'event_date', 'events'],
  },
  /**
   * `ingest_files`: one row per ingested file, keyed by the SHA-256 of its bytes.
   * - path, first_ingested_at: where and when it was first ingested (never overwritten);
   *   last_path, ingested_at: the latest run's.
   * - rows_read … quarantined: the counts of the latest run (kept + filtered + duplicates +
   *   quarantined = rows_read); duplicates broken down by the rule that caught them
   *   (docs/ingest.md). A re-run of a file already in finds every event a duplicate.
   * - kept_total: the events the file has contributed over all its runs; runs: how many.
   */
  {
    name: 'ingest_files',
    summary: 'one row per ingested file (by SHA-256): first and last path, last run counts, totals',
    origin: 'ingest',
    columns: {
      file_id: 'VARCHAR',
      content_id: 'VARCHAR',
      path: 'VARCHAR',
      last_path: 'VARCHAR',
      dataset: 'VARCHAR',
      bytes: 'BIGINT',
      rows_read: 'BIGINT',
      kept: 'BIGINT',
      filtered: 'BIGINT',
      duplicates: 'BIGINT',
      duplicate_ids: 'BIGINT',
      duplicate_twins: 'BIGINT',
      duplicate_repeats: 'BIGINT',
      quarantined: 'BIGINT',
      kept_total: 'BIGINT',
      runs: 'INTEGER',
      actors: 'VARCHAR',
      first_ingested_at: 'TIMESTAMP',
      ingested_at: 'TIMESTAMP',
      seconds: 'DOUBLE',
    },
    added: { last_path: 'path', kept_total: 'kept', runs: '1', content_id: 'file_id' },
    required: [
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
    ],
    primaryKey: ['file_id'],
  },
  /**
   * `quarantine`: rows that could not be read, with where they were and why, and their raw
   * bytes so that nothing is lost. One row per (file_id, line): re-ingesting adds nothing.
   */
  {
    name: 'quarantine',
    summary: 'one row per malformed event row: file, line, reason and raw bytes',
    origin: 'ingest',
    columns: {
      file_id: 'VARCHAR',
      source_file: 'VARCHAR',
      dataset: 'VARCHAR',
      line: 'BIGINT',
      reason: 'VARCHAR',
      raw: 'BLOB',
    },
    required: ['source_file', 'dataset', 'reason', 'raw'],
    primaryKey: ['file_id', 'line'],
  },
  /**
   * `fetch_log`: one row per expected slot per `fineline fetch` run — what happened to it and
   * why. It is the written account that no slot was lost silently, and it tells the next run
   * which verified files were already ingested (so a re-run ingests nothing twice).
   * - version: GDELT version (1 or 2).
   * - slot: the file's date stamp (`20191024143000`; v1 `1979`, `200601`, `20130401`).
   * - url: the file's URL on the server fetched from (the base URL may be a mirror).
   * - status: one of SLOT_STATUSES (src/domain/event-data.ts).
   * - bytes, md5: size and MD5 of the file on disk; for a failed download, of the bad bytes.
   * - reason: why a slot is missing, empty or failed, with both checksums on a mismatch.
   * - fetched_at: when the run recorded it (UTC).
   * - ingested_at: when this file (this slot with this MD5) went through ingestion; NULL if not.
   */
  {
    name: 'fetch_log',
    summary: 'one row per expected GDELT file per fetch run: status, size, MD5, reason',
    origin: 'fetch',
    columns: {
      version: 'TINYINT',
      slot: 'VARCHAR',
      url: 'VARCHAR',
      status: 'VARCHAR',
      bytes: 'BIGINT',
      md5: 'VARCHAR',
      reason: 'VARCHAR',
      fetched_at: 'TIMESTAMP',
      ingested_at: 'TIMESTAMP',
    },
    required: ['version', 'slot', 'url', 'status', 'fetched_at'],
  },
] as const satisfies readonly TableDefinition[];

export type Table = (typeof TABLES)[number];
export type TableName = Table['name'];
/** The tables filled from the bundled data by every build. */
export type BundleTableName = Extract<Table, { origin: 'bundle' }>['name'];

/** The names of `events`' columns, in table order (for INSERT column lists). */
export const EVENT_COLUMN_NAMES = Object.keys(EVENTS.columns) as (keyof typeof EVENTS.columns)[];

export function table(name: TableName): TableDefinition {
  const found = TABLES.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name} in the schema`);
  return found;
}

/** The tables whose rows a rebuild keeps (origin other than the bundle), in creation order. */
export const CARRIED_TABLES: readonly TableDefinition[] = TABLES.filter(
  (t: TableDefinition) => t.origin !== 'bundle',
);

export function createTableSql(definition: TableDefinition): string {
  const required = new Set<string>([
    ...(definition.required ?? []),
    ...(definition.primaryKey ?? []),
  ]);
  const columns = Object.entries(definition.columns).map(
    ([name, type]) => `${identifier(name)} ${type}${required.has(name) ? ' NOT NULL' : ''}`,
  );
  if (definition.primaryKey !== undefined) {
    columns.push(`PRIMARY KEY (${definition.primaryKey.map(identifier).join(', ')})`);
  }
  return `CREATE TABLE ${identifier(definition.name)} (\n  ${columns.join(',\n  ')}\n);`;
}

/** The `columns` argument of read_json / read_csv for this table. */
export function columnsArgumentSql(definition: TableDefinition): string {
  const entries = Object.entries(definition.columns).map(
    ([name, type]) => `${literal(name)}: ${literal(type)}`,
  );
  return `{${entries.join(', ')}}`;
}

/** The views, by name, with what a row is (shown by `fineline sql --help`). */
export const VIEW_SUMMARIES: Readonly<Record<string, string>> = {
  us_act_records: 'US acts with their sources nested (the export of `fineline export us-acts`)',
  instrument_records: 'one row per instrument with its dated states nested',
  troop_records: 'US troops per year and ally, every count with its basis and source',
  commitment_event_records: 'US commitment events per ally with their sources nested',
  episode_records: 'episodes in the shape of the bundled files (camelCase, sources nested)',
  episode_confidence: 'one row per episode and field: verified or unverified',
  chronology_records: 'chronology events with CAMEO name, Goldstein, PLOVER type and source',
};

/** A cited source as the record views nest it. */
const SOURCE_STRUCT = `{'title': s.title, 'publisher': s.publisher, 'date': strftime(s.date, '%Y-%m-%d'), 'url': s.url}`;

/** Views over the tables, created after loading. */
export const VIEWS = [
  `CREATE VIEW episode_records AS
SELECT
  e.id, e.title, strftime(e.start_date, '%Y-%m-%d') AS "start",
  strftime(e.end_date, '%Y-%m-%d') AS "end", e.kind, e.issue,
  e.secondary_issues AS "secondaryIssues", e.description,
  e.us_response AS "usResponse", e.us_actors AS "usActors",
  e.us_involvement AS "usInvolvement", e.us_involvement_rationale AS "usInvolvementRationale",
  e.alternative_level AS "alternativeLevel", e.alternative_why AS "alternativeWhy",
  e.security_cooperation_at_stake AS "securityCooperationAtStake", e.instruments,
  e.instruments_at_start AS "instrumentsAtStart",
  e.security_cooperation_at_stake_at_start AS "securityCooperationAtStakeAtStart",
  e.escalation, e.escalation_at_trigger AS "escalationAtTrigger",
  e.north_korea_threat AS "northKoreaThreat", e.outcome,
  (SELECT list({'title': s.title, 'publisher': s.publisher,
                'date': strftime(s.date, '%Y-%m-%d'), 'url': s.url, 'supports': es.supports}
               ORDER BY es.position)
     FROM episode_sources es JOIN sources s USING (source_id)
    WHERE es.episode_id = e.id) AS sources,
  e.confidence, e.notes
FROM episodes e`,
  `CREATE VIEW episode_confidence AS
${EpisodeField.options
  .map(
    (field) =>
      `SELECT id AS episode_id, ${literal(field)} AS field, confidence.${identifier(field)} AS confidence FROM episodes`,
  )
  .join('\nUNION ALL\n')}`,
  `CREATE VIEW chronology_records AS
SELECT c.id, strftime(c.date, '%Y-%m-%d') AS date, c.date_precision AS "datePrecision",
  c.actor, c.target, c.cameo, k.name AS "cameoName", k.goldstein, k.quad_class AS "quadClass",
  k.plover, k.plover_mode AS "ploverMode", k.plover_contexts AS "ploverContexts",
  c.description, c.issue, c.episode_id AS episode,
  {'title': s.title, 'publisher': s.publisher, 'date': strftime(s.date, '%Y-%m-%d'),
   'url': s.url} AS source,
  c.confidence
FROM chronology c JOIN sources s USING (source_id) LEFT JOIN cameo_codes k ON k.code = c.cameo`,
  `CREATE VIEW us_act_records AS
SELECT a.id, strftime(a.date, '%Y-%m-%d') AS date, a.date_precision AS "datePrecision",
  a.actor, a.branch, a.target, a.type, a.level, a.episode_id AS episode, a.summary, a.quote,
  ${SOURCE_STRUCT} AS source, a.confidence, a.notes
FROM us_acts a JOIN sources s USING (source_id)`,
  `CREATE VIEW instrument_records AS
SELECT i.instrument,
  list({'date': strftime(i.date, '%Y-%m-%d'), 'datePrecision': i.date_precision,
        'state': i.state, 'summary': i.summary, 'source': ${SOURCE_STRUCT},
        'confidence': i.confidence, 'notes': i.notes} ORDER BY i.date, i.state) AS states
FROM instrument_states i JOIN sources s USING (source_id)
GROUP BY i.instrument`,
  `CREATE VIEW troop_records AS
SELECT t.year, t.ally, t.troops, t.basis, t.includes_okinawa AS "includesOkinawa",
  t.is_primary AS "primary", ${SOURCE_STRUCT} AS source, t.confidence, t.notes
FROM troops t JOIN sources s USING (source_id)`,
  `CREATE VIEW commitment_event_records AS
SELECT strftime(e.date, '%Y-%m-%d') AS date, e.date_precision AS "datePrecision", e.ally,
  e.direction, e.kind, e.summary, e.actor, e.branch, ${SOURCE_STRUCT} AS source, e.confidence, e.notes
FROM commitment_events e JOIN sources s USING (source_id)`,
];
