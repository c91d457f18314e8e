import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOrdinalData } from '../../../src/models/ordinal/input.js';
import { ordinalDerivatives } from '../../../src/models/ordinal/likelihood.js';
import { linkFunctions, logit, probit } from '../../../src/models/ordinal/link.js';
import { normalCdf, normalPdf, normalQuantile } from '../../../src/models/ordinal/normal.js';
import {
  fitOrdinal,
  type Link,
  ModelInputError,
  type OrdinalData,
  predictOrdinal,
  predictWith,
} from '../../../src/models/ordinal/regression.js';

// Reference numbers written by `Rscript scripts/polr-reference.R` (see test/reference/polr/README.md).
const REFERENCE = new URL('../../reference/polr/', import.meta.url);

interface PolrFit {
  dataset: 'housing' | 'simulated';
  link: Link;
  names: string[];
  coefficients: number[];
  zeta: number[];
  seCoefficients: number[];
  seZeta: number[];
  logLik: number;
  n: number;
  fittedRows: number[];
  fitted: number[][];
}

const polr = JSON.parse(readFileSync(new URL('polr.json', REFERENCE), 'utf8')) as {
  fits: PolrFit[];
};
const normal = JSON.parse(readFileSync(new URL('normal.json', REFERENCE), 'utf8')) as {
  x: number[];
  pnorm: number[];
  dnorm: number[];
  p: number[];
  qnorm: number[];
};

/** The CSVs: column y (0-based level), covariate columns, optional weight column. */
function readDataset(name: string, levels: number): OrdinalData {
  const [header = '', ...lines] = readFileSync(new URL(`${name}.csv`, REFERENCE), 'utf8')
    .trim()
    .split('\n');
  const columns = header.split(',');
  const rows = lines.map((line) => line.split(',').map(Number));
  const names = columns.filter((c) => c !== 'y' && c !== 'weight');
  const at = (column: string) => columns.indexOf(column);
  const data: OrdinalData = {
    x: rows.map((row) => names.map((c) => row[at(c)] ?? Number.NaN)),
    y: rows.map((row) => row[at('y')] ?? Number.NaN),
    levels,
    names,
  };
  return at('weight') < 0 ? data : { ...data, weights: rows.map((row) => row[at('weight')] ?? 0) };
}

const maxAbsDiff = (a: readonly number[], b: readonly number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? Number.NaN))));
const maxRelDiff = (a: readonly number[], b: readonly number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v / (b[i] ?? Number.NaN) - 1)));

describe('fitOrdinal(data, options) against MASS::polr', () => {
  it.each(polr.fits.map((f) => [f.dataset, f.link, f] as const))(
    'reproduces polr on %s with the %s link',
    (dataset, link, reference) => {
      const data = readDataset(dataset, reference.zeta.length + 1);
      const fit = fitOrdinal(data, { link });
      expect(fit.converged).toBe(true);
      expect(fit.warnings).toEqual([]);
      expect(fit.names).toEqual(reference.names);
      expect(fit.n).toBe(reference.n);
      expect(maxAbsDiff(fit.beta, reference.coefficients)).toBeLessThan(1e-4);
      expect(maxAbsDiff(fit.theta, reference.zeta)).toBeLessThan(1e-4);
      expect(maxRelDiff(fit.seBeta, reference.seCoefficients)).toBeLessThan(1e-3);
      expect(maxRelDiff(fit.seTheta, reference.seZeta)).toBeLessThan(1e-3);
      expect(Math.abs(fit.logLik - reference.logLik)).toBeLessThan(1e-6);
      expect(fit.logPosterior).toBe(fit.logLik);
      reference.fittedRows.forEach((row, r) => {
        const p = predictOrdinal(fit, data.x[row - 1] ?? []);
        expect(maxAbsDiff(p, reference.fitted[r] ?? [])).toBeLessThan(1e-6);
      });
    },
  );
});

