/**
 * HTTP fuzz (issue 14): a real `fineline serve` child process on loopback, over a database
 * with real event data, gets 10,000 seeded random requests over every route — valid,
 * malformed and hostile parameters and bodies, wrong methods and content types, unknown and
 * traversing paths — eight at a time. No answer may be a 5xx, none may take over 20 s, no
 * answer that was not asked for (only the episode list unfiltered and the daily or weekly
 * index may be long) may exceed 1 MB, every error must have the one error body, and the
 * server's resident memory must come back near its baseline afterwards (the baseline taken
 * after a warm-up of 2,000 requests of another seed, once caches have their working size).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../src/models/random.js';
import { builtDatabase } from '../fixtures/database.js';
import { type RunningServer, runCli, startServer } from '../fixtures/process.js';
import { sharedEvent } from '../fixtures/shared.js';

const REQUESTS = 10_000;
const IN_FLIGHT = 8;
const SEED = 20261203;
const MB = 1024 * 1024;

interface Planned {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Whether a long answer was asked for. */
  long?: boolean;
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random.uniform() * items.length)] as T;

const junk = (random: Random): string =>
  pick(random, [
    '',
    ' ',
    '-1',
    '0',
    '1e999',
    'NaN',
    'null',
    'true',
    '99999999999999999999',
    '2019-02-30',
    '0001-01-01',
    '9999-12-31',
    '%00',
    '%ZZ',
    "'; DROP TABLE episodes; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\u00e9\u4e2d\ud83d\ude00',
    'x'.repeat(4000),
    'KOR-JPN',
    'USA-CHN',
    'KOR',
    'ZZZ-YYY',
  ]);

const value = (random: Random, good: readonly string[]): string =>
  random.uniform() < 0.6 ? pick(random, good) : junk(random);

