/**
 * Builds the embedded database from the bundled data, atomically: everything is written into
 * a temporary file beside the target, which replaces the target by a rename only when
 * complete. A failure at any step leaves an existing database exactly as it was. Building
 * twice from the same data gives the same tables (idempotent). Tables of the existing
 * database that the build does not make — ingested event data, fetch logs — are copied into
 * the new file before the rename, so rebuilding the curated data never loses them.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Bundle } from '../data/bundle.js';
import { StoreError } from '../errors.js';
import { type Database, openDatabase } from './database.js';
import { bundleRows } from './rows.js';
import { createTableSql, jsonColumnsSql, TABLES, type TableName, VIEWS } from './schema.js';

export interface BuildEffects {
  now: () => Date;
}

export interface BuildResult {
  path: string;
  counts: Record<TableName, number>;
}

export async function buildDatabase(
  bundle: Bundle,
  path: string,
  version: string,
  effects: BuildEffects = { now: () => new Date() },
): Promise<BuildResult> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.building-${process.pid}`;
  const staging = await mkdtemp(join(tmpdir(), 'fineline-build-'));
  await removeDatabaseFiles(temporary);
  try {
    const rows = bundleRows(bundle, effects.now(), version);
    const db = await openDatabase(temporary);
    try {
      for (const table of TABLES) {
        await db.run(createTableSql(table));
        const batch = rows[table.name];
        if (batch.length === 0) continue;
        const file = join(staging, `${table.name}.ndjson`);
        await writeFile(file, `${batch.map((row) => JSON.stringify(row)).join('\n')}\n`);
        await db.run(
          `INSERT INTO "${table.name}" SELECT * FROM read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', columns = ${jsonColumnsSql(table)})`,
        );
      }
      for (const view of VIEWS) await db.run(view);
      await carryOver(db, path);
      await db.run('CHECKPOINT');
    } finally {
      db.close();
    }
    await rm(`${path}.wal`, { force: true });
    await rename(temporary, path);
    const counts = Object.fromEntries(
      TABLES.map((table) => [table.name, rows[table.name].length]),
    ) as Record<TableName, number>;
    return { path, counts };
  } finally {
    await removeDatabaseFiles(temporary);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Copies every table of the database at `previous` that is not a curated table into `db`. */
async function carryOver(db: Database, previous: string): Promise<void> {
  if (!existsSync(previous)) return;
  try {
    await db.run(`ATTACH '${previous.replaceAll("'", "''")}' AS previous (READ_ONLY)`);
  } catch (error) {
    // Not a database at all: there is nothing to keep, and the build replaces the file.
    if (/not a valid DuckDB database/i.test(String(error))) return;
    throw new StoreError(
      `cannot read the existing database ${previous} to carry its event tables over (is another fineline process using it?): ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      { cause: error },
    );
  }
  try {
    const curated = new Set<string>(TABLES.map((table) => table.name));
    const tables = await db.query(
      "SELECT table_name, sql FROM duckdb_tables() WHERE database_name = 'previous' AND schema_name = 'main' ORDER BY table_name",
    );
    for (const { table_name: name, sql } of tables) {
      if (curated.has(String(name))) continue;
      await db.run(String(sql));
      await db.run(`INSERT INTO main."${name}" SELECT * FROM previous.main."${name}"`);
    }
  } finally {
    await db.run('DETACH previous');
  }
}

async function removeDatabaseFiles(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
