/**
 * The hostile SQL corpus (issue 14): statements an analyst — or a page that can reach the
 * local API — might send to `fineline sql` or `POST /api/store/read-only`, generated from a
 * short list of dangerous statements and of ways to hide them, with what must happen to each.
 * `npx tsx scripts/hostile-corpus.ts` writes it to test/hostile/sql.cases.json, which
 * test/hostile/sql.test.ts runs; the test also checks the file is what this generates.
 *
 * Placeholders: `{OUT}` is a path in a fresh temporary folder that must still not exist
 * afterwards, `{DB}` the database file itself (a write there would destroy it).
 */

export interface SqlCase {
  id: string;
  sql: string;
  /** `refuse`: a ReadOnlyError whose message matches `message`; `rows`: the query answers. */
  expect: 'refuse' | 'rows';
  /** A regular expression the refusal's message must match. */
  message?: string;
  why: string;
}

const NOT_A_QUERY = 'is read-only: it runs queries';
const NOT_OUR_TABLE = "reads the database's own tables and views";
const NO_TABLE_FUNCTION = 'does not run the table function';

/** Statements that change the database, the files, the settings or the network. */
const STATEMENTS: [string, string, string, string?][] = [
  ['insert', "INSERT INTO meta VALUES ('x', 'y')", 'writes a row'],
  ['insert-or-replace', "INSERT OR REPLACE INTO meta VALUES ('schema', 'x')", 'overwrites a row'],
  ['update', "UPDATE episodes SET title = 'x'", 'changes rows'],
  ['delete', 'DELETE FROM episodes', 'deletes rows'],
  ['truncate', 'TRUNCATE episodes', 'empties a table'],
  ['drop-table', 'DROP TABLE episodes', 'drops a table'],
  ['drop-view', 'DROP VIEW episode_records', 'drops a view'],
  ['create-table', 'CREATE TABLE t AS SELECT * FROM episodes', 'creates a table'],
  ['create-temp', 'CREATE TEMP TABLE t (x INTEGER)', 'creates a temporary table'],
  ['create-view', 'CREATE VIEW v AS SELECT 1', 'creates a view'],
  ['create-macro', 'CREATE MACRO m(x) AS x + 1', 'creates a macro'],
  ['create-sequence', 'CREATE SEQUENCE s', 'creates a sequence'],
  ['create-index', 'CREATE INDEX i ON episodes (id)', 'creates an index'],
  [
    'create-secret',
    "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'v')",
    'stores a credential (and would install httpfs)',
  ],
  ['alter', 'ALTER TABLE episodes ADD COLUMN x INTEGER', 'changes a table'],
  ['comment', "COMMENT ON TABLE episodes IS 'x'", 'changes the catalog'],
  ['copy-out', "COPY episodes TO '{OUT}'", 'writes a file'],
  ['copy-over-db', "COPY episodes TO '{DB}' (FORMAT csv)", 'overwrites the database file'],
  ['copy-in', "COPY meta FROM '/etc/hostname'", 'reads a file into a table'],
  ['copy-database', 'COPY FROM DATABASE memory TO memory', 'copies a database'],
  ['export', "EXPORT DATABASE '{OUT}'", 'writes a folder of files'],
  ['import', "IMPORT DATABASE '/tmp'", 'reads files into tables'],
  ['attach', "ATTACH '{OUT}' AS other", 'creates and opens another database file'],
  ['detach', 'DETACH memory', 'changes the catalogs'],
  ['use', 'USE memory', 'changes the default catalog'],
  ['set', 'SET enable_external_access = true', 'changes a setting'],
  ['set-directory', "SET temp_directory = '{OUT}'", 'points spills at a chosen folder'],
  ['reset', 'RESET threads', 'changes a setting'],
  ['pragma', 'PRAGMA enable_profiling', 'changes a setting'],
  ['pragma-output', "PRAGMA profiling_output = '{OUT}'", 'writes profiles to a file'],
  ['call-checkpoint', 'CALL checkpoint()', 'writes the database file'],
  ['checkpoint', 'FORCE CHECKPOINT', 'writes the database file'],
  ['vacuum', 'VACUUM', 'rewrites storage'],
  ['analyze', 'ANALYZE', 'writes statistics'],
  ['install', 'INSTALL httpfs', 'downloads an extension'],
  [
    'force-install',
    "FORCE INSTALL httpfs FROM 'http://127.0.0.1:9/'",
    'downloads from a chosen server',
  ],
  ['load', "LOAD '{OUT}'", 'loads a shared library'],
  ['update-extensions', 'UPDATE EXTENSIONS', 'downloads extensions'],
  ['begin', 'BEGIN TRANSACTION', 'holds a transaction open'],
  ['prepare', 'PREPARE p AS DELETE FROM episodes', 'stores a write for later'],
  ['execute', 'EXECUTE p', 'runs a stored statement'],
];

