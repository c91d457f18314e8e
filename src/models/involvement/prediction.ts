/**
 * Predicting a scenario: resolve what the user left out (from the date's context series or a
 * documented default), then give level probabilities with a Laplace-approximation interval,
 * each covariate's contribution, and historical analogues.
 */
import type { Scenario } from '../../domain/scenario.js';
import { drawParameters } from '../ordinal/laplace.js';
import { predictOrdinal, predictWith } from '../ordinal/regression.js';
import { createRandom } from '../random.js';
import { type Analogue, analogues } from './analogues.js';
import type { CaseSet } from './cases.js';
import { designRow } from './design.js';
import { type Features, lastCoveredDate, NK_WINDOW_MONTHS, nkTestsBefore } from './features.js';
import { type Contribution, contributions, type FittedModel } from './fitting.js';

export interface Derivation {
  field: string;
  value: number | string;
  how: string;
}

export interface Resolved {
  features: Features;
  derived: Derivation[];
}

/** Fills in the features a scenario leaves out; `derived` says which and how. */
export function resolveScenario(scenario: Scenario, set: CaseSet): Resolved {
  const derived: Derivation[] = [];
  const nk = resolveNk(scenario, set, derived);
  const kind = scenario.kind ?? (scenario.escalation === 0 ? 'rapprochement' : 'dispute');
  if (scenario.kind === undefined) {
    derived.push({
      field: 'kind',
      value: kind,
      how:
        scenario.escalation === 0
          ? 'escalation 0 means a rapprochement (codebook rule 7)'
          : 'defaulted: a scenario is a dispute (tension) unless it says otherwise',
    });
  }
  let escalation = scenario.escalation;
  if (escalation === undefined) {
    if (kind === 'rapprochement') {
      escalation = 0;
      derived.push({
        field: 'escalation',
        value: 0,
        how: 'a rapprochement has escalation 0 (codebook rule 7)',
      });
    } else {
      escalation = median(
        set.cases.filter((c) => c.kind === 'dispute').map((c) => c.features.escalation),
      );
      derived.push({
        field: 'escalation',
        value: escalation,
        how: 'defaulted to the median escalation of the tension episodes in the dataset',
      });
    }
  }
  return {
    features: {
      issue: scenario.issue,
      securityCooperationAtStake: scenario.securityCooperationAtStake,
      escalation,
      nkActivity: nk.activity,
      nkTests12m: nk.tests,
      provenance: {
        nkActivity: nk.provenance,
        escalation: scenario.escalation === undefined ? 'default' : 'coded',
      },
    },
    derived,
  };
}

function resolveNk(
  scenario: Scenario,
  set: CaseSet,
  derived: Derivation[],
): { activity: number; tests: number | null; provenance: Features['provenance']['nkActivity'] } {
  if (scenario.nkTests12m !== undefined) {
    return {
      activity: Math.log1p(scenario.nkTests12m),
      tests: scenario.nkTests12m,
      provenance: 'coded',
    };
  }
  if (scenario.northKoreaThreat !== undefined) {
    const activity = set.readingScale[scenario.northKoreaThreat] ?? 0;
    derived.push({
      field: 'nkActivity',
      value: round(activity, 2),
      how: `translated from the reading northKoreaThreat=${scenario.northKoreaThreat}: the mean log(1 + tests in 12 months) of the dataset's episodes with that reading (about ${Math.round(Math.expm1(activity))} launches or tests)`,
    });
    return { activity, tests: null, provenance: 'translated-reading' };
  }
  const direct = nkTestsBefore(scenario.date, set.series);
  if (direct !== null) {
    derived.push({
      field: 'nkTests12m',
      value: direct,
      how: `North Korean launches and nuclear tests in the ${NK_WINDOW_MONTHS} months before ${scenario.date.slice(0, 7)}, from the context series`,
    });
    return { activity: Math.log1p(direct), tests: direct, provenance: 'series' };
  }
  const last = lastCoveredDate(set.series);
  if (last !== null && scenario.date > last) {
    const tests = nkTestsBefore(last, set.series) ?? 0;
    derived.push({
      field: 'nkTests12m',
      value: tests,
      how: `the context series ends before ${scenario.date.slice(0, 7)}: used the latest 12 months it covers (to ${last.slice(0, 7)}, exclusive)`,
    });
    return { activity: Math.log1p(tests), tests, provenance: 'series' };
  }
  const activity = median(set.cases.map((c) => c.features.nkActivity));
  derived.push({
    field: 'nkActivity',
    value: round(activity, 2),
    how: 'the context series does not reach back to this date and no northKoreaThreat was given: defaulted to the median over the episodes',
  });
  return { activity, tests: null, provenance: 'default' };
}

