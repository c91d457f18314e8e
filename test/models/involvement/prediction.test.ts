import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/domain/scenario.js';
import { designRow } from '../../../src/models/involvement/design.js';
import { predictFeatures } from '../../../src/models/involvement/fitting.js';
import {
  contrastEpisodes,
  fitInvolvementModel,
  HEADLINE_PAIR,
  type InvolvementModel,
} from '../../../src/models/involvement/model.js';
import {
  atLeast,
  predictScenario,
  resolveScenario,
} from '../../../src/models/involvement/prediction.js';
import { bundledModelInputs } from '../../fixtures/model.js';

let involvement: InvolvementModel;
beforeAll(async () => {
  involvement = fitInvolvementModel(await bundledModelInputs());
});

const SCENARIO: Scenario = {
  date: '2019-08-22',
  issue: 'security',
  securityCooperationAtStake: true,
  escalation: 3,
};

describe('the seeds’ headline contrast (Wiegand & Lee 2025)', () => {
  // Which of the two the model ranks higher is a finding, reported by `fineline model` and the
  // model page; the tests check only that the contrast is computed as documented.
  it('predicts P(level ≥ 3) for both episodes of the pair, as the model predicts any episode', () => {
    const contrast = contrastEpisodes(involvement, ...HEADLINE_PAIR);
    expect(contrast).not.toBeNull();
    expect(contrast?.a.id).toBe('E2019-GSOMIA-TERMINATION');
    for (const side of [contrast?.a, contrast?.b]) {
      expect(side?.probabilityAtLeast3).toBeGreaterThanOrEqual(0);
      expect(side?.probabilityAtLeast3).toBeLessThanOrEqual(1);
    }
  });

  it('names the covariates responsible, and their differences add up to the linear predictors’', () => {
    const contrast = contrastEpisodes(involvement, ...HEADLINE_PAIR);
    const terms = contrast?.terms ?? [];
    const gsomia = involvement.set.cases.find((c) => c.id === HEADLINE_PAIR[0]);
    const exports = involvement.set.cases.find((c) => c.id === HEADLINE_PAIR[1]);
    if (gsomia === undefined || exports === undefined) throw new Error('headline episodes missing');
    const eta = (features: typeof gsomia.features) =>
      designRow(features, involvement.model.spec).reduce(
        (sum, x, j) => sum + (involvement.model.fit.beta[j] ?? 0) * x,
        0,
      );
    // The covariates that differ between the two episodes: primary issue (security against
    // trade), security cooperation at stake, and North Korean activity (9 against 5 tests).
    expect(terms.map((t) => t.covariate).sort()).toEqual(
      ['issueSecurity', 'issueTrade', 'nkActivity', 'securityAtStake'].sort(),
    );
    const total = terms.reduce((sum, t) => sum + t.difference, 0);
    expect(total).toBeCloseTo(eta(gsomia.features) - eta(exports.features), 10);
  });
});

describe('resolveScenario(scenario, cases)', () => {
  it('derives North Korean activity from the date’s context series and says so', () => {
    const { features, derived } = resolveScenario(SCENARIO, involvement.set);
    const gsomia = involvement.set.cases.find((c) => c.id === 'E2019-GSOMIA-TERMINATION');
    expect(features.nkTests12m).toBe(gsomia?.features.nkTests12m);
    expect(derived.find((d) => d.field === 'nkTests12m')?.how).toContain('context series');
  });

  it('uses the latest covered window for a date past the series, and says so', () => {
    const { derived } = resolveScenario({ ...SCENARIO, date: '2030-01-01' }, involvement.set);
    expect(derived.find((d) => d.field === 'nkTests12m')?.how).toMatch(
      /series ends before 2030-01/,
    );
  });

  it('translates a given northKoreaThreat reading and defaults escalation by kind', () => {
    const { features, derived } = resolveScenario(
      {
        date: '2026-01-01',
        issue: 'history',
        securityCooperationAtStake: false,
        northKoreaThreat: 3,
      },
      involvement.set,
    );
    expect(features.nkActivity).toBe(involvement.set.readingScale[3]);
    expect(features.provenance.nkActivity).toBe('translated-reading');
    expect(derived.map((d) => d.field)).toEqual(['nkActivity', 'kind', 'escalation']);
    const rapprochement = resolveScenario(
      {
        date: '2026-01-01',
        issue: 'history',
        securityCooperationAtStake: false,
        kind: 'rapprochement',
      },
      involvement.set,
    );
    expect(rapprochement.features.escalation).toBe(0);
  });
});

