/**
 * A fitted model described for people: coefficients with intervals and odds ratios, the
 * thresholds, and how the fit went. What `fineline model` prints and `GET /api/model` serves.
 */
import { COVARIATES } from './design.js';
import type { FittedModel } from './fitting.js';

export interface CoefficientSummary {
  covariate: string;
  label: string;
  definition: string;
  estimate: number;
  se: number;
  /** 90% interval, estimate ± 1.645 se (normal approximation at the posterior mode). */
  interval: [number, number];
  oddsRatio: number;
}

export interface ModelSummary {
  name: string;
  description: string;
  link: string;
  priorSd: number;
  n: number;
  coefficients: CoefficientSummary[];
  thresholds: { between: string; estimate: number; se: number }[];
  logLik: number;
  converged: boolean;
  iterations: number;
}

const Z90 = 1.6448536269514722;

export function summariseModel(model: FittedModel): ModelSummary {
  const { fit, spec } = model;
  return {
    name: spec.name,
    description: spec.description,
    link: spec.link,
    priorSd: spec.priorSd,
    n: model.n,
    coefficients: spec.covariates.map((name, j) => {
      const estimate = fit.beta[j] ?? 0;
      const se = fit.seBeta[j] ?? 0;
      return {
        covariate: name,
        label: COVARIATES[name].label,
        definition: COVARIATES[name].definition,
        estimate: round(estimate),
        se: round(se),
        interval: [round(estimate - Z90 * se), round(estimate + Z90 * se)],
        oddsRatio: round(Math.exp(estimate)),
      };
    }),
    thresholds: fit.theta.map((theta, k) => ({
      between: `${k}|${k + 1}`,
      estimate: round(theta),
      se: round(fit.seTheta[k] ?? 0),
    })),
    logLik: round(fit.logLik),
    converged: fit.converged,
    iterations: fit.iterations,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
