import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import { DatabaseHost } from '../../src/store/host.js';
import { builtDatabase } from '../fixtures/database.js';

let host: DatabaseHost;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  host = await DatabaseHost.open(await builtDatabase());
  app = createApp({ host, version: '9.9.9' });
  return () => host.close();
});

const get = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the relations API', () => {
  it('GET /api/index defaults to the KOR↔JPN chronology index, monthly, bounded in ±9', async () => {
    const { status, body } = await get('/api/index');
    expect(status).toBe(200);
    const series = body.series as { label: string; periods: { score: number | null }[] }[];
    expect(series[0]?.label).toBe('KOR↔JPN');
    const scores = (series[0]?.periods ?? []).map((p) => p.score ?? 0);
    expect(scores.length).toBeGreaterThan(600); // monthly since 1965
    expect(Math.max(...scores.map(Math.abs))).toBeLessThanOrEqual(9);
  });

  it('GET /api/signal gives US→ally counts per period beside tension', async () => {
    const { status, body } = await get(
      '/api/signal?source=chronology&freq=month&from=2019&to=2019',
    );
    expect(status).toBe(200);
    expect(body.patron).toBe('USA');
    expect(body.periods).toHaveLength(12);
  });

  it('answers 404 with what to run when a source has no events', async () => {
    const { status, body } = await get('/api/index?source=gdelt');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'no_events' });
    expect((body as unknown as ErrorBody).error.message).toContain('fineline fetch gdelt');
  });

  it('answers 400 naming the parameter for a bad or unknown parameter', async () => {
    const bad = await get('/api/index?dyad=KOR-JPM');
    expect(bad.status).toBe(400);
    const badError = (bad.body as unknown as ErrorBody).error;
    expect(badError).toMatchObject({ code: 'bad_request', field: 'dyad' });
    expect(badError.message).toContain('dyad KOR-JPM: unknown actor "JPM"');
    const unknown = await get('/api/index?colour=red');
    expect(unknown.status).toBe(400);
    const unknownError = (unknown.body as unknown as ErrorBody).error;
    expect(unknownError).toMatchObject({ code: 'bad_request', field: 'colour' });
    expect(unknownError.message).toContain('unknown query parameter colour');
    // Messages name the API's parameters, never the CLI's flags.
    const backwards = await get('/api/index?from=2020&to=2019');
    const backwardsError = (backwards.body as unknown as ErrorBody).error;
    expect(backwardsError).toMatchObject({ code: 'bad_request', field: 'from' });
    expect(backwardsError.message).toBe(
      'from 2020: must not be after the end of the range, 2019-12-31',
    );
  });

  it('GET /api/ingest reports no event data on a freshly built database', async () => {
    const { status, body } = await get('/api/ingest');
    expect(status).toBe(200);
    expect(body).toEqual({ datasets: [], files: [], quarantine: [], fetch: [] });
  });
});