describe('fitOrdinal with a Gaussian prior (MAP)', () => {
  const data = readDataset('simulated', 5);
  const mle = fitOrdinal(data, { link: 'logit' });

  it('reproduces the MLE when the prior is very wide', () => {
    const map = fitOrdinal(data, { link: 'logit', prior: { sd: 1e6 } });
    expect(map.converged).toBe(true);
    expect(maxAbsDiff(map.beta, mle.beta)).toBeLessThan(1e-8);
    expect(maxAbsDiff(map.theta, mle.theta)).toBeLessThan(1e-8);
    expect(maxRelDiff(map.seBeta, mle.seBeta)).toBeLessThan(1e-8);
    expect(map.priorSd).toEqual([1e6, 1e6, 1e6]);
  });

  it('shrinks every coefficient toward 0, more for a tighter prior', () => {
    const loose = fitOrdinal(data, { link: 'logit', prior: { sd: 0.5 } });
    const tight = fitOrdinal(data, { link: 'logit', prior: { sd: [0.05, 0.05, 0.05] } });
    mle.beta.forEach((b, j) => {
      const l = loose.beta[j] ?? Number.NaN;
      const t = tight.beta[j] ?? Number.NaN;
      expect(Math.sign(l)).toBe(Math.sign(b));
      expect(Math.abs(l)).toBeLessThan(Math.abs(b));
      expect(Math.abs(t)).toBeLessThan(Math.abs(l));
    });
    const norm = (v: number[]) => Math.hypot(...v);
    expect(norm(tight.beta)).toBeLessThan(0.2 * norm(mle.beta));
    // The mode maximises the posterior, not the likelihood; logPosterior adds log N(β | 0, sd²).
    expect(tight.logLik).toBeLessThan(mle.logLik);
    const logPrior = tight.beta.reduce(
      (sum, b) => sum - 0.5 * Math.log(2 * Math.PI * 0.05 ** 2) - b ** 2 / (2 * 0.05 ** 2),
      0,
    );
    expect(tight.logPosterior).toBeCloseTo(tight.logLik + logPrior, 10);
  });

  it('penalises only the coefficients named by a per-coefficient sd', () => {
    const map = fitOrdinal(data, { link: 'logit', prior: { sd: [1e-3, 1e6, 1e6] } });
    expect(Math.abs(map.beta[0] ?? Number.NaN)).toBeLessThan(1e-3);
    expect(Math.abs(map.beta[2] ?? 0)).toBeGreaterThan(0.5);
  });
});

describe('fitOrdinal on separated data', () => {
  // Level rises with x and the levels do not overlap: x < 0 → 0, 0 < x < 3 → 1, x > 3 → 2.
  const separated: OrdinalData = {
    x: [[-2], [-1.5], [-1], [0.5], [1], [2], [3.5], [4], [5]],
    y: [0, 0, 0, 1, 1, 1, 2, 2, 2],
    levels: 3,
    names: ['x'],
  };

  it.each(['logit', 'probit'] as const)(
    'reports no convergence (%s) instead of returning a silent answer',
    (link) => {
      const fit = fitOrdinal(separated, { link });
      expect(fit.converged).toBe(false);
      expect(fit.warnings.join(' ')).toMatch(/separation/);
      expect(fit.warnings.join(' ')).toMatch(/prior/);
    },
  );

  it.each(['logit', 'probit'] as const)(
    'gives a finite, converged fit with a prior (%s)',
    (link) => {
      const fit = fitOrdinal(separated, { link, prior: { sd: 2.5 } });
      expect(fit.converged).toBe(true);
      expect(fit.warnings).toEqual([]);
      expect(fit.beta[0]).toBeGreaterThan(0);
      for (const v of [...fit.beta, ...fit.theta, ...fit.seBeta, ...fit.seTheta]) {
        expect(Number.isFinite(v)).toBe(true);
      }
      expect(fit.theta[0]).toBeLessThan(fit.theta[1] ?? Number.NaN);
    },
  );
});

