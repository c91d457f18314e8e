/**
 * The guard on analyst SQL (`fineline sql`, and the server's read-only statements): a query may
 * read the database and compute, and nothing else — not write it, not read or write files, not
 * reach the network, not change settings, not load extensions.
 *
 * 1. Exactly one statement, classified by DuckDB's own parser (`json_serialize_sql`, which
 *    parses and neither binds nor expands pragmas, and serialises queries only): a query
 *    (SELECT, WITH … SELECT, VALUES, DESCRIBE, SHOW, SUMMARIZE) or an EXPLAIN of one.
 *    `EXPLAIN ANALYZE` executes its statement, so the statement inside an EXPLAIN is what is
 *    classified. Nothing is bound before the checks pass: binding `read_csv(…)` already opens
 *    the file, and extracting `IMPORT DATABASE` already reads its folder.
 * 2. The query's syntax tree is walked: every table it names
 *    must be a table or view of the database (or a CTE of the query), every table function
 *    must be one of a short list that reads nothing outside it (`range`, `unnest`, the
 *    `duckdb_*` catalog functions…). So `read_csv('…')`, `'file.parquet'`, `glob(…)`,
 *    `read_text(…)`, an ATTACHed catalog's tables and `http` URLs are all refused.
 * 3. Where the process opens the file itself, the database is also opened with DuckDB's
 *    `enable_external_access = false`, `autoinstall/autoload_known_extensions = false` and
 *    `lock_configuration = true` (access.ts), so that even a statement this guard let through
 *    could not touch a file or the network.
 */
import {
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  StatementType,
} from '@duckdb/node-api';
import { ReadOnlyError, StoreError, UsageError } from '../errors.js';

/** Table functions that read only the database or compute (no files, no network). */
const TABLE_FUNCTIONS = new Set([
  'range',
  'generate_series',
  'unnest',
  'json_each',
  'json_tree',
  'duckdb_tables',
  'duckdb_views',
  'duckdb_columns',
  'duckdb_constraints',
  'duckdb_indexes',
  'duckdb_schemas',
  'duckdb_types',
  'duckdb_functions',
  'duckdb_keywords',
  'pragma_table_info',
  'pragma_storage_info',
  'summary',
  'test_all_types',
]);

/** Schemas a query may read besides the database's own tables (the catalog's views). */
const CATALOG_SCHEMAS = new Set(['information_schema', 'pg_catalog']);

/** Scalar functions that change state or stall the server, refused wherever they appear. */
const SCALAR_FUNCTIONS = new Set([
  'nextval',
  'setval',
  'setseed',
  'sleep_ms',
  'pg_sleep',
  'write_log',
]);

/**
 * Checks `sql` and returns it prepared, or throws the reason it may not run. Every check is on
 * the parse alone; the statement is bound (prepared) only once it has passed, so a refused
 * statement never reaches the binder, which would already open a file to read its header.
 */
export async function checkReadOnly(
  connection: DuckDBConnection,
  sql: string,
): Promise<DuckDBPreparedStatement> {
  const text = withoutLeadingComments(sql).trim();
  if (text === '' || /^;+$/.test(text)) {
    throw new UsageError(
      'no SQL statement given: pass one query, e.g. fineline sql "SELECT count(*) FROM episodes"',
    );
  }
  const isExplain = /^EXPLAIN\b/i.test(text);
  const query = isExplain ? explained(text) : text;
  if (query === undefined) {
    throw new ReadOnlyError(
      'fineline sql runs EXPLAIN only in the form EXPLAIN [ANALYZE] SELECT …; write the query plainly',
    );
  }
  await checkTree(connection, query, isExplain ? 'EXPLAIN ' : '');
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await connection.prepare(sql);
  } catch (error) {
    // A sandboxed database refuses files and the network while it binds the statement.
    if (/Permission Error/.test(messageOf(error))) {
      throw new ReadOnlyError(
        `fineline sql reads only the database, not files or the network: ${messageOf(error).replace(/^Permission Error: /, '')}`,
      );
    }
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
  if (!ALLOWED_TYPES.has(prepared.statementType)) {
    throw new ReadOnlyError(
      `fineline sql is read-only: it runs queries, not ${StatementType[prepared.statementType] ?? 'these'} statements`,
    );
  }
  return prepared;
}

const ALLOWED_TYPES = new Set<StatementType>([
  StatementType.SELECT,
  StatementType.RELATION,
  StatementType.EXPLAIN,
]);

/** Keywords a query may start with: a refusal of text starting so is about what follows. */
const QUERY_KEYWORDS = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
  'EXPLAIN',
]);

function refusal(sql: string, prefix: string): ReadOnlyError {
  const name = statementName(sql);
  if (QUERY_KEYWORDS.has(name)) {
    return new ReadOnlyError(
      'fineline sql is read-only: it runs exactly one SQL statement, a query, and this text holds more than one statement or one that is not a query',
    );
  }
  return new ReadOnlyError(
    `fineline sql is read-only: it runs queries (SELECT, WITH … SELECT, EXPLAIN, DESCRIBE, SHOW), not ${prefix}${name} statements. Use \`fineline build\` or \`fineline ingest\` to change the database.`,
  );
}

