/**
 * The one door to DuckDB. Everything else in Fineline asks questions through `Database`:
 * `query` for rows, `run` for statements. Rows come back as plain JSON-ready objects: dates
 * and timestamps as ISO text, 64-bit integers and decimals as numbers when they fit exactly.
 *
 * A `Database` is either a DuckDB connection in this process (here) or a running server's
 * database reached over loopback (remote.ts); which one a command gets is decided by
 * access.ts. Both behave the same to their callers.
 */
import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBResultReader,
  DuckDBTypeId,
} from '@duckdb/node-api';
import { StoreError } from '../errors.js';
import { checkReadOnly } from './read-only.js';

export type Row = Record<string, unknown>;
export type Param = string | number | boolean | null;

export interface Database {
  readonly path: string;
  /** Runs one statement and returns its rows. */
  query(sql: string, params?: Record<string, Param>): Promise<Row[]>;
  /** Runs one or more statements for their effect. */
  run(sql: string): Promise<void>;
  /** Runs analyst SQL, refusing anything but queries (read-only.ts). */
  readOnlyQuery(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

/** A database handle that may change the file: the one writer (access.ts). */
export interface WritableDatabase extends Database {
  /**
   * Replaces the database file with `built`, a complete database made by `fineline build`,
   * keeping the rows of the carried tables (replace.ts). The handle is closed afterwards.
   */
  replaceWith(built: string): Promise<void>;
}

export interface OpenOptions {
  readOnly?: boolean;
  /**
   * For analyst SQL (read-only.ts): no file or network access beyond the database, no
   * extension installed or loaded, and settings locked so a statement cannot undo this.
   */
  sandbox?: boolean;
}

/** DuckDB settings of a sandboxed database (https://duckdb.org/docs/stable/operations_manual/securing_duckdb/). */
const SANDBOX = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  lock_configuration: 'true',
};

/** A DuckDB database file opened in this process, from which connections are made. */
export interface DuckDBFile {
  readonly path: string;
  readonly readOnly: boolean;
  connect(): Promise<Database>;
  close(): void;
}

/** Opens (creating when writable and absent) a DuckDB file; one per file per process. */
export async function openDuckDB(path: string, options: OpenOptions = {}): Promise<DuckDBFile> {
  const readOnly = options.readOnly === true;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      ...(readOnly ? { access_mode: 'READ_ONLY' } : {}),
      ...(options.sandbox === true ? SANDBOX : {}),
    });
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${messageOf(error)}`, undefined, {
      cause: error,
    });
  }
  const connections = new Set<DuckDBConnection>();
  return {
    path,
    readOnly,
    connect: async () => {
      const connection = await instance.connect();
      connections.add(connection);
      return connectionDatabase(path, connection, () => {
        connections.delete(connection);
        connection.closeSync();
      });
    },
    close: () => {
      for (const connection of connections) connection.closeSync();
      connections.clear();
      instance.closeSync();
    },
  };
}

/** Opens a database file with one connection: the handle a test or a one-shot command uses. */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database> {
  const file = await openDuckDB(path, options);
  const db = await file.connect();
  return { ...db, close: async () => file.close() };
}

/** A `Database` over one DuckDB connection; `release` closes the connection. */
export function connectionDatabase(
  path: string,
  connection: DuckDBConnection,
  release: () => void,
): Database {
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
    close: async () => release(),
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

async function readOnlyQuery(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const prepared = await checkReadOnly(connection, sql);
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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