export interface Prediction {
  probabilities: number[];
  expectedLevel: number;
  mostLikelyLevel: number;
  /** P(level ≥ 3): active mediation or pressure. */
  probabilityAtLeast3: number;
  interval: {
    level: number;
    method: string;
    probabilities: [number, number][];
    expectedLevel: [number, number];
    probabilityAtLeast3: [number, number];
  };
  contributions: Contribution[];
  derived: Derivation[];
  analogues: Analogue[];
  model: { name: string; description: string; n: number };
}

export interface PredictOptions {
  draws?: number;
  seed?: number;
  analogues?: number;
}

/**
 * Point probabilities come from the MAP fit; the 90% interval from `draws` parameter vectors
 * drawn from the Laplace approximation N(mode, (−H)⁻¹). Probabilities are rounded to two
 * decimals: 50 episodes do not support more.
 */
export function predictScenario(
  model: FittedModel,
  set: CaseSet,
  scenario: Scenario,
  options: PredictOptions = {},
): Prediction {
  const { features, derived } = resolveScenario(scenario, set);
  const x = designRow(features, model.spec);
  const p = predictOrdinal(model.fit, x);
  const random = createRandom(options.seed ?? 20250101);
  const draws = drawParameters(model.fit, options.draws ?? 1000, random).map((d) =>
    predictWith(d.beta, d.theta, model.fit.link, x),
  );
  const perLevel = p.map((_, k) => percentiles(draws.map((q) => q[k] ?? 0)));
  return {
    probabilities: p.map((v) => round(v, 2)),
    expectedLevel: round(expected(p), 1),
    mostLikelyLevel: argmax(p),
    probabilityAtLeast3: round(atLeast(p, 3), 2),
    interval: {
      level: 0.9,
      method: `Laplace approximation, ${draws.length} draws`,
      probabilities: perLevel.map(([lo, hi]) => [round(lo, 2), round(hi, 2)]),
      expectedLevel: percentiles(draws.map(expected)).map((v) => round(v, 1)) as [number, number],
      probabilityAtLeast3: percentiles(draws.map((q) => atLeast(q, 3))).map((v) => round(v, 2)) as [
        number,
        number,
      ],
    },
    contributions: contributions(model, features).map((c) => ({
      ...c,
      value: round(c.value, 2),
      effect: round(c.effect, 2),
    })),
    derived,
    analogues: analogues(
      {
        features,
        ...(scenario.instruments === undefined ? {} : { instruments: scenario.instruments }),
      },
      set.cases,
      scenario.analogues ?? options.analogues ?? 5,
    ),
    model: { name: model.spec.name, description: model.spec.description, n: model.n },
  };
}

export function expected(p: readonly number[]): number {
  return p.reduce((sum, v, k) => sum + v * k, 0);
}

export function atLeast(p: readonly number[], level: number): number {
  return p.slice(level).reduce((a, b) => a + b, 0);
}

function argmax(p: readonly number[]): number {
  let best = 0;
  p.forEach((v, k) => {
    if (v > (p[best] ?? -1)) best = k;
  });
  return best;
}

function percentiles(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return [at(0.05), at(0.95)];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
