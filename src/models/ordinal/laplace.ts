import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import type { Random } from '../random.js';
import { ModelInputError } from './input.js';
import type { OrdinalFit } from './regression.js';

/**
 * Parameter draws for predictive intervals: the Laplace approximation, N(mode, covariance),
 * around a fitted ordinal model (the posterior mode and (−H + Λ)⁻¹ under a prior, or the MLE
 * and its asymptotic covariance without one). ψ = mode + L z with L the Cholesky factor of the
 * covariance and z standard normal.
 *
 * A normal draw can put the thresholds out of order, which is no model at all. Such draws are
 * rejected and redrawn, so the draws come from the normal truncated to ordered thresholds
 * (rather than sorted, which would move mass between thresholds arbitrarily). When thresholds
 * are many standard errors apart, rejections are rare and the truncation is negligible; when
 * they are not, the draws' threshold means sit slightly further apart than the mode.
 */

export interface ParameterDraw {
  beta: number[];
  theta: number[];
}

/** Give up when fewer than 1 draw in this many has ordered thresholds. */
const MAX_REJECTION_RATIO = 1000;

export function drawParameters(fit: OrdinalFit, n: number, random: Random): ParameterDraw[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new ModelInputError(`number of draws must be a whole number ≥ 0 (found ${n})`);
  }
  if (!fit.converged) {
    throw new ModelInputError(
      `cannot draw parameters around a fit that did not converge: ${fit.warnings[0] ?? 'no reason recorded'}`,
    );
  }
  const mode = [...fit.beta, ...fit.theta];
  const size = mode.length;
  const usable = fit.covariance.every((row) => row.every(Number.isFinite));
  const cholesky = usable ? new CholeskyDecomposition(symmetric(fit.covariance)) : undefined;
  if (cholesky === undefined || !cholesky.isPositiveDefinite()) {
    throw new ModelInputError(
      'cannot draw parameters: the fit has no positive-definite covariance' +
        (fit.warnings.length > 0 ? ` (${fit.warnings[0]})` : '') +
        '. Refit with a prior (options.prior) to get a proper one',
    );
  }
  const L = cholesky.lowerTriangularMatrix;
  const pc = fit.beta.length;
  const draws: ParameterDraw[] = [];
  let attempts = 0;
  while (draws.length < n) {
    if (attempts > MAX_REJECTION_RATIO * Math.max(n, 1)) {
      throw new ModelInputError(
        `cannot draw parameters: only ${draws.length} of ${attempts} normal draws had ordered ` +
          'thresholds, so the Laplace approximation is a poor description of this fit. ' +
          'Merge sparse levels or use a bootstrap instead',
      );
    }
    attempts++;
    const z = Array.from({ length: size }, () => random.normal());
    const psi = mode.map((m, r) => {
      let value = m;
      for (let c = 0; c <= r; c++) value += L.get(r, c) * (z[c] ?? 0);
      return value;
    });
    const theta = psi.slice(pc);
    if (theta.every((t, k) => k === 0 || t > (theta[k - 1] ?? Number.NaN))) {
      draws.push({ beta: psi.slice(0, pc), theta });
    }
  }
  return draws;
}

/** ml-matrix insists on exact symmetry; average away rounding differences. */
function symmetric(a: readonly (readonly number[])[]): Matrix {
  const size = a.length;
  const m = new Matrix(size, size);
  for (let r = 0; r < size; r++) {
    for (let c = r; c < size; c++) {
      const value = ((a[r]?.[c] ?? 0) + (a[c]?.[r] ?? 0)) / 2;
      m.set(r, c, value);
      m.set(c, r, value);
    }
  }
  return m;
}
