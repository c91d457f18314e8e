import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { ErrorBody } from '../../src/server/errors.js';
import { DatabaseHost } from '../../src/store/host.js';
import { bundledEpisodeCount } from '../fixtures/counts.js';
import { builtDatabase } from '../fixtures/database.js';

let host: DatabaseHost;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  host = await DatabaseHost.open(await builtDatabase());
  app = createApp({ host, version: '9.9.9' });
  return () => host.close();
});

const post = (body: string) =>
  app.request('/api/predict', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('the model API', () => {
  it('GET /api/model gives coefficients with intervals, both evaluations and the headline contrast', async () => {
    const response = await app.request('/api/model');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      model: { n: number; coefficients: { interval: number[] }[] };
      evaluation: {
        leaveOneOut: { n: number; skill: Record<string, unknown> };
        rollingOrigin: { n: number };
      };
      headline: { a: { probabilityAtLeast3: number }; b: { probabilityAtLeast3: number } };
    };
    const n = await bundledEpisodeCount();
    expect(body.model.n).toBe(n);
    expect(body.model.coefficients[0]?.interval).toHaveLength(2);
    expect(body.evaluation.leaveOneOut.n).toBe(n);
    expect(Object.keys(body.evaluation.leaveOneOut.skill).sort()).toEqual([
      'climatology',
      'issueOnly',
      'uniform',
    ]);
    expect(body.headline.a.probabilityAtLeast3).toBeGreaterThan(
      body.headline.b.probabilityAtLeast3,
    );
  });

  it('POST /api/predict answers a scenario', async () => {
    const response = await post(
      '{"date":"2019-08-22","issue":"security","securityCooperationAtStake":true}',
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { probabilities: number[]; analogues: unknown[] };
    expect(body.probabilities).toHaveLength(5);
    expect(body.analogues).toHaveLength(5);
  });

  it('POST /api/predict gives 400 naming the field, and 400 for a body that is not JSON', async () => {
    const bad = await post('{"date":"2019-08-22","issue":"war","securityCooperationAtStake":true}');
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as ErrorBody;
    expect(error).toMatchObject({ code: 'bad_request', field: 'issue' });
    expect(error.message).toContain('field issue: invalid value "war"');
    const notJson = await post('date=2019');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ErrorBody).error.message).toContain('not JSON');
  });
});
