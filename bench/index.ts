/**
 * Benchmark: how long the monthly KOR–JPN relations index takes over 10 million events
 * (issue 4 asks for under 1 s). Builds a database from the bundled data in a temporary
 * directory, generates the events directly in DuckDB — random days over 1979–2025, random
 * source and target among the triad and its context actors, random CAMEO codes from
 * cameo_codes with their Goldstein score and quad class, half GDELT 1.0 and half 2.0 — and an
 * event_volume row per dataset and day; then times `computeIndex` (coverage query and index
 * query, as the CLI and the API run them) after one warm-up. Also times the US-involvement
 * signal, for information. Writes bench/output/index.json and prints a summary.
 *
 * Run with `npx tsx bench/index.ts [events]` (default 10,000,000).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHS, VERSION } from '../src/config.js';
import { loadBundle } from '../src/data/bundle.js';
import type { IndexDefinition } from '../src/indices/definition.js';
import { computeIndex } from '../src/indices/relations.js';
import { usSignal } from '../src/indices/us-signal.js';
import { buildDatabase } from '../src/store/build.js';
import { openDatabase } from '../src/store/database.js';
import { BENCH_ACCESS } from './access.js';

const EVENTS = Number(process.argv[2] ?? 10_000_000);
const RUNS = 7;
const ACTORS = ['USA', 'KOR', 'JPN', 'PRK', 'CHN'];

const seconds = (start: number) => (performance.now() - start) / 1000;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const dir = await mkdtemp(join(tmpdir(), 'fineline-bench-index-'));
try {
  const path = join(dir, 'bench.duckdb');
  await buildDatabase(await loadBundle(PATHS.dataDir), path, VERSION, BENCH_ACCESS);
  const db = await openDatabase(path);
  try {
    let started = performance.now();
    await db.run('SELECT setseed(0.42)');
    const actors = `[${ACTORS.map((a) => `'${a}'`).join(', ')}]`;
    await db.run(`INSERT INTO events
WITH codes AS (
  SELECT CAST(row_number() OVER (ORDER BY code) - 1 AS INTEGER) AS n, code, goldstein, quad_class, plover
  FROM cameo_codes
),
draws AS (
  SELECT range AS i,
    DATE '1979-01-01' + CAST(floor(random() * (DATE '2025-12-31' - DATE '1979-01-01' + 1)) AS INTEGER) AS day,
    CAST(floor(random() * ${ACTORS.length}) AS INTEGER) + 1 AS s,
    CAST(floor(random() * ${ACTORS.length - 1}) AS INTEGER) + 1 AS t,
    CAST(floor(random() * (SELECT count(*) FROM codes)) AS INTEGER) AS k,
    random() AS p
  FROM range(${EVENTS})
)
SELECT CASE WHEN i % 2 = 0 THEN 'gdelt1' ELSE 'gdelt2' END, CAST(i AS VARCHAR), day, day,
  ${actors}[s], ${actors}[s],
  ${actors}[CASE WHEN t >= s THEN t + 1 ELSE t END], ${actors}[CASE WHEN t >= s THEN t + 1 ELSE t END],
  c.code, left(c.code, 2), c.quad_class, c.goldstein,
  c.plover, CASE WHEN c.plover IS NOT NULL THEN round(p * 20 - 10, 1) END,
  1, 1, 1, 0, NULL, 'bench', i
FROM draws JOIN codes c ON c.n = draws.k`);
    // Pretend the actor filter kept 1 row in 50 of each day's file.
    await db.run(`INSERT INTO event_volume
SELECT dataset, 'bench-' || dataset, event_date, count(*) * 50 FROM events GROUP BY ALL`);
    await db.run('CHECKPOINT');
    const generateSeconds = seconds(started);
    const [count] = await db.query(
      'SELECT count(*) AS n, count(DISTINCT event_date) AS days FROM events',
    );
    console.log(
      `generated ${count?.n} events over ${count?.days} days in ${generateSeconds.toFixed(1)} s`,
    );

    const definition: IndexDefinition = {
      dyad: { source: 'KOR', target: 'JPN', directed: false },
      source: 'gdelt',
      freq: 'month',
      baseline: 12,
      threshold: 2,
    };
    const time = async (what: () => Promise<unknown>) => {
      await what(); // warm-up
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        await what();
        runs.push(seconds(started));
      }
      return runs;
    };
    const index = await time(() => computeIndex(db, definition));
    const signal = await time(() => usSignal(db, definition));
    const check = await computeIndex(db, definition);
    const pair = check.series[0]?.periods ?? [];
    const result = {
      benchmark:
        'computeIndex: monthly KOR–JPN index (pair and both directions) over synthetic GDELT events',
      events: Number(count?.n),
      periods: pair.length,
      pairEvents: pair.reduce((n, p) => n + p.total, 0),
      runs: RUNS,
      indexMedianSeconds: Number(median(index).toFixed(3)),
      indexAllSeconds: index.map((s) => Number(s.toFixed(3))),
      signalMedianSeconds: Number(median(signal).toFixed(3)),
      generateSeconds: Number(generateSeconds.toFixed(1)),
      limitSeconds: 1,
    };
    await mkdir(join(PATHS.packageRoot, 'bench', 'output'), { recursive: true });
    await writeFile(
      join(PATHS.packageRoot, 'bench', 'output', 'index.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    db.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
