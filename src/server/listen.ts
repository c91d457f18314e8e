/** Runs the app on a real HTTP server (loopback by default) until closed. */
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { UsageError } from '../errors.js';

export interface Listening {
  url: string;
  close: () => Promise<void>;
}

export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new UsageError(
            `port ${port} on ${host} is in use: pass --port N (0 picks a free port) or set FINELINE_PORT`,
          ),
        );
      } else if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
        reject(
          new UsageError(
            `cannot listen on ${host}:${port} (${error.code}): choose another --host or --port`,
          ),
        );
      } else reject(error);
    };
    server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      server?.off('error', onError);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) =>
            server?.close((error) => (error ? fail(error) : done())),
          ),
      });
    });
    server.once('error', onError);
  });
}
