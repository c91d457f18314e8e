import { collinearError, divergedMessage, singularMessage, stalledMessage } from './diagnostics.js';
import { factorInformation } from './information.js';
import {
  checkOrdinalData,
  ModelInputError,
  type OrdinalData,
  type OrdinalDesign,
  priorPrecisions,
} from './input.js';
import { ordinalDerivatives, ordinalLogLik } from './likelihood.js';
import { intervalProbability, type Link, type LinkFunctions, linkFunctions } from './link.js';

/**
 * The cumulative-link (proportional-odds) model, parameterised exactly as R's MASS::polr:
 *
 *   P(Y ≤ k | x) = F(θ_k − xᵀβ),  k = 0..K−2,  θ_0 < … < θ_{K−2},  F logistic or normal,
 *
 * so a positive β moves the outcome up the scale (docs: models.md §1). polr maximises with
 * BFGS on a reparameterisation; here Newton–Raphson runs on the exact gradient and Hessian
 * (ordinal-likelihood.ts), halving the step while the objective does not improve or the
 * thresholds lose their order. It starts from β = 0 and θ_k = F⁻¹(cumulative proportion),
 * which is the exact MLE of the model without covariates.
 *
 * With a Gaussian prior β_j ~ N(0, sd_j²) (thresholds flat), the same iteration finds the
 * posterior mode (MAP) using g − Λβ and H − Λ, Λ = diag(1/sd²); the covariance is then
 * (−H + Λ)⁻¹, the Laplace approximation to the posterior. Without a prior it is (−H)⁻¹, whose
 * diagonal gives the usual standard errors.
 */

export { ModelInputError, type OrdinalData } from './input.js';
export type { Link } from './link.js';

export interface OrdinalOptions {
  link: Link;
  /** Gaussian prior on β, mean 0: one sd for every coefficient or one per coefficient. */
  prior?: { sd: number | readonly number[] };
  /** Newton steps allowed (default 100). */
  maxIterations?: number;
  /**
   * Converged when no parameter would move by more than this in a full Newton step (default
   * 1e-9), or when the Newton decrement is at the objective's rounding level (< 1e-12·(1+|ℓ|))
   * and no parameter would move by more than 1e-4; the final Newton step is then taken.
   */
  tolerance?: number;
}

export interface OrdinalFit {
  link: Link;
  levels: number;
  names: string[];
  beta: number[];
  /** K−1 increasing thresholds. */
  theta: number[];
  /** Order: beta then theta. NaN when the information matrix is singular (see warnings). */
  covariance: number[][];
  seBeta: number[];
  seTheta: number[];
  /** Log-likelihood at the estimate (without the prior). */
  logLik: number;
  /** logLik + Σ log N(β_j | 0, sd_j²): the log unnormalised posterior; = logLik without a prior. */
  logPosterior: number;
  /** Prior sd per coefficient, or null for maximum likelihood. */
  priorSd: number[] | null;
  iterations: number;
  converged: boolean;
  /** Why the fit should not be trusted, when it should not. Empty for a clean fit. */
  warnings: string[];
  /** Total case weight (the number of observations when unweighted), as polr's `n`. */
  n: number;
}

export function fitOrdinal(data: OrdinalData, options: OrdinalOptions): OrdinalFit {
  const hasPrior = options.prior !== undefined;
  const design = checkOrdinalData(data, hasPrior);
  const link = linkFunctions(options.link);
  const precisions = priorPrecisions(options.prior, design.names);
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-9;
  const pc = design.names.length;
  const objective = (psi: readonly number[]): number => {
    if (!thresholdsOrdered(psi, pc)) return Number.NEGATIVE_INFINITY;
    const beta = psi.slice(0, pc);
    return ordinalLogLik(design, link, beta, psi.slice(pc)) - penalty(beta, precisions);
  };

  let psi = [...new Array<number>(pc).fill(0), ...startThresholds(design, link)];
  let value = objective(psi);
  let converged = false;
  let iterations = 0;
  const warnings: string[] = [];
  while (!converged && iterations < maxIterations) {
    const { gradient, information } = penalisedTerms(design, link, psi, precisions);
    const factor = factorInformation(information);
    if (!factor.ok) {
      if (iterations === 0 && !hasPrior) throw collinearError(design, factor.column);
      warnings.push(singularMessage(design, factor.column, iterations, psi));
      break;
    }
    const step = factor.solve(gradient);
    const largest = Math.max(0, ...step.map(Math.abs));
    // Newton decrement gᵀ(−H)⁻¹g: twice the improvement the quadratic model still expects.
    const decrement = gradient.reduce((sum, g, j) => sum + g * (step[j] ?? 0), 0);
    iterations++;
    if (largest < tolerance || (decrement < 1e-12 * (1 + Math.abs(value)) && largest < 1e-4)) {
      // Close enough that the objective can no longer rank candidates (its changes are at
      // rounding level), but the gradient still can: take the last Newton step unchecked.
      // Under separation the decrement also vanishes, but the step stays large; that case
      // runs on to maxIterations and is reported below.
      const last = psi.map((p, j) => p + (step[j] ?? 0));
      if (thresholdsOrdered(last, pc)) psi = last;
      converged = true;
      break;
    }
    const accepted = lineSearch(psi, step, value, objective);
    if (accepted === null) {
      warnings.push(stalledMessage(iterations, decrement));
      break;
    }
    psi = accepted.psi;
    value = accepted.value;
  }
  if (!converged && warnings.length === 0) warnings.push(divergedMessage(design, psi, iterations));
  return summarise(design, options, link, psi, precisions, { iterations, converged, warnings });
}

