import { normalCdf, normalPdf, normalQuantile } from './normal.js';

/**
 * Link functions of the cumulative-link model: P(Y ≤ k | x) = F(θ_k − xᵀβ).
 *
 * Both distributions are symmetric about 0, F(−z) = 1 − F(z); the likelihood uses that to
 * take differences of small upper-tail probabilities rather than of numbers close to 1.
 * `dpdf` is f′, which the exact Hessian needs.
 */
export type Link = 'logit' | 'probit';

export interface LinkFunctions {
  readonly name: Link;
  /** F(z): the latent error's distribution function. */
  cdf(z: number): number;
  /** f(z) = F′(z). */
  pdf(z: number): number;
  /** f′(z). */
  dpdf(z: number): number;
  /** F⁻¹(p). */
  quantile(p: number): number;
}

function logisticPdf(z: number): number {
  const e = Math.exp(-Math.abs(z));
  return e / ((1 + e) * (1 + e));
}

/** Logistic: F(z) = 1/(1 + e^{−z}), f = F(1 − F), f′ = f(1 − 2F) = −f·tanh(z/2). */
export const logit: LinkFunctions = {
  name: 'logit',
  cdf(z) {
    if (z >= 0) return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
  },
  pdf: logisticPdf,
  dpdf(z) {
    return -logisticPdf(z) * Math.tanh(z / 2);
  },
  quantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
    return Math.log(p) - Math.log1p(-p);
  },
};

/** Probit: F = Φ, f = φ, f′(z) = −zφ(z). See normal.ts for the accuracy of Φ and Φ⁻¹. */
export const probit: LinkFunctions = {
  name: 'probit',
  cdf: normalCdf,
  pdf: normalPdf,
  dpdf(z) {
    return -z * normalPdf(z);
  },
  quantile: normalQuantile,
};

export function linkFunctions(link: Link): LinkFunctions {
  return link === 'logit' ? logit : probit;
}

/**
 * F(upper) − F(lower) for lower < upper (either may be infinite), computed on the side of 0
 * where both terms are small so that the difference keeps its relative accuracy.
 */
export function intervalProbability(link: LinkFunctions, lower: number, upper: number): number {
  if (lower > 0) return link.cdf(-lower) - link.cdf(-upper);
  return link.cdf(upper) - link.cdf(lower);
}
