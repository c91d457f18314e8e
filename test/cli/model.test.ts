import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledEpisodeCount, ROLLING_ORIGIN_START } from '../fixtures/counts.js';
import { builtDatabase } from '../fixtures/database.js';
import { captureIo } from '../fixtures/io.js';

let db: string;
beforeAll(async () => {
  db = await builtDatabase();
});

const run = async (args: string[], stdin?: string, tty = false) => {
  const capture = captureIo({ tty, env: { NO_COLOR: '1' } });
  const io = {
    ...capture.io,
    stdin:
      stdin === undefined
        ? Object.assign(Readable.from([]), { isTTY: true })
        : Readable.from([stdin]),
  };
  const code = await main(['node', 'fineline', ...args, '--db', db], io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
};

const SCENARIO =
  '{"date":"2019-08-22","issue":"security","securityCooperationAtStake":true,"escalation":3}';

describe('fineline predict', () => {
  it('reads a scenario on stdin and prints probabilities, contributions, derivations and analogues', async () => {
    const result = await run(['predict'], SCENARIO);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as Record<string, unknown> & { probabilities: number[] };
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'probabilities',
        'expectedLevel',
        'mostLikelyLevel',
        'interval',
        'contributions',
        'derived',
        'analogues',
      ]),
    );
    expect(body.probabilities).toHaveLength(5);
  });

  it('reads --scenario FILE', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'fineline-scenario-')), 'scenario.json');
    await writeFile(file, SCENARIO);
    const fromFile = await run(['predict', '--scenario', file]);
    const fromStdin = await run(['predict'], SCENARIO);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toEqual(JSON.parse(fromStdin.stdout));
  });

  it('exits 2 naming the field on invalid input', async () => {
    const result = await run(
      ['predict'],
      '{"date":"2019-08-22","issue":"security","securityCooperationAtStake":"yes"}',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid scenario (stdin): field securityCooperationAtStake');
    expect(result.stdout).toBe('');
  });

  it('exits 2 with a usage hint when no scenario is given at a terminal', async () => {
    const result = await run(['predict']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pipe one as JSON on stdin or pass --scenario FILE');
  });
});

describe('fineline evaluate', () => {
  it('--json prints n, the model’s scores and the three baselines', async () => {
    const result = await run(['evaluate', '--json']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as {
      n: number;
      model: Record<string, number>;
      baselines: Record<string, Record<string, number>>;
      rollingOrigin: { n: number };
      ablation: unknown[];
    };
    const n = await bundledEpisodeCount();
    expect(body.n).toBe(n);
    expect(Object.keys(body.model)).toEqual(
      expect.arrayContaining(['rps', 'brier', 'logScore', 'accuracy', 'withinOne']),
    );
    expect(Object.keys(body.baselines).sort()).toEqual(['climatology', 'issueOnly', 'uniform']);
    expect(body.rollingOrigin.n).toBe(n - ROLLING_ORIGIN_START);
    expect(body.ablation).toHaveLength(6);
  });

  it('prints score tables and skills at a terminal', async () => {
    const result = await run(['evaluate'], undefined, true);
    expect(result.code).toBe(0);
    const n = await bundledEpisodeCount();
    expect(result.stdout).toContain(`leave-one-out, ${n} episodes`);
    expect(result.stdout).toContain(`rolling-origin, ${n - ROLLING_ORIGIN_START} episodes`);
    expect(result.stdout).toMatch(/RPS skill vs climatology: -?0\.\d{3} \(90% bootstrap interval/);
  });
});

describe('fineline model', () => {
  it('--json gives coefficients with intervals and thresholds', async () => {
    const result = await run(['model', '--json']);
    const body = JSON.parse(result.stdout) as {
      n: number;
      coefficients: { covariate: string; interval: [number, number]; estimate: number }[];
      thresholds: unknown[];
    };
    expect(body.n).toBe(await bundledEpisodeCount());
    expect(body.coefficients.map((c) => c.covariate)).toContain('securityAtStake');
    for (const c of body.coefficients) {
      expect(c.interval[0]).toBeLessThan(c.estimate);
      expect(c.interval[1]).toBeGreaterThan(c.estimate);
    }
    expect(body.thresholds).toHaveLength(4);
  });
});
