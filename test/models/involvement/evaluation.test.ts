import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../src/models/involvement/cases.js';
import {
  climatology,
  evaluate,
  folds,
  uniform,
} from '../../../src/models/involvement/evaluation.js';
import type { Features } from '../../../src/models/involvement/features.js';
import {
  type EvaluationReport,
  evaluateInvolvementModel,
} from '../../../src/models/involvement/model.js';
import { predictWith } from '../../../src/models/ordinal/regression.js';
import { createRandom } from '../../../src/models/random.js';
import { bundledEpisodeCount, ROLLING_ORIGIN_START } from '../../fixtures/counts.js';
import { bundledModelInputs } from '../../fixtures/model.js';

const features = (overrides: Partial<Features> = {}): Features => ({
  issue: 'history',
  securityCooperationAtStake: false,
  escalation: 1,
  nkActivity: 1,
  nkTests12m: 2,
  provenance: { nkActivity: 'series', escalation: 'coded' },
  ...overrides,
});

const at = (id: string, start: string, y: number, f: Features = features()): Case => ({
  id,
  title: id,
  start,
  kind: 'dispute',
  instruments: [],
  y,
  features: f,
});

describe('climatology and uniform baselines', () => {
  it('climatology gives the training base rates with half an episode added to every level', () => {
    const train = [at('a', '2000-01-01', 0), at('b', '2001-01-01', 0), at('c', '2002-01-01', 1)];
    // counts 2.5, 1.5, 0.5, 0.5, 0.5 over 5.5
    expect(climatology(train, at('d', '2003-01-01', 4))).toEqual([
      2.5 / 5.5,
      1.5 / 5.5,
      0.5 / 5.5,
      0.5 / 5.5,
      0.5 / 5.5,
    ]);
    expect(uniform(train, at('d', '2003-01-01', 4))).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe('folds(cases, scheme, minTrain)', () => {
  const cases = ['1990', '1995', '2000', '2005', '2010'].map((year, i) =>
    at(`E${year}`, `${year}-06-01`, i % 5),
  );

  it('leave-one-out trains on every other episode', () => {
    const all = folds(cases, 'leave-one-out', 0);
    expect(all).toHaveLength(5);
    for (const { train, test } of all) {
      expect(train).toHaveLength(4);
      expect(train).not.toContain(test);
    }
  });

  it('rolling origin trains only on episodes that started earlier, from minTrain on', () => {
    const all = folds([...cases].reverse(), 'rolling-origin', 2);
    expect(all.map((f) => f.test.id)).toEqual(['E2000', 'E2005', 'E2010']);
    for (const { train, test } of all) {
      expect(train.every((c) => c.start < test.start)).toBe(true);
    }
    expect(all[0]?.train.map((c) => c.id)).toEqual(['E1990', 'E1995']);
  });
});

describe('evaluate(cases, scheme) on simulated episodes', () => {
  // 150 episodes whose level depends strongly on security cooperation at stake and not at all
  // on issue type (escalation and North Korean activity are noise): the risk model must beat the issue-only model out of sample.
  const random = createRandom(42);
  const simulated: Case[] = Array.from({ length: 150 }, (_, i) => {
    const stake = random.uniform() < 0.5;
    const issue =
      (['history', 'territory', 'trade', 'security', 'other'] as const)[i % 5] ?? 'history';
    const p = predictWith([3], [-1, 0.5, 2, 3.5], 'logit', [stake ? 1 : 0]);
    let u = random.uniform();
    let y = 0;
    while (y < 4 && u > (p[y] ?? 0)) {
      u -= p[y] ?? 0;
      y += 1;
    }
    const year = 1900 + i;
    // Escalation and North Korean activity vary but carry no signal.
    const noise = {
      escalation: 1 + Math.floor(random.uniform() * 3),
      nkActivity: 3 * random.uniform(),
    };
    return at(
      `S${i}`,
      `${year}-01-01`,
      y,
      features({ issue, securityCooperationAtStake: stake, ...noise }),
    );
  });

  it('finds the signal the data were simulated with, beyond issue type', () => {
    const result = evaluate(simulated, 'leave-one-out', { resamples: 300 });
    expect(result.n).toBe(150);
    expect(result.skill.issueOnly.rps).toBeGreaterThan(0.1);
    expect(result.skill.issueOnly.interval[0]).toBeGreaterThan(0);
    expect(result.skill.climatology.rps).toBeGreaterThan(0.1);
  });
});

describe('evaluateInvolvementModel on the bundled episodes', () => {
  let report: EvaluationReport;
  beforeAll(async () => {
    report = evaluateInvolvementModel(await bundledModelInputs());
  });

  it('scores every episode once, with forecasts that are probability vectors', async () => {
    expect(report.leaveOneOut.n).toBe(await bundledEpisodeCount());
    for (const c of report.leaveOneOut.cases) {
      for (const p of Object.values(c.forecasts)) {
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
    // Rolling origin starts once 20 earlier episodes exist.
    expect(report.rollingOrigin.n).toBe((await bundledEpisodeCount()) - ROLLING_ORIGIN_START);
  });

  // Whether the model beats a baseline is a finding, reported by `fineline evaluate`; the test
  // checks that skill is computed as documented: 1 − RPS_model / RPS_baseline.
  it('computes RPS skill against each baseline as 1 − RPS(model) / RPS(baseline)', () => {
    for (const [name, skill] of Object.entries(report.leaveOneOut.skill)) {
      const baseline =
        report.leaveOneOut.baselines[name as keyof typeof report.leaveOneOut.baselines];
      expect(skill.rps).toBeCloseTo(1 - report.leaveOneOut.model.rps / baseline.rps, 10);
    }
  });

  it('reports the skill interval around the point estimate', () => {
    for (const skill of Object.values(report.leaveOneOut.skill)) {
      expect(skill.interval[0]).toBeLessThanOrEqual(skill.rps);
      expect(skill.interval[1]).toBeGreaterThanOrEqual(skill.rps);
    }
  });

  it('explains the comparison with issue type by adding each risk covariate alone', () => {
    expect(report.ablation.map((row) => row.name)).toEqual([
      'issueOnly',
      'issueOnly + securityAtStake',
      'issueOnly + nkActivity',
      'issueOnly + escalation',
      'risk covariates without issue type',
      'risk',
    ]);
    expect(report.ablation[0]?.skillVsIssueOnly).toBe(0);
    expect(report.ablation.at(-1)?.rps).toBeCloseTo(report.leaveOneOut.model.rps, 12);
  });
});
