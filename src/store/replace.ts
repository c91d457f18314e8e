/**
 * Replacing a database file with a newly built one without losing what the build does not
 * make. The process that holds the current file for writing — the CLI when no server runs,
 * the server otherwise (host.ts) — does it in the same order:
 *
 * 1. carry over: the new file is attached and every carried table of the schema (event data,
 *    the fetch log) that the current file holds is copied into it by name, column by column
 *    (columns added since the old file's schema filled by the table's `added` rules), then
 *    the new file is checkpointed and detached;
 * 2. the current file is checkpointed and closed, so that its write-ahead log is folded into
 *    it and nothing committed lives only in `<db>.wal`;
 * 3. the new file is renamed over the current one. If that fails, the current file is
 *    untouched and complete, since its log was folded in step 2 and is never deleted here.
 */
import { existsSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { StoreError } from '../errors.js';
import type { Database } from './database.js';
import { CARRIED_TABLES } from './schema.js';
import { identifier, literal } from './sql.js';

const NEXT = 'fineline_next';

/** Step 1: copies the carried tables of `db` into the database file `built`. */
export async function carryOver(db: Database, built: string): Promise<void> {
  await db.run(`ATTACH ${literal(built)} AS ${NEXT}`);
  try {
    const columns = await db.query(
      `SELECT table_name, list(column_name ORDER BY column_index) AS columns
         FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main'
        GROUP BY table_name`,
    );
    const present = new Map(
      columns.map((row) => [String(row.table_name), new Set(row.columns as string[])]),
    );
    for (const definition of CARRIED_TABLES) {
      const old = present.get(definition.name);
      if (old === undefined) continue;
      const filled = Object.keys(definition.columns).flatMap((name): [string, string][] => {
        if (old.has(name)) return [[name, identifier(name)]];
        const rule = definition.added?.[name];
        return rule === undefined ? [] : [[name, rule]];
      });
      if (filled.length === 0) continue;
      const list = filled.map(([name]) => identifier(name)).join(', ');
      const values = filled.map(([, value]) => value).join(', ');
      const name = identifier(definition.name);
      await db.run(`INSERT INTO ${NEXT}.main.${name} (${list}) SELECT ${values} FROM main.${name}`);
    }
    await db.run(`CHECKPOINT ${NEXT}`);
  } finally {
    await db.run(`DETACH ${NEXT}`);
  }
}

/**
 * Step 3: renames `built` over `path`. The current file must be closed, its log folded in
 * (step 2); a log still beside it means that did not happen, and nothing is renamed.
 */
export async function swapFile(built: string, path: string): Promise<void> {
  for (const log of [`${path}.wal`, `${built}.wal`]) {
    if (existsSync(log) && statSync(log).size > 0) {
      throw new StoreError(
        `cannot replace ${path}: ${log} still holds changes that are not in the database file. Nothing was replaced; open the database once (any fineline command) to fold the log in, then build again.`,
      );
    }
  }
  try {
    await rename(built, path);
  } catch (error) {
    throw new StoreError(
      `cannot move the new database into place at ${path}: ${error instanceof Error ? error.message : String(error)}. The existing database is unchanged.`,
      undefined,
      { cause: error },
    );
  }
}
