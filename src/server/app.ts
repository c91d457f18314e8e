/**
 * The HTTP API and the dashboard, as a Hono app. Hono (over Fastify) because it is small,
 * built on web standards (Request/Response), its `app.request()` tests every route
 * in-process without a socket, and the routes' types give the dashboard a typed client
 * (`hc<AppType>`, web/src/api.ts) instead of response types redeclared by hand.
 *
 * Every `/api/*` request runs with a read connection from the database host (store/host.ts),
 * so a write by `fineline ingest` or `fineline build` in another process is seen by the next
 * request. Every 4xx and 5xx answer has one body (errors.ts); unknown API paths are a 404
 * `not_found`, unknown pages the dashboard's 404 page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { DatabaseHost } from '../store/host.js';
import type { ApiEnv } from './env.js';
import { errorAnswer, errorBody } from './errors.js';
import { eventRoutes } from './event-routes.js';
import { hostCheck } from './host-check.js';
import { modelRoutes } from './model-routes.js';
import { recordRoutes } from './record-routes.js';
import { responseCache } from './response-cache.js';
import { storeRoutes } from './store-routes.js';

export interface AppOptions {
  host: DatabaseHost;
  version: string;
  /** Directory of the built dashboard; omitted, only the API is served. */
  webDir?: string | undefined;
  /** The token of `<database>.server.json`; omitted, the store is not lent to commands. */
  storeToken?: string | undefined;
  /** The interface the server listens on: on loopback, only loopback Host names are answered. */
  listening?: string;
  /** Where errors of the server itself (5xx) are written; stderr by default. */
  log?: (message: string) => void;
}

/** The API's routes, whose type the dashboard's client is built from. */
export function apiRoutes(version: string) {
  return new Hono<ApiEnv>()
    .route('/', recordRoutes(version))
    .route('/', eventRoutes())
    .route('/', modelRoutes());
}

export type AppType = ReturnType<typeof apiRoutes>;

export function createApp({
  host,
  version,
  webDir,
  storeToken,
  listening = '127.0.0.1',
  log = (message) => process.stderr.write(`${message}\n`),
}: AppOptions): Hono {
  const app = new Hono();
  app.use('*', hostCheck(listening));
  if (storeToken !== undefined) app.route('/api/store', storeRoutes(host, storeToken));
  app.use(
    '/api/*',
    responseCache(() => host.generation),
  );
  const api = new Hono<ApiEnv>();
  api.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/store')) return next();
    await host.read(async (db) => {
      c.set('db', db);
      c.set('generation', host.generation);
      await next();
    });
  });
  api.route('/', apiRoutes(version));
  app.route('/api', api);

  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return c.json(errorBody('not_found', `no such endpoint: ${c.req.method} ${c.req.path}`), 404);
    }
    const page =
      webDir === undefined
        ? undefined
        : await readFile(join(webDir, '404.html'), 'utf8').catch(() => undefined);
    // The built pages link their assets relatively; at a nested path they resolve from the root.
    return page === undefined
      ? c.text('page not found', 404)
      : c.html(page.replace('<head>', '<head>\n    <base href="/" />'), 404);
  });

  app.onError((error, c) => {
    const [status, body] = errorAnswer(error);
    if (status >= 500) log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return c.json(body, status);
  });

  if (webDir !== undefined) {
    app.get('/', serveStatic({ root: webDir, path: 'index.html' }));
    app.use('/*', serveStatic({ root: webDir }));
  }
  return app;
}
