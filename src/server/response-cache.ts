/**
 * Answers of `GET /api/*` kept per database generation (store/host.ts): the record and the
 * event data change only when a write finishes, and then the generation moves on, so an
 * answer computed once is the answer until then. Under load — a teaching lab, a script —
 * repeated requests are served from memory instead of queueing for DuckDB and the JSON
 * encoder. Least recently used first out, within {@link MAX_ENTRIES} answers and
 * {@link MAX_BYTES}; an answer over {@link MAX_ENTRY_BYTES}, or not a 200, is not kept.
 */
import type { MiddlewareHandler } from 'hono';

const MAX_ENTRIES = 256;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

interface Entry {
  body: ArrayBuffer;
  type: string;
}

export function responseCache(generation: () => number): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.startsWith('/api/store')) return next();
    const url = new URL(c.req.url);
    const key = `${generation()} ${url.pathname}${url.search}`;
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, { 'content-type': hit.type, 'x-fineline-cache': 'hit' });
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('application/json')) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > MAX_ENTRY_BYTES) return;
    entries.set(key, { body, type });
    bytes += body.byteLength;
    for (const [old, entry] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      entries.delete(old);
      bytes -= entry.body.byteLength;
    }
  };
}
