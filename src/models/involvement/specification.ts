/**
 * Model specifications as plain values (STYLE.md §4): which covariates, which link, which
 * prior. Fitting and evaluation are functions of a specification; nothing here computes.
 * Both specifications were fixed before the first evaluation was run and are not tuned on
 * it (docs/model.md §3).
 */
import type { Link } from '../ordinal/regression.js';

/** Covariates the involvement model can use; see COVARIATES in design.ts for definitions. */
export type CovariateName =
  | 'issueTerritory'
  | 'issueTrade'
  | 'issueSecurity'
  | 'issueOther'
  | 'securityAtStake'
  | 'nkActivity'
  | 'escalation';

export interface Specification {
  name: string;
  description: string;
  link: Link;
  covariates: readonly CovariateName[];
  /** Standard deviation of the zero-mean Gaussian prior on each coefficient (MAP fit). */
  priorSd: number;
}

const ISSUE_DUMMIES: readonly CovariateName[] = [
  'issueTerritory',
  'issueTrade',
  'issueSecurity',
  'issueOther',
];

/**
 * The perceived-risk model: issue type plus the three measures of cost and risk to US
 * security — a security-cooperation instrument at stake, North Korean activity before the
 * episode, and how far the allies escalated. Prior sd 2.5 per coefficient: weakly
 * informative on covariates of unit scale (Gelman et al. 2008, Ann. Appl. Stat. 2(4)),
 * needed because 50 episodes with several binary covariates separate easily.
 */
export const RISK_MODEL: Specification = {
  name: 'risk',
  description:
    'US involvement level on issue type, security cooperation at stake, North Korean activity in the prior 12 months and escalation (ordinal logit, Gaussian prior sd 2.5)',
  link: 'logit',
  covariates: [...ISSUE_DUMMIES, 'securityAtStake', 'nkActivity', 'escalation'],
  priorSd: 2.5,
};

/** The issue-type-only baseline: the same model without the risk covariates. */
export const ISSUE_ONLY_MODEL: Specification = {
  name: 'issueOnly',
  description: 'US involvement level on issue type alone (ordinal logit, Gaussian prior sd 2.5)',
  link: 'logit',
  covariates: ISSUE_DUMMIES,
  priorSd: 2.5,
};
