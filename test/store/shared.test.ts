/**
 * One store, many users (docs/architecture.md): a real `fineline serve` process under a
 * stream of requests while `fineline ingest` and `fineline build` run in other processes.
 * No request may fail, the next request must see each write, and a genuine conflict between
 * two writers must wait, bounded, and then name the other process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import type { Endpoint } from '../../src/store/endpoint.js';
import { temporaryDatabasePath } from '../fixtures/database.js';
import { type RunningServer, runCli, startServer } from '../fixtures/process.js';
import { sharedEvent } from '../fixtures/shared.js';

const FILES = [
  sharedEvent('20191024143000.export.CSV'),
  sharedEvent('20180326044500.export.CSV'),
  sharedEvent('icews_events.2018.sample.tab'),
];

interface Load {
  requests: number;
  failures: string[];
  stop(): Promise<void>;
}

/** Four clients requesting the API's routes in turn, until stopped. */
function load(url: string): Load {
  const routes = [
    '/api/health',
    '/api/episodes?minLevel=2',
    '/api/ingest',
    '/api/index?source=chronology&freq=month',
    '/api/model',
  ];
  const state = { requests: 0, failures: [] as string[], running: true };
  const client = async (offset: number) => {
    for (let i = offset; state.running; i++) {
      const route = routes[i % routes.length] as string;
      try {
        const response = await fetch(`${url}${route}`);
        await response.arrayBuffer();
        if (response.status !== 200) state.failures.push(`${route}: ${response.status}`);
      } catch (error) {
        state.failures.push(`${route}: ${String(error)}`);
      }
      state.requests++;
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  return {
    get requests() {
      return state.requests;
    },
    get failures() {
      return state.failures;
    },
    stop: async () => {
      state.running = false;
      await Promise.all(clients);
    },
  };
}

const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

interface Health {
  builtAt: string;
}
interface Summary {
  datasets: { dataset: string; events: number }[];
  files: { path: string; kept: number; keptTotal: number; runs: number }[];
}

let db: string;
let server: RunningServer | undefined;

beforeAll(async () => {
  db = await temporaryDatabasePath();
  const built = await runCli(['build', '--db', db]);
  expect(built.code).toBe(0);
  server = await startServer(db);
});

afterAll(async () => {
  await server?.stop();
});

describe('fineline serve with ingest and build in other processes', () => {
  it('serves every request while they write, and the next request sees each write', async () => {
    const url = (server as RunningServer).url;
    const traffic = load(url);
    const before = await json<Health>(`${url}/api/health`);

    const ingest = await runCli(['ingest', ...FILES, '--db', db]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    const summary = await json<Summary>(`${url}/api/ingest`);
    expect(summary.datasets.map((d) => d.dataset)).toEqual(['gdelt2', 'icews']);
    const events = summary.datasets.reduce((n, d) => n + d.events, 0);
    expect(events).toBeGreaterThan(0);
    // A reading command goes through the server too, and sees the same rows.
    const counted = await runCli(['sql', 'SELECT count(*) AS n FROM events', '--db', db]);
    expect(counted).toMatchObject({ code: 0, stdout: `n\n${events}\n` });

    const rebuilt = await runCli(['build', '--db', db]);
    expect(rebuilt.code).toBe(0);
    const after = await json<Health>(`${url}/api/health`);
    expect(after.builtAt).not.toBe(before.builtAt);
    const kept = await json<Summary>(`${url}/api/ingest`);
    expect(kept.datasets.reduce((n, d) => n + d.events, 0)).toBe(events);

    const again = await runCli(['ingest', ...FILES, '--db', db, '--json']);
    expect(again.code).toBe(0);
    const statuses = (JSON.parse(again.stdout) as { files: { status: string }[] }).files;
    expect(statuses.map((f) => f.status)).toEqual(FILES.map(() => 'already ingested'));
    const totals = await json<Summary>(`${url}/api/ingest`);
    for (const file of totals.files) {
      expect(file.runs).toBe(2);
      expect(file.kept).toBe(0);
      expect(file.keptTotal).toBeGreaterThan(0);
    }

    await traffic.stop();
    expect(traffic.failures).toEqual([]);
    expect(traffic.requests).toBeGreaterThan(100);
  });

  it('makes a second writer wait, then fail naming the writer and what to do', async () => {
    const url = (server as RunningServer).url;
    const endpoint = JSON.parse(readFileSync(`${db}.server.json`, 'utf8')) as Endpoint;
    const headers = {
      authorization: `Bearer ${endpoint.token}`,
      'content-type': 'application/json',
    };
    const taken = await fetch(`${url}/api/store/leases`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        holder: { pid: 4242, command: 'fineline ingest big.CSV' },
        waitMs: 0,
      }),
    });
    expect(taken.status).toBe(201);
    const { id } = (await taken.json()) as { id: string };
    try {
      const blocked = await runCli(['ingest', FILES[0] as string, '--db', db], {
        FINELINE_WAIT: '2',
      });
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toContain(
        'waiting for process 4242 (fineline ingest big.CSV), which is writing to it through the server',
      );
      expect(blocked.stderr).toContain(
        'is in use by process 4242 (fineline ingest big.CSV), which is writing to it through the server; waited 2 s. Let it finish (or stop it) and run this again; FINELINE_WAIT=SECONDS waits longer.',
      );
    } finally {
      await fetch(`${url}/api/store/leases/${id}`, { method: 'DELETE', headers });
    }
  });

  it('refuses store requests without the token', async () => {
    const url = (server as RunningServer).url;
    const response = await fetch(`${url}/api/store/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sql: 'SELECT 1' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('removes its endpoint file when stopped', async () => {
    expect(existsSync(`${db}.server.json`)).toBe(true);
    const stopped = await (server as RunningServer).stop();
    server = undefined;
    expect(stopped.code).toBe(0);
    expect(existsSync(`${db}.server.json`)).toBe(false);
  });
});

/** A process that holds `path` for writing, as another program would, until killed. */
async function holdDatabase(path: string, forMs: number): Promise<ChildProcess> {
  const script = `
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(${JSON.stringify(path)});
    await instance.connect();
    process.stdout.write('holding\\n');
    setTimeout(() => { instance.closeSync(); process.exit(0); }, ${forMs});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PATHS.packageRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  return child;
}

describe('fineline commands without a server, when another process holds the file', () => {
  it('wait, then fail naming the other process', async () => {
    const path = await temporaryDatabasePath();
    expect((await runCli(['build', '--db', path])).code).toBe(0);
    const holder = await holdDatabase(path, 20_000);
    try {
      const blocked = await runCli(['ingest', FILES[0] as string, '--db', path], {
        FINELINE_WAIT: '1',
      });
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toContain(`is in use by process ${holder.pid} (`);
      expect(blocked.stderr).toContain('waited 1 s');
      expect(blocked.stderr).not.toContain('-readonly');
      const reader = await runCli(['episodes', '--db', path], { FINELINE_WAIT: '1' });
      expect(reader.code).toBe(1);
      expect(reader.stderr).toContain(`is in use by process ${holder.pid} (`);
    } finally {
      holder.kill();
    }
  });

  it('go ahead once the other process lets go within the wait', async () => {
    const path = await temporaryDatabasePath();
    expect((await runCli(['build', '--db', path])).code).toBe(0);
    const holder = await holdDatabase(path, 5000);
    const ingest = await runCli(['ingest', FILES[0] as string, '--db', path], {
      FINELINE_WAIT: '30',
    });
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toContain(`waiting for process ${holder.pid} (`);
  });
});
