/**
 * The involvement model as the CLI and the API use it: cases built from the database's
 * episodes and context series, the perceived-risk specification fitted to all of them, and
 * its out-of-sample evaluation. Everything here is a pure function of the inputs.
 */

import { type AblationRow, ablation } from './ablation.js';
import { buildCases, type CaseSet } from './cases.js';
import { type Evaluation, evaluate } from './evaluation.js';
import {
  type ContrastTerm,
  contrast,
  type FittedModel,
  fitSpecification,
  predictFeatures,
} from './fitting.js';
import type { ModelInputs } from './inputs.js';
import { atLeast } from './prediction.js';
import { RISK_MODEL, type Specification } from './specification.js';

export interface InvolvementModel {
  set: CaseSet;
  model: FittedModel;
}

export function fitInvolvementModel(
  inputs: ModelInputs,
  spec: Specification = RISK_MODEL,
): InvolvementModel {
  const set = buildCases(inputs.episodes, inputs.series);
  return { set, model: fitSpecification(set.cases, spec) };
}

export interface EvaluationReport {
  leaveOneOut: Evaluation;
  rollingOrigin: Evaluation;
  ablation: AblationRow[];
}

export function evaluateInvolvementModel(inputs: ModelInputs): EvaluationReport {
  const { cases } = buildCases(inputs.episodes, inputs.series);
  return {
    leaveOneOut: evaluate(cases, 'leave-one-out'),
    rollingOrigin: evaluate(cases, 'rolling-origin', { minTrain: 20 }),
    ablation: ablation(cases),
  };
}

/** The seeds' headline pair (Wiegand & Lee 2025): GSOMIA's termination against export controls. */
export const HEADLINE_PAIR = ['E2019-GSOMIA-TERMINATION', 'E2019-EXPORT-CONTROLS'] as const;

export interface Contrast {
  a: { id: string; title: string; probabilityAtLeast3: number };
  b: { id: string; title: string; probabilityAtLeast3: number };
  /** Covariates whose contributions differ, largest first (A minus B, in logits). */
  terms: ContrastTerm[];
}

/** How the fitted model sets one episode against another, and which covariates do it. */
export function contrastEpisodes(
  { set, model }: InvolvementModel,
  idA: string,
  idB: string,
): Contrast | null {
  const a = set.cases.find((c) => c.id === idA);
  const b = set.cases.find((c) => c.id === idB);
  if (a === undefined || b === undefined) return null;
  const side = (c: typeof a) => ({
    id: c.id,
    title: c.title,
    probabilityAtLeast3: atLeast(predictFeatures(model, c.features), 3),
  });
  return { a: side(a), b: side(b), terms: contrast(model, a.features, b.features) };
}
