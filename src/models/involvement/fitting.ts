/** Fitting a specification to cases: the design, the MAP fit and what explanations need. */

import { fitOrdinal, type OrdinalFit, predictOrdinal } from '../ordinal/regression.js';
import type { Case } from './cases.js';
import { COVARIATES, columnMeans, designRow } from './design.js';
import type { Features } from './features.js';
import type { Specification } from './specification.js';

/** US involvement has five levels, 0–4 (codebook §3). */
export const LEVELS = 5;

export interface FittedModel {
  spec: Specification;
  fit: OrdinalFit;
  /** Covariate means over the training cases: the reference for contributions. */
  means: number[];
  n: number;
}

export function fitSpecification(cases: readonly Case[], spec: Specification): FittedModel {
  const x = cases.map((c) => designRow(c.features, spec));
  const fit = fitOrdinal(
    {
      x,
      y: cases.map((c) => c.y),
      levels: LEVELS,
      names: spec.covariates.map((name) => name),
    },
    { link: spec.link, prior: { sd: spec.priorSd } },
  );
  return { spec, fit, means: columnMeans(x, spec.covariates.length), n: cases.length };
}

export function predictFeatures(model: FittedModel, features: Features): number[] {
  return predictOrdinal(model.fit, designRow(features, model.spec));
}

export interface Contribution {
  covariate: string;
  label: string;
  value: number;
  /** β·(x − mean): this covariate's push on the latent involvement scale, in logits. */
  effect: number;
}

/**
 * Each covariate's contribution to the linear predictor relative to the average training
 * episode, largest first. Positive effects push toward higher involvement.
 */
export function contributions(model: FittedModel, features: Features): Contribution[] {
  const row = designRow(features, model.spec);
  return model.spec.covariates
    .map((name, j) => ({
      covariate: name,
      label: COVARIATES[name].label,
      value: row[j] ?? 0,
      effect: (model.fit.beta[j] ?? 0) * ((row[j] ?? 0) - (model.means[j] ?? 0)),
    }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
}

export interface ContrastTerm {
  covariate: string;
  label: string;
  /** Effect in case A minus effect in case B, on the latent scale (logits). */
  difference: number;
}

/**
 * Why the model sets case A above (or below) case B: the covariates whose contributions
 * differ, largest difference first. Terms that do not differ are left out.
 */
export function contrast(model: FittedModel, a: Features, b: Features): ContrastTerm[] {
  const ea = new Map(contributions(model, a).map((c) => [c.covariate, c]));
  return contributions(model, b)
    .map((cb) => {
      const ca = ea.get(cb.covariate);
      return {
        covariate: cb.covariate,
        label: cb.label,
        difference: (ca?.effect ?? 0) - cb.effect,
      };
    })
    .filter((term) => Math.abs(term.difference) > 1e-12)
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference));
}