/**
 * The statement an EXPLAIN [ANALYZE] [(options)] wraps (comments between the words allowed),
 * or undefined for other forms.
 */
function explained(text: string): string | undefined {
  let rest = withoutLeadingComments(text.replace(/^EXPLAIN\b/i, ''));
  rest = withoutLeadingComments(rest.replace(/^ANALY[SZ]E\b/i, ''));
  const options = /^\((?!\s*(?:SELECT|WITH|FROM|VALUES)\b)[^()']*\)/i.exec(rest);
  if (options !== null) rest = withoutLeadingComments(rest.slice(options[0].length));
  return rest === '' ? undefined : rest;
}

/**
 * Serialises the query's syntax tree (DuckDB's `json_serialize_sql`, which parses and does not
 * bind) — it serialises only queries, so any other statement is refused here — and walks it:
 * tables must be the database's own (or CTEs, or the catalog's views), table functions from the
 * short list, no scalar function that changes state. DESCRIBE, SHOW and SUMMARIZE parse as
 * queries over what they describe, so the same walk covers them.
 */
async function checkTree(connection: DuckDBConnection, sql: string, prefix: string): Promise<void> {
  let tree: unknown;
  try {
    // The function takes a constant only: the text is quoted as a literal.
    const quoted = `'${sql.replaceAll("'", "''")}'`;
    const rows = (
      await connection.runAndReadAll(`SELECT json_serialize_sql(${quoted}) AS tree`)
    ).getRowObjectsJson();
    tree = JSON.parse(String(rows[0]?.tree ?? '{}'));
  } catch (error) {
    throw new StoreError(`cannot read the query: ${messageOf(error)}`, sql, { cause: error });
  }
  const parsed = tree as { error?: boolean; error_message?: string };
  if (parsed.error === true) {
    if (/Only SELECT statements/i.test(parsed.error_message ?? '')) throw refusal(sql, prefix);
    throw new StoreError(parsed.error_message ?? 'cannot parse the query', sql);
  }
  const statements = (tree as { statements?: unknown[] }).statements ?? [];
  if (statements.length !== 1) {
    throw new ReadOnlyError(`expected exactly one SQL statement, found ${statements.length}`);
  }
  const known = await knownRelations(connection);
  const ctes = new Set<string>();
  collect(tree, (node) => {
    const map = (node as { cte_map?: { map?: { key?: string }[] } }).cte_map?.map ?? [];
    for (const entry of map) if (entry.key !== undefined) ctes.add(entry.key.toLowerCase());
  });
  collect(tree, (node) => {
    const n = node as Record<string, unknown>;
    if (n.type === 'BASE_TABLE') {
      const name = String(n.table_name ?? '').toLowerCase();
      const schema = String(n.schema_name ?? '').toLowerCase();
      const catalog = String(n.catalog_name ?? '').toLowerCase();
      const ours = catalog === '' && (schema === '' || schema === 'main');
      if (ours && (known.has(name) || ctes.has(name))) return;
      if (catalog === '' && CATALOG_SCHEMAS.has(schema)) return;
      const shown = [catalog, schema, name].filter((p) => p !== '').join('.');
      throw new ReadOnlyError(
        `fineline sql reads the database's own tables and views; "${shown}" is not one of them (files, URLs and other databases are not read; see fineline sql --help)`,
      );
    }
    if (n.type === 'TABLE_FUNCTION') {
      const fn = n.function as { function_name?: string } | undefined;
      const name = String(fn?.function_name ?? '').toLowerCase();
      if (TABLE_FUNCTIONS.has(name)) return;
      throw new ReadOnlyError(
        `fineline sql does not run the table function ${name}(): only functions that read the database or compute (${[...TABLE_FUNCTIONS].slice(0, 4).join(', ')}, …) may appear`,
      );
    }
    if (n.class === 'FUNCTION' && typeof n.function_name === 'string') {
      const name = n.function_name.toLowerCase();
      if (SCALAR_FUNCTIONS.has(name)) {
        throw new ReadOnlyError(`fineline sql does not run ${name}(): it changes state or waits`);
      }
    }
  });
}

/** The database's tables and views (main schema), lower-cased. */
async function knownRelations(connection: DuckDBConnection): Promise<Set<string>> {
  const rows = (
    await connection.runAndReadAll(
      `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'
       UNION SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal`,
    )
  ).getRowObjectsJson();
  return new Set(rows.map((row) => String(row.name).toLowerCase()));
}

function collect(node: unknown, visit: (node: object) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  visit(node);
  for (const value of Object.values(node)) collect(value, visit);
}

/** What to call a refused statement: its first keyword (INSTALL, COPY, PRAGMA …). */
function statementName(sql: string): string {
  return /^[A-Za-z]+/.exec(withoutLeadingComments(sql).trim())?.[0]?.toUpperCase() ?? 'these';
}

/** `sql` without the comments and blanks before its first keyword (the rest is untouched). */
function withoutLeadingComments(sql: string): string {
  let rest = sql;
  for (;;) {
    const next = rest
      .replace(/^\s+/, '')
      .replace(/^--[^\n]*(\n|$)/, '')
      .replace(/^\/\*[\s\S]*?\*\//, '');
    if (next === rest) return rest;
    rest = next;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
