import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { responseCache } from '../../src/server/response-cache.js';

describe('responseCache(generation)', () => {
  it('answers a repeated GET from memory until the generation moves on', async () => {
    let generation = 1;
    let computed = 0;
    const app = new Hono()
      .use(
        '/api/*',
        responseCache(() => generation),
      )
      .get('/api/n', (c) => c.json({ n: ++computed }))
      .get('/api/fail', (c) => c.json({ error: { code: 'bad_request', message: 'no' } }, 400))
      .post('/api/n', (c) => c.json({ n: ++computed }));
    const get = async (path: string) => {
      const response = await app.request(path);
      return { body: await response.json(), hit: response.headers.get('x-fineline-cache') };
    };
    expect(await get('/api/n?a=1')).toEqual({ body: { n: 1 }, hit: null });
    expect(await get('/api/n?a=1')).toEqual({ body: { n: 1 }, hit: 'hit' });
    expect(await get('/api/n?a=2')).toEqual({ body: { n: 2 }, hit: null });
    generation = 2;
    expect(await get('/api/n?a=1')).toEqual({ body: { n: 3 }, hit: null });
    expect((await app.request('/api/n', { method: 'POST' })).status).toBe(200);
    expect((await app.request('/api/n', { method: 'POST' })).headers.get('x-fineline-cache')).toBe(
      null,
    );
    expect((await get('/api/fail')).hit).toBe(null);
    expect((await get('/api/fail')).hit).toBe(null);
    expect(computed).toBe(5);
  });
});
