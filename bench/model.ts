/**
 * Benchmark: the involvement model (issue 5). Times (a) fitting the risk model to the bundled
 * episodes plus its leave-one-out evaluation (every forecaster refitted per held-out episode),
 * target under 2 s; (b) one scenario prediction from a fitted model (probabilities, 1,000
 * Laplace draws for the intervals, contributions, analogues), target under 50 ms. Each is run
 * after one warm-up; the median of the runs is reported. Writes bench/output/model.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PATHS, VERSION } from '../src/config.js';
import { loadBundle } from '../src/data/bundle.js';
import { evaluate } from '../src/models/involvement/evaluation.js';
import { fitInvolvementModel } from '../src/models/involvement/model.js';
import { predictScenario } from '../src/models/involvement/prediction.js';
import { buildDatabase } from '../src/store/build.js';
import { openDatabase } from '../src/store/database.js';
import { loadModelInputs } from '../src/store/model-inputs.js';
import { BENCH_ACCESS } from './access.js';

const dir = join(PATHS.packageRoot, 'bench', 'output');
await mkdir(dir, { recursive: true });
const path = join(dir, 'model-bench.duckdb');
await buildDatabase(await loadBundle(PATHS.dataDir), path, VERSION, BENCH_ACCESS);
const db = await openDatabase(path, { readOnly: true });
const inputs = await loadModelInputs(db);
db.close();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, work: () => void): number[] {
  work(); // warm-up
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}

const fitAndLoo = time(5, () => {
  const { set } = fitInvolvementModel(inputs);
  evaluate(set.cases, 'leave-one-out');
});
const { set, model } = fitInvolvementModel(inputs);
const scenario = {
  date: '2026-03-01',
  issue: 'security',
  securityCooperationAtStake: true,
} as const;
const prediction = time(50, () => {
  predictScenario(model, set, scenario);
});

const result = {
  date: new Date().toISOString(),
  episodes: set.cases.length,
  fitPlusLeaveOneOutMs: {
    median: median(fitAndLoo),
    max: Math.max(...fitAndLoo),
    runs: fitAndLoo.length,
  },
  predictionMs: {
    median: median(prediction),
    max: Math.max(...prediction),
    runs: prediction.length,
  },
};
await writeFile(join(dir, 'model.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `fit + leave-one-out evaluation: median ${result.fitPlusLeaveOneOutMs.median.toFixed(0)} ms (max ${result.fitPlusLeaveOneOutMs.max.toFixed(0)} ms; target < 2000 ms)`,
);
console.log(
  `one prediction: median ${result.predictionMs.median.toFixed(1)} ms (max ${result.predictionMs.max.toFixed(1)} ms; target < 50 ms)`,
);