function query(random: Random, params: Record<string, readonly string[]>): string {
  const parts: string[] = [];
  for (const [name, good] of Object.entries(params)) {
    if (random.uniform() < 0.5) parts.push(`${name}=${encodeURIComponent(value(random, good))}`);
  }
  if (random.uniform() < 0.1) parts.push(`${encodeURIComponent(junk(random))}=1`);
  if (random.uniform() < 0.05) parts.push('%E0%A4%A=broken');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

const INDEX = {
  dyad: ['KOR-JPN', 'USA-KOR', 'USA-JPN', 'CHN-JPN', 'PRK-KOR'],
  directed: ['true', 'false'],
  source: ['chronology', 'gdelt', 'icews', 'polecat'],
  freq: ['month', 'week', 'day', 'year'],
  from: ['1965-01-01', '2018-03-01', '2019-10-01'],
  to: ['2019-12-31', '2025-12-31', '1960-01-01'],
  baseline: ['12', '0', '3'],
  threshold: ['2', '1.5', '-1'],
};

const EPISODES = {
  minLevel: ['0', '2', '4', '5'],
  issue: ['history', 'security', 'territory', 'war'],
  kind: ['dispute', 'rapprochement', 'us-initiative'],
  from: ['1990-01-01', '2019'],
  to: ['2020-12-31'],
  securityAtStake: ['true', 'false'],
};

const SCENARIOS = [
  '{"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}',
  '{"date":"2019-08-22","issue":"history","securityCooperationAtStake":false,"northKoreaThreat":2}',
  '{"date":"2026-03-01","issue":"trade","securityCooperationAtStake":true,"escalation":3,"kind":"dispute"}',
  '{"date":"2026-03-01"}',
  '{}',
  '[]',
  'null',
  '"scenario"',
  '{"date":',
  `{"date":"2026-03-01","issue":"${'x'.repeat(10_000)}"}`,
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  '{"date":"2026-03-01","issue":"security","securityCooperationAtStake":"yes"}',
  '{"__proto__":{"polluted":1},"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}',
  '{"date":"2026-03-01","issue":"security","securityCooperationAtStake":true,"analogues":1e999}',
];

function plan(random: Random): Planned {
  const roll = random.uniform();
  if (roll < 0.25) {
    const path = pick(random, ['/api/index', '/api/signal']);
    const q = query(random, INDEX);
    return { method: 'GET', path: `${path}${q}`, long: /freq=(day|week)/.test(q) };
  }
  if (roll < 0.4) {
    const q = query(random, EPISODES);
    return {
      method: 'GET',
      path: `/api/episodes${q}`,
      long: q === '' || !/minLevel=[2-4]/.test(q),
    };
  }
  if (roll < 0.6) {
    const type = pick(random, [
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      '',
    ]);
    return {
      method: 'POST',
      path: '/api/predict',
      headers: type === '' ? {} : { 'content-type': type },
      body: pick(random, SCENARIOS),
    };
  }
  if (roll < 0.7) {
    return { method: 'GET', path: pick(random, ['/api/health', '/api/ingest', '/api/model']) };
  }
  if (roll < 0.8) {
    return {
      method: pick(random, ['POST', 'GET', 'DELETE']),
      path: pick(random, [
        '/api/store',
        '/api/store/query',
        '/api/store/read-only',
        '/api/store/leases',
        '/api/store/leases/x/run',
      ]),
      headers: pick<Record<string, string>>(random, [
        {},
        { authorization: 'Bearer guess' },
        { 'content-type': 'application/json' },
      ]),
      body: '{"sql":"DROP TABLE episodes"}',
    };
  }
  if (roll < 0.9) {
    return {
      method: pick(random, ['GET', 'GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
      path: pick(random, [
        '/',
        '/index.html',
        '/relations.html',
        '/model.html',
        '/scenario.html',
        '/data.html',
        '/favicon.svg',
        '/../../etc/passwd',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/assets/..%2f..%2f..%2fpackage.json',
        '/api/episodes',
        '/api/predict',
      ]),
    };
  }
  return {
    method: 'GET',
    path: pick(random, [
      '/api',
      '/api/',
      '/api/nope',
      `/api/${encodeURIComponent(junk(random))}`,
      `/${'a/'.repeat(200)}`,
      '/api/index?dyad=KOR-JPN&dyad=USA-JPN',
      `/api/episodes?${'issue=history&'.repeat(300)}`,
    ]),
  };
}

function rss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}

let server: RunningServer;

beforeAll(async () => {
  const db = await builtDatabase();
  const ingested = await runCli([
    'ingest',
    sharedEvent('20191024143000.export.CSV'),
    sharedEvent('20180326044500.export.CSV'),
    sharedEvent('icews_events.2018.sample.tab'),
    '--db',
    db,
  ]);
  expect(ingested.code).toBe(0);
  server = await startServer(db);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe(`${REQUESTS} fuzzed requests (seed ${SEED})`, () => {
  it('answer without a 5xx, within bounds, with the one error body, and memory returns', async () => {
    const random = createRandom(SEED);
    const pid = server.child.pid as number;
    const send = async (p: Planned) => {
      const started = performance.now();
      const response = await fetch(`${server.url}${p.path}`, {
        method: p.method,
        headers: p.headers ?? {},
        ...(p.body === undefined || p.method === 'GET' || p.method === 'HEAD'
          ? {}
          : { body: p.body }),
        signal: AbortSignal.timeout(20_000),
        redirect: 'manual',
      });
      const body = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        body,
        type: response.headers.get('content-type') ?? '',
        ms: performance.now() - started,
      };
    };
    // Warm up with 2,000 requests of another seed: the model is fitted on first use, and
    // DuckDB's buffer pool and V8's heap grow to their working size. The baseline is after.
    const warm = createRandom(SEED + 1);
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = 0; i < 2000 / IN_FLIGHT; i++) await send(plan(warm));
      }),
    );
    const baseline = rss(pid);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let largest = 0;
    let slowest = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < REQUESTS) {
        next++;
        const p = plan(random);
        const answer = await send(p);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        slowest = Math.max(slowest, answer.ms);
        if (!p.long) largest = Math.max(largest, answer.body.length);
        const what = `${p.method} ${p.path.slice(0, 120)}`;
        if (answer.status >= 500) failures.push(`${answer.status} ${what}`);
        if (!p.long && answer.body.length > MB)
          failures.push(`${answer.body.length} bytes: ${what}`);
        if (answer.status >= 400 && p.path.startsWith('/api') && p.method !== 'HEAD') {
          const text = new TextDecoder().decode(answer.body);
          let ok = false;
          try {
            const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
            ok = typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
          } catch {
            ok = false;
          }
          if (!ok)
            failures.push(
              `${answer.status} without the error body: ${what}: ${text.slice(0, 100)}`,
            );
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = rss(pid);
    const summary = {
      requests: REQUESTS,
      seconds: Math.round(seconds),
      statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
      largestUnaskedBytes: largest,
      slowestMs: Math.round(slowest),
      rssBaselineMB: Math.round(baseline / MB),
      rssAfterMB: Math.round(after / MB),
    };
    console.log(JSON.stringify(summary));
    expect(failures.slice(0, 20)).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    expect(slowest).toBeLessThan(20_000);
    // Back to baseline: within a quarter, or 64 MB, of where it was after the warm-up.
    expect(after).toBeLessThan(Math.max(baseline * 1.25, baseline + 64 * MB));
  }, 900_000);
});
