/**
 * Out-of-sample evaluation of the involvement model against baselines (models.md §5):
 * leave-one-episode-out, and rolling origin (train only on episodes that started earlier,
 * predict the next). Every forecaster is refitted for every held-out episode. Scores are
 * proper scoring rules; skill is 1 − S_model / S_reference, with a paired bootstrap
 * interval over episodes so that a skill of 0.1 on 50 episodes is not read as certain.
 */

import { createRandom } from '../random.js';
import {
  type CalibrationRow,
  calibrationTable,
  rankedProbabilityScore,
  type ScoreSummary,
  summarise,
} from '../scoring.js';
import type { Case } from './cases.js';
import { fitSpecification, LEVELS, predictFeatures } from './fitting.js';
import { ISSUE_ONLY_MODEL, RISK_MODEL, type Specification } from './specification.js';

/** Predicts the held-out case's level probabilities from the training cases. */
export type Forecaster = (train: readonly Case[], test: Case) => number[];

export const BASELINE_NAMES = ['climatology', 'issueOnly', 'uniform'] as const;
export type BaselineName = (typeof BASELINE_NAMES)[number];

/**
 * Climatology: the base rates of the training episodes, with half an episode added to every
 * level (Jeffreys) so that a level not yet seen is not given probability 0.
 */
export const climatology: Forecaster = (train) => {
  const counts = new Array<number>(LEVELS).fill(0.5);
  for (const c of train) counts[c.y] = (counts[c.y] ?? 0) + 1;
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => count / total);
};

export const uniform: Forecaster = () => new Array<number>(LEVELS).fill(1 / LEVELS);

export function ordinalForecaster(spec: Specification): Forecaster {
  return (train, test) => predictFeatures(fitSpecification(train, spec), test.features);
}

export const FORECASTERS: Readonly<Record<'model' | BaselineName, Forecaster>> = {
  model: ordinalForecaster(RISK_MODEL),
  climatology,
  issueOnly: ordinalForecaster(ISSUE_ONLY_MODEL),
  uniform,
};

export type Scheme = 'leave-one-out' | 'rolling-origin';

/** The training set each case is predicted from, under a scheme. */
export function folds(
  cases: readonly Case[],
  scheme: Scheme,
  minTrain: number,
): { train: Case[]; test: Case }[] {
  if (scheme === 'leave-one-out') {
    return cases.map((test) => ({ train: cases.filter((c) => c !== test), test }));
  }
  const ordered = [...cases].sort((a, b) => a.start.localeCompare(b.start));
  return ordered
    .map((test) => ({ train: ordered.filter((c) => c.start < test.start), test }))
    .filter((fold) => fold.train.length >= minTrain);
}

export interface CaseForecast {
  id: string;
  start: string;
  y: number;
  forecasts: Record<'model' | BaselineName, number[]>;
}

export interface SkillEstimate {
  /** 1 − RPS_model / RPS_reference on these cases. */
  rps: number;
  /** 90% paired-bootstrap interval over episodes. */
  interval: [number, number];
  brier: number;
  logScore: number;
}

export interface Evaluation {
  scheme: Scheme;
  n: number;
  model: ScoreSummary;
  baselines: Record<BaselineName, ScoreSummary>;
  skill: Record<BaselineName, SkillEstimate>;
  calibration: CalibrationRow[];
  cases: CaseForecast[];
}

export interface EvaluationOptions {
  /** Rolling origin: the fewest earlier episodes a forecast may be trained on. */
  minTrain?: number;
  /** Bootstrap resamples for skill intervals. */
  resamples?: number;
  seed?: number;
}

export function evaluate(
  cases: readonly Case[],
  scheme: Scheme,
  options: EvaluationOptions = {},
): Evaluation {
  const forecasts: CaseForecast[] = folds(cases, scheme, options.minTrain ?? 20).map(
    ({ train, test }) => ({
      id: test.id,
      start: test.start,
      y: test.y,
      forecasts: {
        model: FORECASTERS.model(train, test),
        climatology: FORECASTERS.climatology(train, test),
        issueOnly: FORECASTERS.issueOnly(train, test),
        uniform: FORECASTERS.uniform(train, test),
      },
    }),
  );
  const scored = (name: 'model' | BaselineName) =>
    forecasts.map((f) => ({ p: f.forecasts[name], y: f.y }));
  const model = summarise(scored('model'));
  const baselines = Object.fromEntries(
    BASELINE_NAMES.map((name) => [name, summarise(scored(name))]),
  ) as Record<BaselineName, ScoreSummary>;
  const skill = Object.fromEntries(
    BASELINE_NAMES.map((name) => [
      name,
      {
        rps: 1 - model.rps / baselines[name].rps,
        interval: bootstrapSkill(forecasts, name, options.resamples ?? 2000, options.seed ?? 1),
        brier: 1 - model.brier / baselines[name].brier,
        logScore: 1 - model.logScore / baselines[name].logScore,
      },
    ]),
  ) as Record<BaselineName, SkillEstimate>;
  return {
    scheme,
    n: forecasts.length,
    model,
    baselines,
    skill,
    calibration: calibrationTable(scored('model'), 5),
    cases: forecasts,
  };
}

/** 90% percentile interval of RPS skill over episodes resampled with replacement. */
function bootstrapSkill(
  forecasts: readonly CaseForecast[],
  reference: BaselineName,
  resamples: number,
  seed: number,
): [number, number] {
  const random = createRandom(seed);
  const pairs = forecasts.map((f) => [
    rankedProbabilityScore(f.forecasts.model, f.y),
    rankedProbabilityScore(f.forecasts[reference], f.y),
  ]);
  const skills: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let model = 0;
    let base = 0;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[Math.floor(random.uniform() * pairs.length)];
      model += pair?.[0] ?? 0;
      base += pair?.[1] ?? 0;
    }
    skills.push(base === 0 ? 0 : 1 - model / base);
  }
  skills.sort((a, b) => a - b);
  const at = (q: number) => skills[Math.min(skills.length - 1, Math.floor(q * skills.length))] ?? 0;
  return [at(0.05), at(0.95)];
}
