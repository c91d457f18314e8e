/**
 * Benchmark: how long `npm start` takes from launch to a dashboard that answers — building
 * the embedded database from the bundled data, then serving. Issue 2 asks for under 10 s after
 * `npm install`. Runs `npm start` exactly as the README says, on a fresh database file and a
 * free port, five times; writes bench/output/startup.json and prints a summary.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS } from '../src/config.js';

const RUNS = 5;

async function once(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'fineline-bench-'));
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PATHS.packageRoot,
    env: { ...process.env, FINELINE_DB: join(dir, 'bench.duckdb'), FINELINE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /Fineline dashboard: (http:\/\/\S+)/.exec(text);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`npm start exited ${code}: ${text}`)));
    });
    const page = await fetch(url);
    const episodes = await fetch(`${url}/api/episodes`);
    if (!page.ok || !episodes.ok)
      throw new Error(`dashboard answered ${page.status}/${episodes.status}`);
    await page.text();
    await episodes.json();
    return (performance.now() - started) / 1000;
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

const seconds: number[] = [];
for (let i = 0; i < RUNS; i++) seconds.push(await once());
seconds.sort((a, b) => a - b);
const result = {
  benchmark: 'npm start → dashboard and /api/episodes answer',
  runs: RUNS,
  medianSeconds: Number(seconds[Math.floor(RUNS / 2)]?.toFixed(2)),
  maxSeconds: Number(seconds[RUNS - 1]?.toFixed(2)),
  allSeconds: seconds.map((s) => Number(s.toFixed(2))),
  limitSeconds: 10,
};
await mkdir(join(PATHS.packageRoot, 'bench', 'output'), { recursive: true });
await writeFile(
  join(PATHS.packageRoot, 'bench', 'output', 'startup.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify(result, null, 2));
