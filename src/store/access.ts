/**
 * How a command gets at the database (docs/architecture.md, "One store, many users"):
 *
 * - when `fineline serve` holds the file, through the server (remote.ts): reads one request
 *   each, writes under the server's writer lease, so the dashboard sees every change at its
 *   next request and nobody restarts anything;
 * - otherwise, by opening the file in this process: read-only to read (any number of readers
 *   at once), read-write to write (one writer, and no readers meanwhile: DuckDB's rule).
 *
 * Either way a conflict is waited out for a bounded time with a note on stderr, then
 * reported with the other process's PID and command (lock.ts). Every database a command
 * opens is checked to be one that this version of `fineline build` made.
 */
import { existsSync } from 'node:fs';
import { StoreError } from '../errors.js';
import { type Database, openDatabase, type WritableDatabase } from './database.js';
import { canonicalPath, liveEndpoint } from './endpoint.js';
import { type Holder, lockHolder, retryWhileBusy, type WaitOptions } from './lock.js';
import { remoteReader, remoteWriter } from './remote.js';
import { carryOver, swapFile } from './replace.js';
import { SCHEMA_VERSION } from './schema.js';

export interface Access {
  /** This process and its command, as others waiting for it are told. */
  holder: Holder;
  wait: WaitOptions;
}

export interface ReadOptions {
  /** For analyst SQL: a database opened here is sandboxed (database.ts). */
  sandbox?: boolean;
}

/** The database at `path`, to read. */
export async function openForReading(
  path: string,
  access: Access,
  options: ReadOptions = {},
): Promise<Database> {
  requireFile(path);
  const endpoint = await liveEndpoint(path);
  if (endpoint !== undefined) return checked(remoteReader(endpoint, path));
  const db = await retryWhileBusy(
    path,
    () => openDatabase(path, { readOnly: true, sandbox: options.sandbox === true }),
    lockHolder,
    access.wait,
    'writing to it',
  );
  return checked(db);
}

export interface WriteOptions {
  /** Accept a database of an older schema (the build that upgrades it). */
  anySchema?: boolean;
}

/** The database at `path`, to change: the one writer. */
export async function openForWriting(
  path: string,
  access: Access,
  options: WriteOptions = {},
): Promise<WritableDatabase> {
  requireFile(path);
  const endpoint = await liveEndpoint(path);
  const db =
    endpoint !== undefined
      ? await remoteWriter(endpoint, path, access.holder, access.wait)
      : await localWriter(path, access.wait);
  return options.anySchema === true ? db : checked(db);
}

async function localWriter(path: string, wait: WaitOptions): Promise<WritableDatabase> {
  const db = await retryWhileBusy(path, () => openDatabase(path), lockHolder, wait, 'using it');
  return {
    ...db,
    replaceWith: async (built) => {
      try {
        await carryOver(db, built);
        await db.run('CHECKPOINT');
      } finally {
        await db.close();
      }
      await swapFile(built, path);
    },
  };
}

export function requireFile(path: string): void {
  if (!existsSync(path)) {
    throw new StoreError(
      `no database at ${path}: run \`fineline build\` first (or pass --db PATH / set FINELINE_DB)`,
    );
  }
}

/** Fails, closing `db`, unless it was made by this version's `fineline build`. */
async function checked<T extends Database>(db: T): Promise<T> {
  try {
    await requireSchema(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Fails unless `db` was made by this version's `fineline build` (its `meta` says so). */
export async function requireSchema(db: Database): Promise<void> {
  let version: string | undefined;
  try {
    const rows = await db.query("SELECT value FROM meta WHERE key = 'schemaVersion'");
    version = rows[0]?.value === undefined ? undefined : String(rows[0].value);
  } catch {
    throw new StoreError(
      `${canonicalPath(db.path)} is not a database made by \`fineline build\`: run \`fineline build --db ${db.path}\` to make one`,
    );
  }
  if (version !== SCHEMA_VERSION) {
    throw new StoreError(
      `${db.path} was made by another version of Fineline (schema ${version ?? 'before 2'}, this version reads ${SCHEMA_VERSION}): run \`fineline build\` to rebuild it; ingested event data and fetch logs are kept`,
    );
  }
}
