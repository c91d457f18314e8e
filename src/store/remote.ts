/**
 * A `Database` that is a running server's: while `fineline serve` holds the file, commands in
 * other processes send it their statements over loopback (server/store-routes.ts) and get
 * the same rows and errors as from a connection of their own. Readers send one statement per
 * request; a writer first takes the server's writer lease, so its statements run in order on
 * one connection (transactions included), and keeps it alive while it works between them.
 */
import { FinelineError, ReadOnlyError, StoreError, UsageError } from '../errors.js';
import type { Database, Param, Row, WritableDatabase } from './database.js';
import type { Endpoint } from './endpoint.js';
import { type Holder, retryWhileBusy, type WaitOptions } from './lock.js';

/** The error body every Fineline route answers with (server/errors.ts). */
interface ErrorBody {
  error?: { code?: string; message?: string; holder?: Holder; since?: string };
}

class BusyAnswer extends Error {
  constructor(readonly holder: Holder) {
    super('busy');
  }
}

export function remoteReader(endpoint: Endpoint, path: string): Database {
  const call = caller(endpoint, path);
  return {
    path,
    query: async (sql, params) => (await call<{ rows: Row[] }>('query', { sql, params })).rows,
    run: async (sql) => {
      await call('run', { sql });
    },
    readOnlyQuery: async (sql) => (await call<{ rows: Row[] }>('read-only', { sql })).rows,
    close: async () => undefined,
  };
}

/** Takes the server's writer lease for `holder`, waiting as `wait` says while another has it. */
export async function remoteWriter(
  endpoint: Endpoint,
  path: string,
  holder: Holder,
  wait: WaitOptions,
  leaseIdleMs = 30_000,
): Promise<WritableDatabase> {
  const call = caller(endpoint, path);
  const started = Date.now();
  let attempts = 0;
  const { id } = await retryWhileBusy(
    path,
    async () => {
      // The first ask answers at once, so that a wait is told before it starts; later asks
      // wait at the server (up to 10 s each) for the lease to come free.
      const left = attempts++ === 0 ? 0 : Math.max(0, wait.waitMs - (Date.now() - started));
      return call<{ id: string }>('leases', { holder, waitMs: Math.min(left, 10_000) });
    },
    (error) => (error instanceof BusyAnswer ? error.holder : undefined),
    wait,
    'writing to it through the server',
  );
  const keepAlive = setInterval(
    () => {
      call(`leases/${id}/keepalive`, {}).catch(() => undefined);
    },
    Math.max(1000, leaseIdleMs / 3),
  );
  keepAlive.unref();
  let closed = false;
  const end = async (release: boolean) => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    if (release) await call(`leases/${id}`, undefined, 'DELETE');
  };
  return {
    path,
    query: async (sql, params?: Record<string, Param>) =>
      (await call<{ rows: Row[] }>(`leases/${id}/query`, { sql, params })).rows,
    run: async (sql) => {
      await call(`leases/${id}/run`, { sql });
    },
    readOnlyQuery: async (sql) =>
      (await call<{ rows: Row[] }>(`leases/${id}/read-only`, { sql })).rows,
    replaceWith: async (built) => {
      try {
        await call(`leases/${id}/replace`, { file: built });
      } finally {
        await end(false);
      }
    },
    close: () => end(true),
  };
}

function caller(endpoint: Endpoint, path: string) {
  return async <T = unknown>(
    route: string,
    body: unknown,
    method: 'POST' | 'DELETE' = 'POST',
  ): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${endpoint.url}/api/store/${route}`, {
        method,
        headers: {
          authorization: `Bearer ${endpoint.token}`,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new StoreError(
        `the server holding ${path} (process ${endpoint.pid} at ${endpoint.url}) did not answer: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
        undefined,
        { cause: error },
      );
    }
    const answer = (await response.json().catch(() => ({}))) as T & ErrorBody;
    if (response.ok) return answer;
    const { code, message, holder } = answer.error ?? {};
    const text = message ?? `the server answered ${response.status}`;
    if (code === 'busy' && holder !== undefined) throw new BusyAnswer(holder);
    if (code === 'read_only') throw new ReadOnlyError(text);
    if (code === 'bad_request') throw new UsageError(text);
    if (code === 'store') throw new StoreError(text);
    throw new FinelineError(text);
  };
}
