/**
 * The guard on analyst SQL (`fineline sql`): exactly one statement, and a query (SELECT,
 * WITH … SELECT, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE), never anything that changes the
 * database. The statement is classified by DuckDB's own parser, not by matching text.
 */
import {
  type DuckDBConnection,
  type DuckDBPreparedStatement,
  StatementType,
} from '@duckdb/node-api';
import { ReadOnlyError, StoreError, UsageError } from '../errors.js';

const QUERY_TYPES = new Set<StatementType>([
  StatementType.SELECT,
  StatementType.EXPLAIN,
  StatementType.RELATION,
]);

/** Parses `sql` and returns it prepared, or throws the reason it may not run. */
export async function checkReadOnly(
  connection: DuckDBConnection,
  sql: string,
): Promise<DuckDBPreparedStatement> {
  if (stripComments(sql).trim() === '') {
    throw new UsageError(
      'no SQL statement given: pass one query, e.g. fineline sql "SELECT count(*) FROM episodes"',
    );
  }
  let statements: Awaited<ReturnType<DuckDBConnection['extractStatements']>>;
  try {
    statements = await connection.extractStatements(sql);
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
  if (statements.count !== 1) {
    throw new ReadOnlyError(`expected exactly one SQL statement, found ${statements.count}`);
  }
  let prepared: DuckDBPreparedStatement;
  try {
    prepared = await statements.prepare(0);
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
  if (!QUERY_TYPES.has(prepared.statementType)) {
    throw new ReadOnlyError(
      `fineline sql is read-only: it runs queries (SELECT, WITH … SELECT, EXPLAIN, DESCRIBE, SHOW), not ${statementName(sql, prepared.statementType)} statements. Use \`fineline build\` or \`fineline ingest\` to change the database.`,
    );
  }
  return prepared;
}

/**
 * What to call a refused statement: its first keyword (INSTALL, not DuckDB's LOAD type that
 * covers both INSTALL and LOAD), or DuckDB's statement type when the text starts otherwise.
 */
function statementName(sql: string, type: StatementType): string {
  const word = /^[A-Za-z]+/.exec(stripComments(sql).trim())?.[0];
  return word !== undefined ? word.toUpperCase() : (StatementType[type] ?? 'unknown');
}

function stripComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
