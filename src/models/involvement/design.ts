/**
 * From features to the numbers the ordinal model sees: one row per episode, one column per
 * covariate of the specification. History is the reference issue type.
 */
import type { Features } from './features.js';
import type { CovariateName, Specification } from './specification.js';

export interface Covariate {
  label: string;
  /** How the value is read off the features, for docs and explanations. */
  definition: string;
  value: (features: Features) => number;
}

export const COVARIATES: Readonly<Record<CovariateName, Covariate>> = {
  issueTerritory: {
    label: 'territorial issue',
    definition: '1 if the primary issue is territory (reference: history)',
    value: (f) => (f.issue === 'territory' ? 1 : 0),
  },
  issueTrade: {
    label: 'trade issue',
    definition: '1 if the primary issue is trade (reference: history)',
    value: (f) => (f.issue === 'trade' ? 1 : 0),
  },
  issueSecurity: {
    label: 'security issue',
    definition: '1 if the primary issue is security (reference: history)',
    value: (f) => (f.issue === 'security' ? 1 : 0),
  },
  issueOther: {
    label: 'other issue',
    definition: '1 if the primary issue is "other" (reference: history)',
    value: (f) => (f.issue === 'other' ? 1 : 0),
  },
  securityAtStake: {
    label: 'security cooperation at stake',
    definition: '1 if a security-cooperation instrument is at stake (codebook §4)',
    value: (f) => (f.securityCooperationAtStake ? 1 : 0),
  },
  nkActivity: {
    label: 'North Korean activity',
    definition:
      'log(1 + North Korean missile launches and nuclear tests in the 12 months before the start month)',
    value: (f) => f.nkActivity,
  },
  escalation: {
    label: 'escalation',
    definition: 'highest level of hostile acts between the two governments, 0–3 (codebook §5)',
    value: (f) => f.escalation,
  },
};

export function designRow(features: Features, spec: Specification): number[] {
  return spec.covariates.map((name) => COVARIATES[name].value(features));
}

/** Column means of a design: the "average episode" contributions are measured against. */
export function columnMeans(rows: readonly (readonly number[])[], width: number): number[] {
  const means = new Array<number>(width).fill(0);
  for (const row of rows) {
    for (let j = 0; j < width; j++) means[j] = (means[j] ?? 0) + (row[j] ?? 0) / rows.length;
  }
  return means;
}
