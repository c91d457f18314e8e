/**
 * `serve(options)`: the running server of a database. It takes the file for writing (waiting,
 * bounded, for a command that holds it), checks it is a database this version built, listens,
 * and writes `<database>.server.json` so that commands in other processes send their reads and
 * writes here (store/access.ts). `close` undoes each step in reverse.
 */

import { UsageError } from '../errors.js';
import { type Access, requireFile, requireSchema } from '../store/access.js';
import {
  canonicalPath,
  liveEndpoint,
  newToken,
  removeEndpoint,
  writeEndpoint,
} from '../store/endpoint.js';
import { DatabaseHost } from '../store/host.js';
import { lockHolder, retryWhileBusy } from '../store/lock.js';
import { createApp } from './app.js';
import { listen } from './listen.js';

export interface ServeOptions {
  database: string;
  host: string;
  port: number;
  version: string;
  webDir: string | undefined;
  access: Access;
  log?: (message: string) => void;
}

export interface Serving {
  url: string;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<Serving> {
  const database = canonicalPath(options.database);
  requireFile(database);
  const running = await liveEndpoint(database);
  if (running !== undefined) {
    throw new UsageError(
      `${database} is already served by process ${running.pid} at ${running.url}: open that address, or stop that server first`,
    );
  }
  const host = await retryWhileBusy(
    database,
    () => DatabaseHost.open(database),
    lockHolder,
    options.access.wait,
    'using it',
  );
  const token = newToken();
  try {
    await host.read(requireSchema);
    const app = createApp({
      host,
      version: options.version,
      webDir: options.webDir,
      storeToken: token,
      listening: options.host,
      ...(options.log === undefined ? {} : { log: options.log }),
    });
    const server = await listen(app, options.host, options.port);
    writeEndpoint({
      pid: process.pid,
      url: server.url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//[::1]:'),
      token,
      database,
      startedAt: new Date().toISOString(),
      version: options.version,
    });
    return {
      url: server.url,
      close: async () => {
        removeEndpoint(database, token);
        await server.close();
        await host.close();
      },
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}
