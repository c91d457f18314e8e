/**
 * Exports of the curated records to files. JSON is written from the record views; CSV and
 * Parquet are written by DuckDB itself (COPY), with nested columns as JSON text in CSV.
 * Every export is written to a temporary file and renamed into place.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Database } from './database.js';

export const EXPORT_FORMATS = ['json', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TABLES = {
  episodes: { view: 'episode_records', order: '"start", id' },
  chronology: { view: 'chronology_records', order: 'date, id' },
} as const;
export type ExportTable = keyof typeof EXPORT_TABLES;

export async function exportRecords(
  db: Database,
  table: ExportTable,
  format: ExportFormat,
  out: string,
): Promise<number> {
  const { view, order } = EXPORT_TABLES[table];
  const temporary = `${out}.partial-${process.pid}`;
  try {
    let count: number;
    if (format === 'json') {
      const rows = await db.query(`SELECT * FROM ${view} ORDER BY ${order}`);
      await writeFile(temporary, `${JSON.stringify(rows, null, 2)}\n`);
      count = rows.length;
    } else {
      const select =
        format === 'csv'
          ? await flatSelect(db, view, order)
          : `SELECT * FROM ${view} ORDER BY ${order}`;
      const options = format === 'csv' ? '(FORMAT csv, HEADER true)' : '(FORMAT parquet)';
      const [result] = await db.query(`COPY (${select}) TO '${quote(temporary)}' ${options}`);
      count = Number(result?.Count ?? 0);
    }
    await rename(temporary, out);
    return count;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A SELECT that turns list and struct columns into JSON text, for flat formats. */
async function flatSelect(db: Database, view: string, order: string): Promise<string> {
  const columns = await db.query(`DESCRIBE ${view}`);
  const parts = columns.map((column) => {
    const name = String(column.column_name);
    const type = String(column.column_type);
    const nested = type.endsWith('[]') || type.startsWith('STRUCT') || type.startsWith('MAP');
    return nested ? `to_json("${name}")::VARCHAR AS "${name}"` : `"${name}"`;
  });
  return `SELECT ${parts.join(', ')} FROM ${view} ORDER BY ${order}`;
}

function quote(path: string): string {
  return path.replaceAll("'", "''");
}
