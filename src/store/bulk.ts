/**
 * One bulk insert for rows made in Node: they are written as newline-delimited JSON to a
 * temporary file and loaded by DuckDB's JSON reader in one statement, typed by the table's
 * definition. `fineline build` loads its curated tables this way and `fineline fetch` its log
 * (a year of GDELT 2.0 is 35,000 slots: too many for a statement per row). The file is read
 * by whichever process owns the database, which is this machine either way.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from './database.js';
import { columnsArgumentSql, type TableDefinition } from './schema.js';
import { identifier, literal } from './sql.js';

export async function insertRows(
  db: Database,
  definition: TableDefinition,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const staging = await mkdtemp(join(tmpdir(), 'fineline-rows-'));
  try {
    const file = join(staging, `${definition.name}.ndjson`);
    await writeFile(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    const columns = Object.keys(definition.columns).map(identifier).join(', ');
    await db.run(
      `INSERT INTO ${identifier(definition.name)} (${columns}) SELECT ${columns} FROM read_json(${literal(file)}, format = 'newline_delimited', columns = ${columnsArgumentSql(definition)})`,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
