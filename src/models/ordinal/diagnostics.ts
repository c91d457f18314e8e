import { ModelInputError, type OrdinalDesign } from './input.js';

/**
 * What the ordinal fit says when it cannot give a trustworthy answer: a collinear design
 * (thrown), and separation or a stalled search (returned as warnings on the fit). Each message
 * names the parameter involved and what to do about it.
 */

function parameterName(design: OrdinalDesign, column: number): string {
  const pc = design.names.length;
  return column < pc ? `covariate "${design.names[column]}"` : `threshold θ_${column - pc}`;
}

export function collinearError(design: OrdinalDesign, column: number): ModelInputError {
  return new ModelInputError(
    `${parameterName(design, column)} is (nearly) a linear combination of the covariates before ` +
      'it and the thresholds, so its coefficient cannot be estimated. Look for duplicated ' +
      'columns or a dummy for every category of a factor (drop one as the reference), or ' +
      'add a prior (options.prior)',
  );
}

const SEPARATION_ADVICE =
  'This is what (quasi-)complete separation looks like: some covariate pattern predicts the ' +
  'level perfectly, so the likelihood keeps rising as coefficients grow and no finite maximum ' +
  'exists. Add a prior (options.prior, e.g. { sd: 2.5 }), or merge levels / drop the covariate';

function largestBeta(design: OrdinalDesign, psi: readonly number[]): string {
  const pc = design.names.length;
  if (pc === 0) return 'no covariates';
  let best = 0;
  for (let j = 1; j < pc; j++) if (Math.abs(psi[j] ?? 0) > Math.abs(psi[best] ?? 0)) best = j;
  return `largest |β| = ${Math.abs(psi[best] ?? 0).toPrecision(3)}, for "${design.names[best]}"`;
}

export function singularMessage(
  design: OrdinalDesign,
  column: number,
  iterations: number,
  psi: readonly number[],
): string {
  return (
    `the information matrix became singular after ${iterations} Newton steps (at ` +
    `${parameterName(design, column)}; ${largestBeta(design, psi)}): the estimates are ` +
    `diverging and have no standard errors. ${SEPARATION_ADVICE}`
  );
}

export function divergedMessage(
  design: OrdinalDesign,
  psi: readonly number[],
  iterations: number,
): string {
  return (
    `no convergence after ${iterations} Newton steps: the estimates were still moving ` +
    `(${largestBeta(design, psi)}). ${SEPARATION_ADVICE}; if the estimates look sane, raise ` +
    'maxIterations'
  );
}

export function stalledMessage(iterations: number, decrement: number): string {
  return (
    `step-halving could not improve the log-likelihood after ${iterations} Newton steps ` +
    `although the Newton decrement is ${decrement.toPrecision(3)}: the fit is not at a maximum. ` +
    'Check the covariates for extreme values (rescale them) and refit'
  );
}