describe('predictWith(beta, theta, link, x)', () => {
  it('gives K probabilities that sum to 1 and match F(θ_k − η) differences', () => {
    const beta = [0.7, -1.2];
    const theta = [-1, 0.3, 2.2];
    const x = [1.5, 0.4];
    const eta = 0.7 * 1.5 - 1.2 * 0.4;
    for (const link of ['logit', 'probit'] as const) {
      const F = linkFunctions(link);
      const p = predictWith(beta, theta, link, x);
      expect(p).toHaveLength(4);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      expect(p[0]).toBeCloseTo(F.cdf(-1 - eta), 14);
      expect(p[1]).toBeCloseTo(F.cdf(0.3 - eta) - F.cdf(-1 - eta), 14);
      expect(p[3]).toBeCloseTo(1 - F.cdf(2.2 - eta), 14);
    }
  });

  it('keeps tiny tail probabilities positive and accurate', () => {
    // η = 30: P(Y = 0) = Φ(−32) ≈ 1e-225, which 1 − Φ(32) would round to 0.
    const p = predictWith([1], [-2, 0], 'probit', [30]);
    expect(p[0]).toBeGreaterThan(0);
    expect(Math.abs((p[0] ?? 0) / normalCdf(-32) - 1)).toBeLessThan(1e-12);
    expect(p[2]).toBe(1 - normalCdf(-30));
  });

  it('rejects a covariate vector of the wrong length', () => {
    const fit = fitOrdinal(readDataset('simulated', 5), { link: 'logit' });
    expect(() => predictOrdinal(fit, [1, 2])).toThrow(/3 covariates \(x1, x2, x3\)/);
  });
});

describe('ordinalDerivatives(design, link, beta, theta)', () => {
  it.each(['logit', 'probit'] as const)(
    'matches central finite differences of the log-likelihood (%s)',
    (link) => {
      const design = checkOrdinalData(readDataset('housing', 3));
      const F = linkFunctions(link);
      const psi = [0.3, 0.9, -0.4, -0.2, -0.8, 0.2, -0.3, 0.5];
      const at = (v: number[]) => ordinalDerivatives(design, F, v.slice(0, 6), v.slice(6));
      const { gradient, hessian } = at(psi);
      const h = 1e-5;
      psi.forEach((_, j) => {
        const up = psi.map((v, i) => (i === j ? v + h : v));
        const down = psi.map((v, i) => (i === j ? v - h : v));
        const a = at(up);
        const b = at(down);
        const numericGradient = (a.logLik - b.logLik) / (2 * h);
        expect(Math.abs(numericGradient - (gradient[j] ?? 0))).toBeLessThan(1e-4);
        a.gradient.forEach((g, i) => {
          const numeric = (g - (b.gradient[i] ?? 0)) / (2 * h);
          const exact = hessian[i]?.[j] ?? Number.NaN;
          expect(Math.abs(numeric - exact)).toBeLessThan(1e-5 * (1 + Math.abs(exact)));
        });
      });
    },
  );
});

