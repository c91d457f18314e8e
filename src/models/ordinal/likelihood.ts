import type { OrdinalDesign } from './input.js';
import { intervalProbability, type LinkFunctions } from './link.js';

/**
 * Log-likelihood of the cumulative-link model with its exact gradient and Hessian.
 *
 * Parameters are ψ = (β, θ), in that order (as in vcov(MASS::polr)). For a row with level k,
 * a = θ_k − η and b = θ_{k−1} − η (η = xᵀβ, θ_{−1} = −∞, θ_{K−1} = +∞), and
 *
 *   p = F(a) − F(b),  ∂a/∂ψ = (−x, e_k),  ∂b/∂ψ = (−x, e_{k−1}),
 *   ∂p/∂ψ = f(a) ∂a − f(b) ∂b,   ∂²p/∂ψ² = f′(a) ∂a ∂aᵀ − f′(b) ∂b ∂bᵀ,
 *   ∂ log p = ∂p / p,             ∂² log p = ∂²p / p − ∂p ∂pᵀ / p².
 *
 * Each row's terms are multiplied by its case weight. Because the logistic and normal densities
 * are log-concave, the log-likelihood is concave in ψ (a result usually credited to J. W. Pratt,
 * "Concavity of the log likelihood", JASA 1981 — cited from memory, not re-checked here), which
 * is why plain Newton with step-halving is enough.
 */

export interface LikelihoodDerivatives {
  logLik: number;
  gradient: number[];
  /** Symmetric (exactly: the lower triangle mirrors the upper). */
  hessian: number[][];
}

/** Σ w_i log p_i; −Infinity when some observed level has probability 0 under ψ. */
export function ordinalLogLik(
  design: OrdinalDesign,
  link: LinkFunctions,
  beta: readonly number[],
  theta: readonly number[],
): number {
  let total = 0;
  for (let i = 0; i < design.y.length; i++) {
    const weight = design.weights[i] ?? 0;
    if (weight === 0) continue;
    const { lower, upper } = bounds(design, i, beta, theta);
    const p = intervalProbability(link, lower, upper);
    if (!(p > 0)) return Number.NEGATIVE_INFINITY;
    total += weight * Math.log(p);
  }
  return total;
}

export function ordinalDerivatives(
  design: OrdinalDesign,
  link: LinkFunctions,
  beta: readonly number[],
  theta: readonly number[],
): LikelihoodDerivatives {
  const pc = beta.length;
  const size = pc + theta.length;
  const gradient = new Array<number>(size).fill(0);
  const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const dp = new Array<number>(size);
  const da = new Array<number>(size);
  const db = new Array<number>(size);
  let logLik = 0;
  for (let i = 0; i < design.y.length; i++) {
    const weight = design.weights[i] ?? 0;
    if (weight === 0) continue;
    const row = design.x[i] ?? [];
    const level = design.y[i] ?? 0;
    const { lower, upper } = bounds(design, i, beta, theta);
    const p = intervalProbability(link, lower, upper);
    if (!(p > 0)) return { logLik: Number.NEGATIVE_INFINITY, gradient, hessian };
    logLik += weight * Math.log(p);
    const hasUpper = Number.isFinite(upper);
    const hasLower = Number.isFinite(lower);
    const fa = hasUpper ? link.pdf(upper) : 0;
    const fb = hasLower ? link.pdf(lower) : 0;
    const dfa = hasUpper ? link.dpdf(upper) : 0;
    const dfb = hasLower ? link.dpdf(lower) : 0;
    // ∂a and ∂b as dense vectors: −x in the β block, a single 1 in the θ block.
    for (let j = 0; j < size; j++) {
      const xj = j < pc ? -(row[j] ?? 0) : 0;
      da[j] = xj + (hasUpper && j === pc + level ? 1 : 0);
      db[j] = xj + (hasLower && j === pc + level - 1 ? 1 : 0);
      dp[j] = fa * (da[j] ?? 0) - fb * (db[j] ?? 0);
    }
    const scale = weight / p;
    for (let r = 0; r < size; r++) {
      const dpr = dp[r] ?? 0;
      gradient[r] = (gradient[r] ?? 0) + scale * dpr;
      const dar = da[r] ?? 0;
      const dbr = db[r] ?? 0;
      const hr = hessian[r] ?? [];
      for (let c = r; c < size; c++) {
        const second = dfa * dar * (da[c] ?? 0) - dfb * dbr * (db[c] ?? 0);
        hr[c] = (hr[c] ?? 0) + scale * (second - (dpr * (dp[c] ?? 0)) / p);
      }
    }
  }
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < r; c++) {
      const mirror = hessian[c]?.[r] ?? 0;
      (hessian[r] ?? [])[c] = mirror;
    }
  }
  return { logLik, gradient, hessian };
}

function bounds(
  design: OrdinalDesign,
  i: number,
  beta: readonly number[],
  theta: readonly number[],
): { lower: number; upper: number } {
  const row = design.x[i] ?? [];
  let eta = 0;
  for (let j = 0; j < beta.length; j++) eta += (row[j] ?? 0) * (beta[j] ?? 0);
  const level = design.y[i] ?? 0;
  const upper = level < theta.length ? (theta[level] ?? 0) - eta : Number.POSITIVE_INFINITY;
  const lower = level > 0 ? (theta[level - 1] ?? 0) - eta : Number.NEGATIVE_INFINITY;
  return { lower, upper };
}
