/**
 * The standard normal distribution to near double precision, for the probit link.
 *
 * The probit fit is checked against R to 1e-4 and its log-likelihood to 1e-6, so the usual
 * five-digit textbook approximations will not do. Two classical expansions suffice, with no
 * tables of magic constants to mistype:
 *
 * - centre (|x| < 3): Marsaglia's Taylor series, Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/(3·5) + …),
 *   absolute error below 8e-16 (G. Marsaglia, "Evaluating the Normal Distribution",
 *   Journal of Statistical Software 11(4), 2004);
 * - tails (|x| ≥ 3): Laplace's continued fraction for the Mills ratio,
 *   1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))) for x > 0, evaluated with the modified
 *   Lentz algorithm (Press et al., Numerical Recipes, 3rd ed., §5.2). It gives the small tail
 *   probability with full relative accuracy, which the likelihood of an extreme case needs.
 *
 * The quantile starts from P. J. Acklam's rational approximation (relative error < 1.15e-9;
 * coefficients from his note "An algorithm for computing the inverse normal cumulative
 * distribution function", home.online.no/~pjacklam/notes/invnorm) and refines it with
 * Halley steps on the cdf above, so it is as accurate as the cdf.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/** Standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= 3) return 1 - upperTail(x);
  if (x <= -3) return upperTail(-x);
  return 0.5 + normalPdf(x) * centralSeries(x);
}

/** x + x³/3 + x⁵/(3·5) + …, summed until the terms stop changing the sum. */
function centralSeries(x: number): number {
  const q = x * x;
  let term = x;
  let sum = x;
  for (let odd = 3; odd < 400; odd += 2) {
    term *= q / odd;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return sum;
}

/** 1 − Φ(x) for x ≥ 3, via Laplace's continued fraction for the Mills ratio. */
function upperTail(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return 0;
  const density = normalPdf(x);
  if (density === 0) return 0;
  // Mills ratio R = 1/(x + 1/(x + 2/(x + …))): modified Lentz on b0 = x, a_k = k, b_k = x.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1000; k++) {
    d = x + k * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return density / f;
}

// Acklam's coefficients, central region and tails.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const LOW = 0.02425;

function horner(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const c of coefficients) value = value * x + c;
  return value;
}

/** Acklam's starting value for p ≤ ½ (the lower half; the upper half follows by symmetry). */
function acklamLower(p: number): number {
  if (p < LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(C, q) / (horner(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (horner(A, r) * q) / (horner(B, r) * r + 1);
}

/** Quantile Φ⁻¹(p) for p in [0, 1]; ±Infinity at 0 and 1, NaN outside. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  // Work in the lower half, where Φ(x) for x ≤ 0 is computed with full relative accuracy.
  let x = acklamLower(p);
  for (let step = 0; step < 4; step++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const e = (normalCdf(x) - p) / density;
    const next = x - e / (1 + (x * e) / 2); // Halley's method
    if (!Number.isFinite(next)) break;
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x)) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}
