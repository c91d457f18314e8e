/**
 * The relations pages' API: `GET /api/index` (a dyad's relations index), `GET /api/signal`
 * (the US-involvement signal beside KOR↔JPN tension) and `GET /api/ingest` (what event data
 * the database holds, from where, with quarantine counts). Query parameters are the CLI's
 * flags without dashes: dyad, directed, source, freq, from, to, baseline, threshold.
 */
import type { Context, Hono } from 'hono';
import { readIndexActors } from '../indices/actors.js';
import { NoEventsError } from '../indices/coverage.js';
import { type RawIndexDefinition, requireIndexDefinition } from '../indices/definition.js';
import { computeIndex } from '../indices/relations.js';
import { usSignal } from '../indices/us-signal.js';
import type { Database } from '../store/database.js';
import { ingestSummary } from '../store/ingest-summary.js';

const PARAMETERS = ['dyad', 'directed', 'source', 'freq', 'from', 'to', 'baseline', 'threshold'];

export function registerEventRoutes(app: Hono, db: Database): void {
  const definition = async (c: Context) => {
    const query = c.req.query();
    const unknown = Object.keys(query).filter((name) => !PARAMETERS.includes(name));
    const raw: RawIndexDefinition = {
      ...query,
      source: query.source ?? 'chronology',
      freq: query.freq ?? 'month',
    };
    if (unknown.length > 0) {
      return {
        error: `unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${PARAMETERS.join(', ')}`,
      };
    }
    return { definition: requireIndexDefinition(raw, await readIndexActors(db), '') };
  };

  app.get('/api/index', async (c) => {
    const parsed = await definition(c);
    if ('error' in parsed) return c.json({ error: parsed.error }, 400);
    return answer(c, () => computeIndex(db, parsed.definition));
  });

  app.get('/api/signal', async (c) => {
    const parsed = await definition(c);
    if ('error' in parsed) return c.json({ error: parsed.error }, 400);
    return answer(c, () => usSignal(db, parsed.definition));
  });

  app.get('/api/ingest', async (c) => c.json(await ingestSummary(db)));
}

/** A source with no events is a 404 whose message says how to get some. */
async function answer(c: Context, compute: () => Promise<unknown>) {
  try {
    return c.json(await compute());
  } catch (error) {
    if (error instanceof NoEventsError)
      return c.json({ error: error.message, source: error.source }, 404);
    throw error;
  }
}
