import { describe, expect, it } from 'vitest';
import { drawParameters } from '../../../src/models/ordinal/laplace.js';
import { logit } from '../../../src/models/ordinal/link.js';
import {
  fitOrdinal,
  ModelInputError,
  type OrdinalData,
} from '../../../src/models/ordinal/regression.js';
import { createRandom } from '../../../src/models/random.js';

/** Simulated proportional-odds data: η = 1.0·x1 − 0.8·x2, logistic errors, cuts −1, 0.5, 2. */
function simulate(n: number, seed: number): OrdinalData {
  const random = createRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x1 = random.normal();
    const x2 = random.uniform() < 0.5 ? 1 : 0;
    const latent = 1.0 * x1 - 0.8 * x2 + logit.quantile(random.uniform());
    x.push([x1, x2]);
    y.push([-1, 0.5, 2].filter((cut) => latent > cut).length);
  }
  return { x, y, levels: 4, names: ['x1', 'x2'] };
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
function covarianceOf(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  return a.reduce((s, v, i) => s + (v - ma) * ((b[i] ?? 0) - mb), 0) / (a.length - 1);
}

describe('drawParameters(fit, n, random)', () => {
  const fit = fitOrdinal(simulate(400, 7), { link: 'logit' });
  const N = 4000;
  const draws = drawParameters(fit, N, createRandom(2024));
  const columns = [...fit.beta, ...fit.theta].map((_, j) =>
    draws.map((d) => (j < fit.beta.length ? d.beta[j] : d.theta[j - fit.beta.length]) ?? 0),
  );
  const se = [...fit.seBeta, ...fit.seTheta];

  it('returns n draws with ordered thresholds', () => {
    expect(fit.converged).toBe(true);
    expect(draws).toHaveLength(N);
    for (const d of draws) {
      expect(d.beta).toHaveLength(2);
      expect(d.theta).toHaveLength(3);
      expect(d.theta[0]).toBeLessThan(d.theta[1] ?? Number.NaN);
      expect(d.theta[1]).toBeLessThan(d.theta[2] ?? Number.NaN);
    }
  });

  it('centres the draws on the mode, within 4 Monte Carlo standard errors (se/√N)', () => {
    const mode = [...fit.beta, ...fit.theta];
    columns.forEach((column, j) => {
      const s = se[j] ?? Number.NaN;
      // 4·s/√N ≤ 0.013 here, while every |parameter| is ≥ 0.58: draws centred on 0, or with β
      // and θ swapped, fail by far.
      expect(Math.abs(mean(column) - (mode[j] ?? Number.NaN))).toBeLessThan((4 * s) / Math.sqrt(N));
    });
  });

  it('reproduces the covariance: sds within 5% of the standard errors, correlations within 0.07', () => {
    // Sampling sd of a sample sd is ≈ sd/√(2N) ≈ 1.1%; of a correlation ≤ 1/√N ≈ 0.016.
    columns.forEach((a, j) => {
      expect(Math.abs(Math.sqrt(covarianceOf(a, a)) / (se[j] ?? Number.NaN) - 1)).toBeLessThan(
        0.05,
      );
      columns.forEach((b, k) => {
        if (k <= j) return;
        const sample = covarianceOf(a, b) / Math.sqrt(covarianceOf(a, a) * covarianceOf(b, b));
        const implied = (fit.covariance[j]?.[k] ?? Number.NaN) / ((se[j] ?? 0) * (se[k] ?? 0));
        expect(Math.abs(sample - implied)).toBeLessThan(0.07);
      });
    });
    // The β are nearly uncorrelated here (−0.06) but θ_0 and θ_1 correlate at ≈ 0.66, so an
    // independent (diagonal) draw would fail the correlation check.
    const implied = (fit.covariance[2]?.[3] ?? 0) / ((se[2] ?? 0) * (se[3] ?? 0));
    expect(implied).toBeGreaterThan(0.3);
  });

  it('is reproducible from its seed', () => {
    const again = drawParameters(fit, 5, createRandom(2024));
    expect(again).toEqual(draws.slice(0, 5));
    expect(drawParameters(fit, 5, createRandom(2025))).not.toEqual(again);
  });

  it('refuses a fit that did not converge, and a bad n', () => {
    const separated: OrdinalData = {
      x: [[-2], [-1], [1], [2], [4], [5]],
      y: [0, 0, 1, 1, 2, 2],
      levels: 3,
    };
    const diverged = fitOrdinal(separated, { link: 'logit', maxIterations: 30 });
    expect(diverged.converged).toBe(false);
    expect(() => drawParameters(diverged, 10, createRandom(1))).toThrow(ModelInputError);
    expect(() => drawParameters(diverged, 10, createRandom(1))).toThrow(/did not converge/);
    expect(() => drawParameters(fit, 2.5, createRandom(1))).toThrow(/whole number/);
    expect(drawParameters(fit, 0, createRandom(1))).toEqual([]);
  });
});

describe('createRandom(seed)', () => {
  it('gives uniforms in (0, 1) and standard normals with the right moments', () => {
    const random = createRandom(42);
    const u = Array.from({ length: 20000 }, () => random.uniform());
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
    // Mean of 20,000 uniforms: sd 0.29/√20000 ≈ 0.002.
    expect(Math.abs(mean(u) - 0.5)).toBeLessThan(0.01);
    const z = Array.from({ length: 20000 }, () => random.normal());
    expect(Math.abs(mean(z))).toBeLessThan(0.03);
    expect(Math.abs(covarianceOf(z, z) - 1)).toBeLessThan(0.04);
    // Tail mass beyond ±1.96 should be about 5% (sd of the estimate ≈ 0.15%).
    expect(Math.abs(z.filter((v) => Math.abs(v) > 1.959964).length / z.length - 0.05)).toBeLessThan(
      0.006,
    );
  });

  it('replays the same sequence for the same seed and a different one otherwise', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const c = createRandom(10);
    const first = [a.uniform(), a.normal(), a.normal(), a.uniform()];
    expect([b.uniform(), b.normal(), b.normal(), b.uniform()]).toEqual(first);
    expect(c.uniform()).not.toBe(first[0]);
  });
});
