/**
 * Which risk covariates carry out-of-sample information beyond issue type: the issue-only
 * model with each risk covariate added alone, and the risk covariates without issue type,
 * each scored by leave-one-out RPS. This explains the main comparison; it is not used to
 * choose the specification (docs/model.md §3).
 */

import { rankedProbabilityScore } from '../scoring.js';
import type { Case } from './cases.js';
import { folds, ordinalForecaster } from './evaluation.js';
import {
  type CovariateName,
  ISSUE_ONLY_MODEL,
  RISK_MODEL,
  type Specification,
} from './specification.js';

export interface AblationRow {
  name: string;
  covariates: readonly CovariateName[];
  /** Mean leave-one-out RPS. */
  rps: number;
  /** 1 − RPS / RPS of the issue-only model. */
  skillVsIssueOnly: number;
}

export function ablation(cases: readonly Case[]): AblationRow[] {
  const risk = RISK_MODEL.covariates.filter((c) => !ISSUE_ONLY_MODEL.covariates.includes(c));
  const variants: Specification[] = [
    ISSUE_ONLY_MODEL,
    ...risk.map((c) => ({
      ...ISSUE_ONLY_MODEL,
      name: `issueOnly + ${c}`,
      covariates: [...ISSUE_ONLY_MODEL.covariates, c],
    })),
    { ...RISK_MODEL, name: 'risk covariates without issue type', covariates: risk },
    RISK_MODEL,
  ];
  const scores = variants.map((spec) => looRps(cases, spec));
  const reference = scores[0] ?? Number.NaN;
  return variants.map((spec, i) => ({
    name: spec.name,
    covariates: spec.covariates,
    rps: scores[i] ?? Number.NaN,
    skillVsIssueOnly: 1 - (scores[i] ?? Number.NaN) / reference,
  }));
}

function looRps(cases: readonly Case[], spec: Specification): number {
  const forecast = ordinalForecaster(spec);
  const all = folds(cases, 'leave-one-out', 0);
  return (
    all.reduce(
      (sum, { train, test }) => sum + rankedProbabilityScore(forecast(train, test), test.y),
      0,
    ) / all.length
  );
}
