/**
 * The HTTP API and the dashboard, as a Hono app. Hono (over Fastify) because it is small,
 * built on web standards (Request/Response), and its `app.request()` lets every route be tested
 * in-process without a socket; @hono/node-server runs the same app on Node's HTTP server.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { parseEpisodeFilter } from '../domain/episode-filter.js';
import { FinelineError, issueMessage } from '../errors.js';
import type { Database } from '../store/database.js';
import { listEpisodes } from '../store/episodes.js';
import { registerEventRoutes } from './event-routes.js';
import { registerModelRoutes } from './model-routes.js';

export interface AppOptions {
  db: Database;
  version: string;
  /** Directory of the built dashboard; omitted, only the API is served. */
  webDir?: string;
}

export function createApp({ db, version, webDir }: AppOptions): Hono {
  const app = new Hono();

  app.get('/api/health', async (c) => {
    const meta = await db.query('SELECT key, value FROM meta');
    const counts = await db.query(
      'SELECT (SELECT count(*) FROM episodes) AS episodes, (SELECT count(*) FROM chronology) AS chronology',
    );
    const builtAt = meta.find((row) => row.key === 'builtAt')?.value ?? null;
    return c.json({ status: 'ok', version, builtAt, counts: counts[0] });
  });

  app.get('/api/episodes', async (c) => {
    const parsed = parseEpisodeFilter(c.req.query());
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        parameter: issue.path.length === 0 ? null : String(issue.path[0]),
        message: issueMessage(issue),
      }));
      const summary = issues
        .map((i) => (i.parameter === null ? i.message : `${i.parameter}: ${i.message}`))
        .join('; ');
      return c.json({ error: `invalid query parameters: ${summary}`, issues }, 400);
    }
    const episodes = await listEpisodes(db, parsed.data);
    return c.json({ count: episodes.length, episodes });
  });

  registerModelRoutes(app, db);
  registerEventRoutes(app, db);

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404)
      : c.text('not found', 404),
  );

  app.onError((error, c) => {
    const status = error instanceof FinelineError && error.exitCode === 2 ? 400 : 500;
    return c.json({ error: error.message }, status);
  });

  if (webDir !== undefined) {
    app.use('/*', serveStatic({ root: webDir }));
    app.get('*', serveStatic({ root: webDir, path: 'index.html' }));
  }
  return app;
}