describe('predictScenario(model, cases, scenario)', () => {
  it('reproduces the fitted probabilities of an episode described as a scenario', () => {
    const gsomia = involvement.set.cases.find((c) => c.id === 'E2019-GSOMIA-TERMINATION');
    if (gsomia === undefined) throw new Error('missing episode');
    const prediction = predictScenario(involvement.model, involvement.set, SCENARIO);
    const exact = predictFeatures(involvement.model, gsomia.features);
    prediction.probabilities.forEach((p, k) => {
      expect(Math.abs(p - (exact[k] ?? 0))).toBeLessThanOrEqual(0.005);
    });
    expect(prediction.probabilityAtLeast3).toBeCloseTo(atLeast(exact, 3), 2);
  });

  it('gives intervals that contain the point forecast and a sensible expected level', () => {
    const prediction = predictScenario(involvement.model, involvement.set, SCENARIO);
    expect(prediction.probabilities).toHaveLength(5);
    expect(Math.abs(prediction.probabilities.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.03);
    prediction.interval.probabilities.forEach(([low, high], k) => {
      expect(low).toBeLessThanOrEqual(prediction.probabilities[k] ?? Number.NaN);
      expect(high).toBeGreaterThanOrEqual(prediction.probabilities[k] ?? Number.NaN);
      expect(high).toBeGreaterThan(low);
    });
    const [low, high] = prediction.interval.expectedLevel;
    expect(prediction.expectedLevel).toBeGreaterThanOrEqual(low);
    expect(prediction.expectedLevel).toBeLessThanOrEqual(high);
  });

  it('is deterministic for a given seed', () => {
    const a = predictScenario(involvement.model, involvement.set, SCENARIO, { seed: 7 });
    const b = predictScenario(involvement.model, involvement.set, SCENARIO, { seed: 7 });
    expect(a).toEqual(b);
  });

  it('returns k analogues, most similar first, each with its reason; the episode itself first', () => {
    const prediction = predictScenario(involvement.model, involvement.set, {
      ...SCENARIO,
      instruments: ['gsomia'],
      analogues: 3,
    });
    expect(prediction.analogues).toHaveLength(3);
    expect(prediction.analogues[0]).toMatchObject({
      id: 'E2019-GSOMIA-TERMINATION',
      similarity: 1,
      usInvolvement: 4,
    });
    expect(prediction.analogues[0]?.why).toContain('same primary issue (security)');
    expect(prediction.analogues[0]?.why).toContain('shares instruments (gsomia)');
    const similarities = prediction.analogues.map((a) => a.similarity);
    expect([...similarities].sort((x, y) => y - x)).toEqual(similarities);
  });
});

describe('parseScenario(text, origin)', () => {
  it.each([
    ['{"date":"2026-02-30","issue":"history","securityCooperationAtStake":false}', 'field date'],
    [
      '{"date":"2026-02-01","issue":"histroy","securityCooperationAtStake":false}',
      'field issue: invalid value "histroy"',
    ],
    ['{"date":"2026-02-01","issue":"history"}', 'field securityCooperationAtStake: missing'],
    [
      '{"date":"2026-02-01","issue":"history","securityCooperationAtStake":false,"escalation":5}',
      'field escalation',
    ],
    [
      '{"date":"2026-02-01","issue":"history","securityCooperationAtStake":false,"colour":"red"}',
      'unknown field colour',
    ],
    [
      '{"date":"2026-02-01","issue":"history","securityCooperationAtStake":false,"kind":"rapprochement","escalation":2}',
      'field escalation: a rapprochement has escalation 0',
    ],
    ['{not json', 'not JSON'],
  ])('rejects %s naming the problem', (text, message) => {
    expect(() => parseScenario(text, 'stdin')).toThrow(message);
  });
});
