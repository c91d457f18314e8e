/**
 * The database's tables as plain data: one definition turns into the CREATE TABLE statement
 * and into the column list DuckDB's JSON reader loads rows with. Views give analysts and the
 * API the records in the shape of the bundled data (camelCase, sources nested).
 */
import { EpisodeField } from '../domain/source.js';

export interface TableDefinition {
  name: string;
  columns: Readonly<Record<string, string>>;
  primaryKey?: readonly string[];
}

const CONFIDENCE =
  'STRUCT(dates VARCHAR, description VARCHAR, "usResponse" VARCHAR, "usInvolvement" VARCHAR, covariates VARCHAR, outcome VARCHAR)';

export const TABLES = [
  {
    name: 'meta',
    columns: { key: 'VARCHAR', value: 'VARCHAR' },
    primaryKey: ['key'],
  },
  {
    name: 'actors',
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
      escalation: 'INTEGER',
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
    columns: {
      year: 'INTEGER',
      pollster: 'VARCHAR',
      respondents: 'VARCHAR',
      measure: 'VARCHAR',
      value: 'DOUBLE',
      source_id: 'VARCHAR',
      confidence: 'VARCHAR',
    },
  },
  {
    name: 'nk_tests_monthly',
    columns: {
      month: 'DATE',
      missile_launches: 'INTEGER',
      nuclear_tests: 'INTEGER',
      confidence: 'VARCHAR',
      note: 'VARCHAR',
    },
    primaryKey: ['month'],
  },
] as const satisfies readonly TableDefinition[];

export type TableName = (typeof TABLES)[number]['name'];

export function createTableSql(table: TableDefinition): string {
  const columns = Object.entries(table.columns).map(([name, type]) => `"${name}" ${type}`);
  if (table.primaryKey !== undefined) {
    columns.push(`PRIMARY KEY (${table.primaryKey.map((c) => `"${c}"`).join(', ')})`);
  }
  return `CREATE TABLE "${table.name}" (\n  ${columns.join(',\n  ')}\n);`;
}

/** The `columns` argument of read_json for this table. */
export function jsonColumnsSql(table: TableDefinition): string {
  const entries = Object.entries(table.columns).map(
    ([name, type]) => `'${name}': '${type.replaceAll("'", "''")}'`,
  );
  return `{${entries.join(', ')}}`;
}

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
  e.escalation, e.north_korea_threat AS "northKoreaThreat", e.outcome,
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
      `SELECT id AS episode_id, '${field}' AS field, confidence."${field}" AS confidence FROM episodes`,
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
];
