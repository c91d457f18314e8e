import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import { DatabaseHost } from '../../src/store/host.js';
import { writeBundle } from '../fixtures/bundle.js';
import { builtDatabase } from '../fixtures/database.js';

let host: DatabaseHost;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  host = await DatabaseHost.open(await builtDatabase(await writeBundle()));
  app = createApp({ host, version: '9.9.9' });
  return () => host.close();
});

describe('the HTTP API', () => {
  it('GET /api/health reports the version, the build time and the counts', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: '9.9.9',
      builtAt: '2026-01-01T00:00:00.000Z',
      counts: { episodes: 1, chronology: 1 },
    });
  });

  it('GET /api/episodes returns the episodes with their sources', async () => {
    const body = (await (await app.request('/api/episodes')).json()) as {
      count: number;
      episodes: { id: string; sources: unknown[] }[];
    };
    expect(body.count).toBe(1);
    expect(body.episodes[0]?.id).toBe('E2019-GSOMIA-TERMINATION');
    expect(body.episodes[0]?.sources).toHaveLength(2);
  });

  it('GET /api/episodes filters by query parameters', async () => {
    const count = async (query: string) =>
      ((await (await app.request(`/api/episodes?${query}`)).json()) as { count: number }).count;
    expect(await count('issue=security&minLevel=4')).toBe(1);
    expect(await count('issue=history')).toBe(0);
    expect(await count('from=2020')).toBe(0);
  });

  it('answers 400 with a message naming the bad parameter', async () => {
    const response = await app.request('/api/episodes?minLevel=9&issue=histroy');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(
      /^invalid query parameters: issue: invalid value "histroy": expected one of history.*; minLevel: expected a level from 0 to 4/,
    );
    expect(error.field).toBe('issue');
  });

  it('answers 400 for an unknown parameter rather than ignoring it', async () => {
    const response = await app.request('/api/episodes?level=3&colour=red');
    expect(response.status).toBe(400);
  });

  it('answers 404 in JSON for an unknown API path', async () => {
    const response = await app.request('/api/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'no such endpoint: GET /api/nothing' },
    });
  });
});
