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

  it('POST /api/predict refuses a body over 16 KiB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ date: '2019-08-22', notes: 'x'.repeat(50 * 1024 * 1024) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as ErrorBody).error).toMatchObject({ code: 'too_large' });
    const streamed = await app.request('/api/predict', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 64; i++)
            controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('POST /api/predict refuses text/plain with 415, and a body nested 5,000 deep with 400', async () => {
    const plain = await app.request('/api/predict', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"date":"2019-08-22","issue":"security","securityCooperationAtStake":true}',
    });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as ErrorBody).error.code).toBe('unsupported_media_type');
    const deep = await post(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as ErrorBody).error.message).toMatch(
      /nested 5000 levels deep; at most 32 are read/,
    );
  });

  it('never echoes a long value whole', async () => {
    const long = 'w'.repeat(5_000);
    const answer = await post(
      JSON.stringify({
        date: '2019-08-22',
        issue: long,
        securityCooperationAtStake: true,
        [long]: 1,
      }),
    );
    expect(answer.status).toBe(400);
    const text = await answer.text();
    expect(text.length).toBeLessThan(2000);
    expect(text).toMatch(/field issue: invalid value \\"w{70,80}…: expected one of/);
  });
});