/** Ways a statement is sent so that a check of the first keyword would miss it. */
const WRAPPERS: [string, (sql: string) => string][] = [
  ['plain', (sql) => sql],
  ['explain-analyze', (sql) => `EXPLAIN ANALYZE ${sql}`],
  ['explain-options', (sql) => `/* a comment */ explain (analyze, format json) ${sql}`],
];

/** Reads outside the database, each in a query that parses as a SELECT. */
const READERS: [string, string, string][] = [
  ['read-csv', "read_csv('/etc/passwd')", NO_TABLE_FUNCTION],
  ['read-csv-auto', "read_csv_auto('/etc/passwd')", NO_TABLE_FUNCTION],
  ['read-text', "read_text('/etc/passwd')", NO_TABLE_FUNCTION],
  ['read-blob', "read_blob('{DB}')", NO_TABLE_FUNCTION],
  ['read-json', "read_json('/etc/passwd')", NO_TABLE_FUNCTION],
  ['read-parquet-http', "read_parquet('http://127.0.0.1:9/x.parquet')", NO_TABLE_FUNCTION],
  ['glob', "glob('/*')", NO_TABLE_FUNCTION],
  ['sniff', "sniff_csv('/etc/passwd')", NO_TABLE_FUNCTION],
  ['query', "query('DELETE FROM episodes')", NO_TABLE_FUNCTION],
  ['query-table', "query_table('episodes')", NO_TABLE_FUNCTION],
  ['secrets', 'duckdb_secrets()', NO_TABLE_FUNCTION],
  ['checkpoint-function', 'checkpoint()', NO_TABLE_FUNCTION],
  ['replacement-file', "'/etc/passwd'", NOT_OUR_TABLE],
  ['replacement-url', "'http://127.0.0.1:9/x.csv'", NOT_OUR_TABLE],
  ['other-catalog', 'system.main.duckdb_settings', NOT_OUR_TABLE],
  ['temp-catalog', 'temp.main.t', NOT_OUR_TABLE],
];

/** Places a reader can sit in a query. */
const PLACES: [string, (from: string) => string][] = [
  ['from', (from) => `SELECT * FROM ${from}`],
  ['subquery', (from) => `SELECT (SELECT count(*) FROM ${from}) AS n`],
  ['cte', (from) => `WITH x AS MATERIALIZED (SELECT * FROM ${from}) SELECT count(*) FROM x`],
  ['union', (from) => `SELECT id::VARCHAR AS v FROM episodes UNION ALL SELECT 'x' FROM ${from}`],
  ['explain-analyze', (from) => `EXPLAIN ANALYZE SELECT * FROM ${from}`],
];

/** Scalar functions that change state or wait. */
const SCALARS: [string, string][] = [
  ['nextval', "SELECT nextval('s')"],
  ['setseed', 'SELECT setseed(0.5)'],
  ['sleep', 'SELECT sleep_ms(600000)'],
  ['pg-sleep', 'SELECT pg_sleep(600)'],
  ['write-log', "SELECT write_log('x')"],
];

