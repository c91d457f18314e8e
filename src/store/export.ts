/**
 * Exports of the curated records and of the ingested events to files. JSON of the curated
 * records is written from the record views; everything else is written by DuckDB itself
 * (COPY), with nested columns as JSON text in CSV. Events, which can be many, are never
 * loaded into memory, and as Parquet they are partitioned by year of the event date
 * (OUT/year=YYYY/*.parquet). Every export is written to a temporary path and renamed into
 * place.
 */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { ExportFormat } from '../domain/vocabulary.js';
import { StoreError, UsageError } from '../errors.js';
import type { Database } from './database.js';
import { identifier, literal } from './sql.js';

export const EXPORT_TABLES = {
  episodes: { view: 'episode_records', order: '"start", id' },
  chronology: { view: 'chronology_records', order: 'date, id' },
  'us-acts': { view: 'us_act_records', order: 'date, id' },
  instruments: { view: 'instrument_records', order: 'instrument' },
  commitment: { view: 'troop_records', order: 'year, ally, "primary" DESC' },
  events: { view: 'events', order: 'event_date, dataset, event_id' },
} as const;
export type ExportTable = keyof typeof EXPORT_TABLES;

export async function exportRecords(
  db: Database,
  table: ExportTable,
  format: ExportFormat,
  out: string,
): Promise<number> {
  const { view, order } = EXPORT_TABLES[table];
  if (table === 'commitment') return exportCommitment(db, format, out);
  if (table === 'events') await requireEvents(db);
  if (table === 'events' && format === 'parquet') return exportByYear(db, out);
  const temporary = `${out}.partial-${process.pid}`;
  try {
    let count: number;
    if (table === 'events' && format === 'json') {
      const select = `SELECT * FROM ${view} ORDER BY ${order}`;
      count = await copy(db, select, temporary, '(FORMAT json, ARRAY true)');
    } else if (format === 'json') {
      const rows = await db.query(`SELECT * FROM ${view} ORDER BY ${order}`);
      await writeFile(temporary, `${JSON.stringify(rows, null, 2)}\n`);
      count = rows.length;
    } else {
      const select =
        format === 'csv'
          ? await flatSelect(db, view, order)
          : `SELECT * FROM ${view} ORDER BY ${order}`;
      const options = format === 'csv' ? '(FORMAT csv, HEADER true)' : '(FORMAT parquet)';
      count = await copy(db, select, temporary, options);
    }
    await rename(temporary, out);
    return count;
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * US commitment is two tables: the troop counts and the commitment events. As JSON both go in
 * one object, `{ troops: […], events: […] }`; the flat formats hold one table each, so they
 * are refused with the queries that give either.
 */
async function exportCommitment(db: Database, format: ExportFormat, out: string): Promise<number> {
  if (format !== 'json') {
    throw new UsageError(
      'commitment is two tables (troop counts and commitment events): export it --format json, or write either with fineline sql "SELECT * FROM troop_records" / "SELECT * FROM commitment_event_records" --json',
    );
  }
  const troops = await db.query(
    `SELECT * FROM troop_records ORDER BY ${EXPORT_TABLES.commitment.order}`,
  );
  const events = await db.query('SELECT * FROM commitment_event_records ORDER BY date, ally');
  const temporary = `${out}.partial-${process.pid}`;
  try {
    await writeFile(temporary, `${JSON.stringify({ troops, events }, null, 2)}\n`);
    await rename(temporary, out);
  } finally {
    await rm(temporary, { force: true });
  }
  return troops.length + events.length;
}

async function copy(db: Database, select: string, to: string, options: string): Promise<number> {
  const [result] = await db.query(`COPY (${select}) TO ${literal(to)} ${options}`);
  return Number(result?.Count ?? 0);
}

async function requireEvents(db: Database): Promise<void> {
  const [found] = await db.query('SELECT count(*)::INTEGER AS n FROM events');
  if (found?.n === 0) {
    throw new StoreError(
      `${db.path} has no events yet: ingest some with \`fineline ingest FILE…\` first`,
    );
  }
}

/**
 * Events as Parquet files partitioned by year: OUT/year=YYYY/*.parquet, readable with
 * `read_parquet('OUT/*\/*.parquet', hive_partitioning = true)`. Written into a temporary
 * directory beside OUT and swapped in; an existing OUT is replaced.
 */
async function exportByYear(db: Database, out: string): Promise<number> {
  const temporary = `${out}.partial-${process.pid}`;
  const previous = `${out}.previous-${process.pid}`;
  try {
    const count = await copy(
      db,
      `SELECT *, year(event_date) AS year FROM events ORDER BY ${EXPORT_TABLES.events.order}`,
      temporary,
      '(FORMAT parquet, PARTITION_BY (year))',
    );
    if (existsSync(out)) await rename(out, previous);
    await rename(temporary, out);
    return count;
  } finally {
    await rm(temporary, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}

/** A SELECT that turns list and struct columns into JSON text, for flat formats. */
async function flatSelect(db: Database, view: string, order: string): Promise<string> {
  const columns = await db.query(`DESCRIBE ${view}`);
  const parts = columns.map((column) => {
    const name = String(column.column_name);
    const type = String(column.column_type);
    const nested = type.endsWith('[]') || type.startsWith('STRUCT') || type.startsWith('MAP');
    return nested
      ? `to_json(${identifier(name)})::VARCHAR AS ${identifier(name)}`
      : identifier(name);
  });
  return `SELECT ${parts.join(', ')} FROM ${view} ORDER BY ${order}`;
}
