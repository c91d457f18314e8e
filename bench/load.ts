/**
 * Load on the API (issue 14): a real `fineline serve` child process over the bundled data with
 * the real GDELT and ICEWS sample files ingested, loaded by autocannon with 100 connections for
 * 10 s per route. Reports requests per second, latency percentiles and errors per route, and
 * the server's resident memory. `npx tsx bench/load.ts [--connections N] [--seconds S]`;
 * writes bench/output/load.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PATHS } from '../src/config.js';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const CONNECTIONS = argument('connections', 100);
const SECONDS = argument('seconds', 10);
const BIN = join(PATHS.packageRoot, 'bin', 'fineline.js');
const EVENTS = join(PATHS.packageRoot, '..', 'shared', 'data', 'events');

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]}: ${code}`))));
  });
}

const ROUTES: { name: string; path: string; method?: 'POST'; body?: string }[] = [
  { name: 'health', path: '/api/health' },
  { name: 'episodes (all)', path: '/api/episodes' },
  { name: 'episodes (level ≥ 2)', path: '/api/episodes?minLevel=2' },
  { name: 'index (chronology, monthly)', path: '/api/index?source=chronology&freq=month' },
  { name: 'index (gdelt, daily)', path: '/api/index?source=gdelt&freq=day' },
  { name: 'ingest summary', path: '/api/ingest' },
  {
    name: 'predict',
    path: '/api/predict',
    method: 'POST',
    body: '{"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'fineline-load-'));
const db = join(dir, 'load.duckdb');
await run(['build', '--db', db]);
await run([
  'ingest',
  join(EVENTS, '20191024143000.export.CSV'),
  join(EVENTS, '20180326044500.export.CSV'),
  join(EVENTS, 'icews_events.2018.sample.tab'),
  '--db',
  db,
]);
const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => {
  let seen = '';
  server.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    const found = /Fineline dashboard: (http:\/\/\S+)/.exec(seen);
    if (found?.[1] !== undefined) resolve(found[1]);
  });
});
const rss = () =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;

const results = [];
for (const route of ROUTES) {
  // One request first, alone: the single-request latency, and any first-use work (the model fit).
  const single = performance.now();
  await fetch(`${url}${route.path}`, {
    method: route.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    ...(route.body === undefined ? {} : { body: route.body }),
  }).then((r) => r.arrayBuffer());
  const singleMs = performance.now() - single;
  const result = await autocannon({
    url: `${url}${route.path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: route.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    ...(route.body === undefined ? {} : { body: route.body }),
  });
  const row = {
    route: route.name,
    singleMs: Math.round(singleMs),
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rssMB: Math.round(rss()),
  };
  results.push(row);
  console.log(JSON.stringify(row));
}
server.kill('SIGTERM');
const output = {
  measuredAt: new Date().toISOString(),
  connections: CONNECTIONS,
  seconds: SECONDS,
  machine: 'see /work/.library/env; 2 cores, 24 GiB',
  results,
};
mkdirSync(join(PATHS.packageRoot, 'bench', 'output'), { recursive: true });
writeFileSync(
  join(PATHS.packageRoot, 'bench', 'output', 'load.json'),
  `${JSON.stringify(output, null, 2)}\n`,
);