/** Queries that must keep working. */
const QUERIES: [string, string][] = [
  ['count', 'SELECT count(*) AS n FROM episodes'],
  ['from-first', 'FROM episodes SELECT id LIMIT 1'],
  ['cte', 'WITH d AS (SELECT * FROM episodes) SELECT count(*) AS n FROM d'],
  ['cte-named-like-a-file', `WITH "/etc/passwd" AS (SELECT 1 AS x) SELECT x FROM '/etc/passwd'`],
  ['values', 'VALUES (1, 2)'],
  ['describe', 'DESCRIBE episodes'],
  ['describe-query', 'DESCRIBE SELECT * FROM episodes'],
  ['show-tables', 'SHOW TABLES'],
  ['summarize', 'SUMMARIZE episodes'],
  ['explain', 'EXPLAIN SELECT * FROM episodes'],
  ['explain-analyze', 'EXPLAIN ANALYZE SELECT count(*) FROM episodes'],
  [
    'information-schema',
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
  ],
  ['catalog-function', 'SELECT table_name FROM duckdb_tables()'],
  ['range', 'SELECT sum(range) AS s FROM range(10)'],
  ['string-with-semicolon', "SELECT ';DROP TABLE episodes; --' AS text"],
  ['string-with-comment', "SELECT '/* not a comment */' AS text"],
  ['comment-inside', 'SELECT /* DELETE FROM episodes */ count(*) AS n FROM episodes -- trailing'],
  ['qualified', 'SELECT count(*) AS n FROM main.episodes'],
  ['view', 'SELECT count(*) AS n FROM episode_records'],
  ['join', 'SELECT count(*) AS n FROM episodes e JOIN sources s ON true'],
];

/** The whole corpus, in a stable order. */
export function sqlCases(): SqlCase[] {
  const cases: SqlCase[] = [];
  for (const [id, sql, why, message] of STATEMENTS) {
    for (const [wrapper, wrap] of WRAPPERS) {
      cases.push({
        id: `${id}/${wrapper}`,
        sql: wrap(sql),
        expect: 'refuse',
        message: message ?? NOT_A_QUERY,
        why: `${why}${wrapper === 'plain' ? '' : ' (EXPLAIN ANALYZE runs its statement)'}`,
      });
    }
  }
  for (const [id, from, message] of READERS) {
    for (const [place, put] of PLACES) {
      cases.push({
        id: `${id}/${place}`,
        sql: put(from),
        expect: 'refuse',
        message,
        why: 'reads outside the database (a file, a URL, another catalog or a statement)',
      });
    }
  }
  for (const [id, sql] of SCALARS) {
    cases.push({
      id: `scalar-${id}`,
      sql,
      expect: 'refuse',
      message: 'does not run',
      why: 'changes state or stalls the server',
    });
  }
  cases.push(
    {
      id: 'two-statements',
      sql: 'SELECT 1; DROP TABLE episodes',
      expect: 'refuse',
      message: 'exactly one SQL statement',
      why: 'a write behind a query',
    },
    {
      id: 'two-statements-comment',
      sql: 'SELECT 1 -- ;\n; DELETE FROM episodes',
      expect: 'refuse',
      message: 'exactly one SQL statement',
      why: 'a write behind a comment',
    },
    {
      id: 'empty',
      sql: ' ;; ',
      expect: 'refuse',
      message: 'no SQL statement given',
      why: 'nothing to run',
    },
    {
      id: 'explain-comment-inside',
      sql: "EXPLAIN /* x */ ANALYZE COPY episodes TO '{OUT}'",
      expect: 'refuse',
      message: 'not EXPLAIN',
      why: 'a comment between EXPLAIN and ANALYZE',
    },
  );
  for (const [id, sql] of QUERIES) {
    cases.push({
      id: `query-${id}`,
      sql,
      expect: 'rows',
      why: 'an analyst query that reads the database',
    });
  }
  return cases;
}
