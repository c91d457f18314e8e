/**
 * The one door to DuckDB. Everything else in Fineline asks questions through `Database`:
 * `query` for rows, `run` for statements. Rows come back as plain JSON-ready objects: dates
 * and timestamps as ISO text, 64-bit integers and decimals as numbers when they fit exactly.
 */
import { existsSync } from 'node:fs';
import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBResultReader,
  DuckDBTypeId,
  StatementType,
} from '@duckdb/node-api';
import { ReadOnlyError, StoreError } from '../errors.js';

export type Row = Record<string, unknown>;
export type Param = string | number | boolean | null;

export interface Database {
  readonly path: string;
  /** Runs one statement and returns its rows. */
  query(sql: string, params?: Record<string, Param>): Promise<Row[]>;
  /** Runs one or more statements for their effect. */
  run(sql: string): Promise<void>;
  /** Runs analyst SQL, refusing anything but queries (SELECT, EXPLAIN, DESCRIBE, SHOW…). */
  readOnlyQuery(sql: string): Promise<Row[]>;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(
      path,
      options.readOnly === true ? { access_mode: 'READ_ONLY' } : {},
    );
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${messageOf(error)}`, undefined, {
      cause: error,
    });
  }
  const connection = await instance.connect();
  return {
    path,
    query: (sql, params) => query(connection, sql, params),
    run: async (sql) => {
      try {
        await connection.run(sql);
      } catch (error) {
        throw new StoreError(messageOf(error), sql, { cause: error });
      }
    },
    readOnlyQuery: (sql) => readOnlyQuery(connection, sql),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function query(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, Param>,
): Promise<Row[]> {
  try {
    if (params === undefined || Object.keys(params).length === 0) {
      return plainRows(await connection.runAndReadAll(sql));
    }
    const prepared = await connection.prepare(sql);
    prepared.bind(params);
    return plainRows(await prepared.runAndReadAll());
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
}

const QUERY_TYPES = new Set<StatementType>([
  StatementType.SELECT,
  StatementType.EXPLAIN,
  StatementType.RELATION,
]);

async function readOnlyQuery(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  let statements: Awaited<ReturnType<DuckDBConnection['extractStatements']>>;
  try {
    statements = await connection.extractStatements(sql);
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
  if (statements.count !== 1) {
    throw new ReadOnlyError(`expected exactly one SQL statement, found ${statements.count}`);
  }
  let prepared: Awaited<ReturnType<typeof statements.prepare>>;
  try {
    prepared = await statements.prepare(0);
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
  if (!QUERY_TYPES.has(prepared.statementType)) {
    const kind = StatementType[prepared.statementType] ?? 'unknown';
    throw new ReadOnlyError(
      `fineline sql is read-only: it runs queries (SELECT, WITH … SELECT, EXPLAIN, DESCRIBE, SHOW), not ${kind} statements. Use \`fineline build\` to change the database.`,
    );
  }
  try {
    return plainRows(await prepared.runAndReadAll());
  } catch (error) {
    throw new StoreError(messageOf(error), sql, { cause: error });
  }
}

const WIDE_NUMBERS = new Set<DuckDBTypeId>([
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.DECIMAL,
]);

function plainRows(result: DuckDBResultReader): Row[] {
  const names = result.columnNames();
  const wide = result
    .columnTypes()
    .map((type, i) => (WIDE_NUMBERS.has(type.typeId) ? names[i] : undefined))
    .filter((name): name is string => name !== undefined);
  const rows = result.getRowObjectsJson() as Row[];
  if (wide.length === 0) return rows;
  for (const row of rows) {
    for (const name of wide) {
      const value = row[name];
      if (typeof value === 'string') {
        const number = Number(value);
        if (Number.isFinite(number) && (Number.isSafeInteger(number) || value.includes('.'))) {
          row[name] = number;
        }
      }
    }
  }
  return rows;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens a database that `fineline build` made, read-only, with a teaching error if absent. */
export async function openBuiltDatabase(path: string): Promise<Database> {
  if (!existsSync(path)) {
    throw new StoreError(
      `no database at ${path}: run \`fineline build\` first (or pass --db PATH / set FINELINE_DB)`,
    );
  }
  return openDatabase(path, { readOnly: true });
}