/** Probabilities of the K levels for covariates x under a fit. */
export function predictOrdinal(fit: OrdinalFit, x: readonly number[]): number[] {
  if (x.length !== fit.beta.length) {
    throw new ModelInputError(
      `x has ${x.length} values but the model has ${fit.beta.length} covariates (${fit.names.join(', ')})`,
    );
  }
  return predictWith(fit.beta, fit.theta, fit.link, x);
}

/** Probabilities of the K = θ.length + 1 levels for covariates x, given parameters. */
export function predictWith(
  beta: readonly number[],
  theta: readonly number[],
  link: Link,
  x: readonly number[],
): number[] {
  const F = linkFunctions(link);
  let eta = 0;
  for (let j = 0; j < beta.length; j++) eta += (beta[j] ?? 0) * (x[j] ?? 0);
  const cuts = [Number.NEGATIVE_INFINITY, ...theta.map((t) => t - eta), Number.POSITIVE_INFINITY];
  return theta.concat(0).map((_, k) => intervalProbability(F, cuts[k] ?? 0, cuts[k + 1] ?? 0));
}

function penalty(beta: readonly number[], precisions: readonly number[]): number {
  return beta.reduce((sum, b, j) => sum + 0.5 * (precisions[j] ?? 0) * b * b, 0);
}

function thresholdsOrdered(psi: readonly number[], pc: number): boolean {
  for (let k = pc; k < psi.length; k++) {
    const t = psi[k] ?? Number.NaN;
    if (!Number.isFinite(t)) return false;
    if (k > pc && !(t > (psi[k - 1] ?? Number.NaN))) return false;
  }
  return true;
}

function startThresholds(design: OrdinalDesign, link: LinkFunctions): number[] {
  const totals = new Array<number>(design.levels).fill(0);
  design.y.forEach((level, i) => {
    totals[level] = (totals[level] ?? 0) + (design.weights[i] ?? 0);
  });
  const all = totals.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return totals.slice(0, -1).map((t) => {
    cumulative += t;
    return link.quantile(cumulative / all);
  });
}

/** The penalised gradient g − Λβ and information −H + Λ at ψ. */
function penalisedTerms(
  design: OrdinalDesign,
  link: LinkFunctions,
  psi: readonly number[],
  precisions: readonly number[],
): { gradient: number[]; information: number[][]; logLik: number } {
  const pc = precisions.length;
  const { logLik, gradient, hessian } = ordinalDerivatives(
    design,
    link,
    psi.slice(0, pc),
    psi.slice(pc),
  );
  const information = hessian.map((row) => row.map((h) => -h));
  for (let j = 0; j < pc; j++) {
    const lambda = precisions[j] ?? 0;
    gradient[j] = (gradient[j] ?? 0) - lambda * (psi[j] ?? 0);
    const row = information[j] ?? [];
    row[j] = (row[j] ?? 0) + lambda;
  }
  return { gradient, information, logLik };
}

/** Step-halving: the longest step ψ + 2⁻ᵐδ (m ≤ 40) that does not lower the objective. */
function lineSearch(
  psi: readonly number[],
  step: readonly number[],
  value: number,
  objective: (psi: readonly number[]) => number,
): { psi: number[]; value: number } | null {
  let t = 1;
  for (let halvings = 0; halvings <= 40; halvings++) {
    const candidate = psi.map((p, j) => p + t * (step[j] ?? 0));
    const candidateValue = objective(candidate);
    if (candidateValue >= value) return { psi: candidate, value: candidateValue };
    t /= 2;
  }
  return null;
}

function summarise(
  design: OrdinalDesign,
  options: OrdinalOptions,
  link: LinkFunctions,
  psi: readonly number[],
  precisions: readonly number[],
  state: { iterations: number; converged: boolean; warnings: string[] },
): OrdinalFit {
  const pc = precisions.length;
  const size = psi.length;
  const beta = psi.slice(0, pc);
  const theta = psi.slice(pc);
  const { information, logLik } = penalisedTerms(design, link, psi, precisions);
  const factor = factorInformation(information);
  const covariance = factor.ok
    ? factor.inverse()
    : Array.from({ length: size }, () => new Array<number>(size).fill(Number.NaN));
  if (!factor.ok && state.warnings.length === 0) {
    state.warnings.push(singularMessage(design, factor.column, state.iterations, psi));
  }
  const se = covariance.map((row, j) => Math.sqrt(row[j] ?? Number.NaN));
  const hasPrior = options.prior !== undefined;
  const logPrior = hasPrior
    ? precisions.reduce((sum, lambda) => sum + 0.5 * Math.log(lambda / (2 * Math.PI)), 0) -
      penalty(beta, precisions)
    : 0;
  return {
    link: link.name,
    levels: design.levels,
    names: design.names,
    beta,
    theta,
    covariance,
    seBeta: se.slice(0, pc),
    seTheta: se.slice(pc),
    logLik,
    logPosterior: logLik + logPrior,
    priorSd: hasPrior ? precisions.map((lambda) => 1 / Math.sqrt(lambda)) : null,
    iterations: state.iterations,
    converged: state.converged,
    warnings: state.warnings,
    n: design.weights.reduce((a, b) => a + b, 0),
  };
}
