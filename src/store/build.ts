/**
 * Builds the embedded database from the bundled data, atomically: every table of the schema
 * is created in a new file beside the target (the curated ones filled from the bundle, the
 * event tables and the fetch log empty), and that file then replaces the target through
 * whoever holds it for writing — this process, or the running server (access.ts) — which
 * carries the event data over and renames the new file into place (replace.ts). A failure at
 * any step leaves an existing database exactly as it was. Building twice from the same data
 * gives the same tables (idempotent).
 */
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Bundle } from '../data/bundle.js';
import { StoreError } from '../errors.js';
import { type Access, openForWriting } from './access.js';
import { insertRows } from './bulk.js';
import { openDatabase } from './database.js';
import { processAlive } from './endpoint.js';
import { bundleRows } from './rows.js';
import {
  type BundleTableName,
  createTableSql,
  TABLES,
  type TableDefinition,
  VIEWS,
} from './schema.js';

export interface BuildEffects {
  now: () => Date;
}

export interface BuildResult {
  path: string;
  counts: Record<BundleTableName, number>;
}

export async function buildDatabase(
  bundle: Bundle,
  path: string,
  version: string,
  access: Access,
  effects: BuildEffects = { now: () => new Date() },
): Promise<BuildResult> {
  if (!existsSync(dirname(path))) {
    throw new StoreError(`cannot build ${path}: the folder ${dirname(path)} does not exist`);
  }
  await removeAbandoned(path);
  const temporary = `${path}.building-${process.pid}`;
  await removeDatabaseFiles(temporary);
  try {
    const rows = bundleRows(bundle, effects.now(), version);
    const db = await openDatabase(temporary);
    try {
      for (const definition of TABLES as readonly TableDefinition[]) {
        await db.run(createTableSql(definition));
        const batch = (rows as Record<string, Record<string, unknown>[]>)[definition.name];
        if (batch !== undefined) await insertRows(db, definition, batch);
      }
      for (const view of VIEWS) await db.run(view);
      await db.run('CHECKPOINT');
    } finally {
      await db.close();
    }
    await putInPlace(temporary, path, access);
    const counts = Object.fromEntries(
      Object.entries(rows).map(([name, batch]) => [name, batch.length]),
    ) as Record<BundleTableName, number>;
    return { path, counts };
  } finally {
    await removeDatabaseFiles(temporary);
  }
}

/** Replaces the database at `path` with `built`, keeping its event data, or moves it there. */
async function putInPlace(built: string, path: string, access: Access): Promise<void> {
  if (!existsSync(path)) {
    await rename(built, path);
    return;
  }
  let current: Awaited<ReturnType<typeof openForWriting>>;
  try {
    current = await openForWriting(path, access, { anySchema: true });
  } catch (error) {
    // Not a database at all: there is nothing to keep, and the build replaces the file.
    if (error instanceof StoreError && /not a valid DuckDB database/i.test(error.message)) {
      await rename(built, path);
      return;
    }
    throw error;
  }
  await current.replaceWith(built);
}

/** Removes what builds killed before they finished left beside `path` (their PID is gone). */
async function removeAbandoned(path: string): Promise<void> {
  const prefix = `${basename(path)}.building-`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).replace(/\.wal$/, ''));
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) {
      await rm(join(dirname(path), name), { force: true });
    }
  }
}

async function removeDatabaseFiles(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
