/**
 * The relations pages' API: `GET /api/index` (a dyad's relations index), `GET /api/signal`
 * (the US-involvement signal beside KOR↔JPN tension) and `GET /api/ingest` (what event data
 * the database holds, from where, with quarantine counts). Query parameters are the CLI's
 * flags without dashes: dyad, directed, source, freq, from, to, baseline, threshold; errors
 * name them as parameters. A source with no events answers 404 `no_events`, saying what to run.
 */
import { Hono } from 'hono';
import { UsageError } from '../errors.js';
import { readIndexActors } from '../indices/actors.js';
import { type RawIndexDefinition, requireIndexDefinition } from '../indices/definition.js';
import { computeIndex } from '../indices/relations.js';
import { usSignal } from '../indices/us-signal.js';
import type { Database } from '../store/database.js';
import { ingestSummary } from '../store/ingest-summary.js';
import type { ApiEnv } from './env.js';

const PARAMETERS = ['dyad', 'directed', 'source', 'freq', 'from', 'to', 'baseline', 'threshold'];

async function definition(db: Database, query: Record<string, string>) {
  const unknown = Object.keys(query).filter((name) => !PARAMETERS.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${PARAMETERS.join(', ')}`,
      { field: unknown[0] },
    );
  }
  const raw: RawIndexDefinition = {
    ...query,
    source: query.source ?? 'chronology',
    freq: query.freq ?? 'month',
  };
  return requireIndexDefinition(raw, await readIndexActors(db), '');
}

export function eventRoutes() {
  return new Hono<ApiEnv>()
    .get('/index', async (c) => {
      const { db } = c.var;
      return c.json(await computeIndex(db, await definition(db, c.req.query())));
    })
    .get('/signal', async (c) => {
      const { db } = c.var;
      return c.json(await usSignal(db, await definition(db, c.req.query())));
    })
    .get('/ingest', async (c) => c.json(await ingestSummary(c.var.db)));
}
