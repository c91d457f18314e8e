/**
 * Synthetic event data for the index tests: the `events` and `event_volume` tables of the
 * ingestion contract (src/store/schema.ts), in a real DuckDB file made by `fineline build` and filled with
 * rows whose index values can be computed by hand.
 */

import type { Dataset } from '../../src/domain/event-data.js';
import type { Database } from '../../src/store/database.js';

export interface SyntheticEvent {
  dataset: Dataset;
  date: string;
  source: string;
  target: string;
  code?: string | null;
  quad?: number | null;
  goldstein?: number | null;
  plover?: number | null;
}

export interface SyntheticVolume {
  dataset: Dataset;
  file: string;
  date: string;
  events: number;
}

const literal = (value: string | number | null | undefined): string =>
  value === null || value === undefined
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${value.replaceAll("'", "''")}'`;

export async function insertEvents(db: Database, events: readonly SyntheticEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e, i) => {
    const code = e.code ?? null;
    return `(${[
      literal(e.dataset),
      literal(`synthetic-${i}`),
      `DATE ${literal(e.date)}`,
      'NULL',
      literal(e.source),
      literal(e.source),
      literal(e.target),
      literal(e.target),
      literal(code),
      literal(code === null ? null : code.slice(0, 2)),
      literal(e.quad ?? null),
      literal(e.goldstein ?? null),
      'NULL',
      literal(e.plover ?? null),
      'NULL, NULL, NULL, NULL, NULL',
      literal('synthetic.csv'),
      String(i + 1),
    ].join(', ')})`;
  });
  await db.run(`INSERT INTO events VALUES\n${rows.join(',\n')}`);
}

export async function insertVolume(db: Database, rows: readonly SyntheticVolume[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (r) => `(${literal(r.dataset)}, ${literal(r.file)}, DATE ${literal(r.date)}, ${r.events})`,
  );
  await db.run(`INSERT INTO event_volume VALUES ${values.join(', ')}`);
}
