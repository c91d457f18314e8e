/**
 * What a source has in the database before an index is computed from it: whether it has any
 * events, which days they cover, and whether `event_volume` can normalise them. A source with no
 * events is an error that says how to get some, rather than an index of zeros.
 */

import type { Dataset, IndexSource } from '../domain/event-data.js';
import { FinelineError } from '../errors.js';
import type { Database } from '../store/database.js';
import type { Coverage } from './calendar.js';
import { coverageSql, type EventsFrom, eventSpanSql } from './sql.js';

/** The datasets each index source reads ('gdelt' is GDELT 1.0 and 2.0 together). */
export const SOURCE_DATASETS: Readonly<Record<Exclude<IndexSource, 'chronology'>, Dataset[]>> = {
  gdelt: ['gdelt1', 'gdelt2'],
  icews: ['icews'],
  polecat: ['polecat'],
};

export function eventsFrom(source: IndexSource): EventsFrom {
  return source === 'chronology'
    ? { kind: 'chronology' }
    : { kind: 'events', datasets: SOURCE_DATASETS[source] };
}

/** The source has no events in the database (exit 1; an HTTP API would answer 404 or 409). */
export class NoEventsError extends FinelineError {
  constructor(readonly source: IndexSource) {
    super(noEventsMessage(source));
  }
}

function noEventsMessage(source: IndexSource): string {
  if (source === 'chronology') {
    return 'the database has no chronology events: run `fineline build` to load the bundled data';
  }
  const fetch =
    source === 'gdelt'
      ? 'run `fineline fetch gdelt` to download and ingest GDELT files, or `fineline ingest` to load files you have'
      : `run \`fineline ingest\` to load ${source === 'icews' ? 'ICEWS' : 'POLECAT'} files`;
  return `no ${source} events in the database: ${fetch}, then run this command again`;
}

export interface SourceCoverage extends Coverage {
  /** Days with a row in `event_volume` (0 for the chronology, or when ingestion left none). */
  volumeDays: number;
}

/** Reads a source's coverage, or throws NoEventsError when it has no events. */
export async function readCoverage(db: Database, source: IndexSource): Promise<SourceCoverage> {
  const events = eventsFrom(source);
  const [row] = await db.query(coverageSql(events));
  if (row?.has_events !== true) throw new NoEventsError(source);
  const volumeDays = Number(row.volume_days);
  const span =
    events.kind === 'events' && volumeDays === 0 ? (await db.query(eventSpanSql(events)))[0] : row;
  return { volumeDays, first: String(span?.first), last: String(span?.last) };
}
