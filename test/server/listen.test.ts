import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { listen } from '../../src/server/listen.js';

describe('listen(app, host, port)', () => {
  it('serves on loopback and reports its URL', async () => {
    const app = new Hono().get('/', (c) => c.text('ok'));
    const server = await listen(app, '127.0.0.1', 0);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(server.url)).text()).toBe('ok');
    await server.close();
  });

  it('turns a busy port into a usage error that says what to do', async () => {
    const first = await listen(new Hono(), '127.0.0.1', 0);
    const port = Number(new URL(first.url).port);
    const error = await listen(new Hono(), '127.0.0.1', port).catch((e: unknown) => e);
    await first.close();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `port ${port} on 127.0.0.1 is in use: pass --port N (0 picks a free port) or set FINELINE_PORT`,
    );
  });
});