describe('fitOrdinal input checks', () => {
  const base: OrdinalData = { x: [[1], [2], [3]], y: [0, 1, 2], levels: 3 };
  it.each([
    ['empty data', { ...base, x: [], y: [] }, /empty data/],
    ['mismatched lengths', { ...base, y: [0, 1] }, /x has 3 rows but y has 2/],
    [
      'a level outside 0..K−1',
      { ...base, y: [0, 1, 3] },
      /y\[2\] is 3: levels must be integers 0\.\.2/,
    ],
    ['a non-integer level', { ...base, y: [0, 1.5, 2] }, /y\[1\] is 1\.5/],
    ['non-finite x', { ...base, x: [[1], [Number.NaN], [3]] }, /x\[1\] covariate "x1" is NaN/],
    ['a ragged row', { ...base, x: [[1], [2, 3], [3]] }, /row 1 of x has 2 values/],
    ['weights of the wrong length', { ...base, weights: [1, 1] }, /weights has 2 values/],
    ['a negative weight', { ...base, weights: [1, -1, 1] }, /weights\[1\] is -1/],
    [
      'an empty middle level',
      { ...base, y: [0, 2, 2] },
      /level 1 of 0\.\.2 has no observations.*θ_0 and θ_1 would collapse/,
    ],
    [
      'an empty top level',
      { ...base, y: [0, 1, 1] },
      /level 2 of 0\.\.2 has no observations.*θ_1 would run off to \+∞/,
    ],
    [
      'a level present only with weight 0',
      { ...base, weights: [0, 1, 1] },
      /level 0 of 0\.\.2 has no observations.*θ_0 would run off to −∞/,
    ],
    [
      'a constant covariate',
      { ...base, x: [[1], [1], [1]] },
      /covariate "x1" takes the same value/,
    ],
    ['names of the wrong length', { ...base, names: ['a', 'b'] }, /names has 2 entries/],
  ])('rejects %s with a message that says where', (_, data, message) => {
    expect(() => fitOrdinal(data as OrdinalData, { link: 'logit' })).toThrow(ModelInputError);
    expect(() => fitOrdinal(data as OrdinalData, { link: 'logit' })).toThrow(message);
  });

  it('names a covariate that is a copy of another, unless a prior makes it estimable', () => {
    const x = [
      [1, 2],
      [2, 4],
      [3, 6],
      [4, 8],
      [5, 10],
      [6, 12],
    ];
    const data: OrdinalData = { x, y: [0, 1, 0, 2, 1, 2], levels: 3, names: ['a', 'twice a'] };
    expect(() => fitOrdinal(data, { link: 'logit' })).toThrow(
      /covariate "twice a" is \(nearly\) a linear combination/,
    );
    expect(fitOrdinal(data, { link: 'logit', prior: { sd: 1 } }).converged).toBe(true);
  });

  it('accepts a constant covariate under a prior, pinning its coefficient at 0', () => {
    // Cross-validation folds can lack a category entirely (a column of zeros).
    const data: OrdinalData = {
      x: [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 1],
        [0, 3],
        [0, 2],
      ],
      y: [0, 1, 2, 1, 2, 0],
      levels: 3,
    };
    const fit = fitOrdinal(data, { link: 'logit', prior: { sd: 2.5 } });
    expect(fit.converged).toBe(true);
    expect(fit.beta[0]).toBe(0);
    expect(fit.seBeta[0]).toBeCloseTo(2.5, 10);
  });

  it('rejects a prior whose sds do not match the coefficients or are not positive', () => {
    expect(() => fitOrdinal(base, { link: 'logit', prior: { sd: [1, 2] } })).toThrow(
      /prior\.sd has 2 entries/,
    );
    expect(() => fitOrdinal(base, { link: 'logit', prior: { sd: 0 } })).toThrow(
      /prior sd for "x1" is 0/,
    );
  });
});

describe('link functions', () => {
  it('computes the normal cdf and density to near double precision (R pnorm, dnorm)', () => {
    normal.x.forEach((x, i) => {
      expect(Math.abs(normalCdf(x) / (normal.pnorm[i] ?? Number.NaN) - 1)).toBeLessThan(1e-13);
      expect(Math.abs(normalPdf(x) / (normal.dnorm[i] ?? Number.NaN) - 1)).toBeLessThan(1e-13);
    });
  });

  it('inverts the normal cdf to 1e-12 (R qnorm), from 1e-300 to 1 − 1e-10', () => {
    normal.p.forEach((p, i) => {
      expect(Math.abs(normalQuantile(p) - (normal.qnorm[i] ?? Number.NaN))).toBeLessThan(1e-12);
    });
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([logit, probit])('$name: quantile inverts cdf and dpdf is the derivative of pdf', (F) => {
    expect(F.cdf(0)).toBe(0.5);
    for (const z of [-30, -4, -1.3, 0, 0.2, 2.7, 12]) {
      expect(F.cdf(z) + F.cdf(-z)).toBeCloseTo(1, 15);
      if (Math.abs(z) < 8) expect(F.quantile(F.cdf(z))).toBeCloseTo(z, 10);
      const h = 1e-6;
      expect(F.dpdf(z)).toBeCloseTo((F.pdf(z + h) - F.pdf(z - h)) / (2 * h), 8);
      expect(F.pdf(z)).toBeCloseTo((F.cdf(z + h) - F.cdf(z - h)) / (2 * h), 8);
    }
    // Logistic values by hand: F(1) = 1/(1 + e^{-1}) = 0.7310585786300049.
    expect(logit.cdf(1)).toBeCloseTo(0.7310585786300049, 15);
    expect(logit.quantile(0.75)).toBeCloseTo(Math.log(3), 15);
  });
});
