/**
 * The server's database, lent to Fineline commands in other processes (store/remote.ts):
 * while `fineline serve` holds the file, `fineline ingest`, `fetch`, `build` and the reading
 * commands send their statements here. Internal: every request must carry the token from
 * `<database>.server.json` (readable by its owner only), so a web page cannot use it.
 *
 * - `GET  /api/store`: which database and process this is.
 * - `POST /api/store/query|run|read-only` `{ sql, params? }`: one statement on a read connection.
 * - `POST /api/store/leases` `{ holder, waitMs }`: the writer lease (201 `{ id }`), or 409
 *   `busy` naming its holder after waiting up to `waitMs` (at most 10 s per request).
 * - `POST /api/store/leases/:id/query|run|read-only` on the lease's own connection;
 *   `…/replace` `{ file }` puts a newly built database in place and ends the lease;
 *   `…/keepalive`; `DELETE /api/store/leases/:id` ends it (rolling back what is uncommitted).
 */
import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Database } from '../store/database.js';
import type { DatabaseHost, Lease } from '../store/host.js';
import { jsonBody } from './body.js';
import { errorBody } from './errors.js';

const Statement = z.strictObject({
  sql: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
const LeaseRequest = z.strictObject({
  holder: z.strictObject({ pid: z.number().int(), command: z.string().max(500) }),
  waitMs: z.number().min(0).max(10_000),
});
const Replace = z.strictObject({ file: z.string().min(1) });

type Kind = 'query' | 'run' | 'read-only';

/** A statement of a Fineline command (SQL with its parameters): 16 MiB is ample. */
const STORE_BODY = {
  limit: 16 * 1024 * 1024,
  what: 'invalid store request (request body)',
  example: '{"sql":"SELECT 1"}',
};

/** Runs one statement of a request body on `db` and answers with its rows. */
async function statement(body: unknown, db: Database, kind: Kind) {
  const { sql, params } = parse(Statement, body);
  if (kind === 'run') {
    await db.run(sql);
    return { rows: [] };
  }
  return { rows: kind === 'query' ? await db.query(sql, params) : await db.readOnlyQuery(sql) };
}

export function storeRoutes(host: DatabaseHost, token: string, pid = process.pid) {
  const expected = Buffer.from(`Bearer ${token}`);
  const leaseOf = (id: string): Lease => {
    const lease = host.current(id);
    if (lease === undefined) {
      throw new UsageError(`no writer lease ${id}: it ended (idle for too long, or released)`);
    }
    lease.touch();
    return lease;
  };
  const onRead = (kind: Kind) => async (c: Context) => {
    const body = await jsonBody(c, STORE_BODY);
    return c.json(await host.read((db) => statement(body, db, kind)));
  };
  const onLease = (kind: Kind) => async (c: Context) => {
    const lease = leaseOf(c.req.param('id') ?? '');
    const answer = await statement(await jsonBody(c, STORE_BODY), lease.db, kind);
    lease.touch();
    return c.json(answer);
  };

  return new Hono()
    .use('*', async (c, next) => {
      const given = Buffer.from(c.req.header('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return c.json(errorBody('unauthorized', 'this endpoint is for Fineline commands'), 401);
      }
      await next();
    })
    .get('/', (c) => c.json({ database: host.path, pid, generation: host.generation }))
    .post('/query', onRead('query'))
    .post('/run', onRead('run'))
    .post('/read-only', onRead('read-only'))
    .post('/leases', async (c) => {
      const { holder, waitMs } = parse(LeaseRequest, await jsonBody(c, STORE_BODY));
      const acquired = await host.acquire(holder, waitMs);
      if ('busy' in acquired) {
        const { holder: other, since } = acquired.busy;
        const body = errorBody(
          'busy',
          `the database is being written by process ${other.pid} (${other.command})`,
        );
        return c.json({ error: { ...body.error, holder: other, since: since.toISOString() } }, 409);
      }
      return c.json({ id: acquired.lease.id }, 201);
    })
    .post('/leases/:id/query', onLease('query'))
    .post('/leases/:id/run', onLease('run'))
    .post('/leases/:id/read-only', onLease('read-only'))
    .post('/leases/:id/keepalive', (c) => {
      leaseOf(c.req.param('id'));
      return c.json({});
    })
    .post('/leases/:id/replace', async (c) => {
      const lease = leaseOf(c.req.param('id'));
      const { file } = parse(Replace, await jsonBody(c, STORE_BODY));
      await lease.db.replaceWith(file);
      return c.json({});
    })
    .delete('/leases/:id', async (c) => {
      await host.current(c.req.param('id'))?.release();
      return c.json({});
    });
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? undefined : issue.path.map(String).join('.');
    throw new UsageError(
      `invalid store request: ${field ?? 'body'}: ${issue?.message ?? 'malformed'}`,
      {
        field,
      },
    );
  }
  return parsed.data;
}
