/**
 * Inter-coder reliability (codebook §14): Krippendorff's alpha for any number of coders with
 * missing values, by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability" (Annenberg School for Communication, Departmental Papers
 * 43): α = 1 − D_o / D_e, with D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n (n − 1)),
 * where o_ck counts the pairs of values c, k coded for the same unit (each pair weighted
 * 1 / (m_u − 1) for a unit with m_u values) and n_c the values c in all pairable units.
 * Metrics: nominal (δ² = 0 or 1), ordinal (δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²),
 * interval ((c − k)²) and ratio (((c − k) / (c + k))²). Checked against Krippendorff's
 * published examples (test/reference/krippendorff/).
 */
import { createRandom } from './random.js';

export type Metric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One row per unit, one entry per coder; null where a coder gave no value. */
export type ReliabilityData = readonly (readonly (number | null)[])[];

export function krippendorffAlpha(units: ReliabilityData, metric: Metric): number {
  const values = [...new Set(units.flat().filter((v): v is number => v !== null))].sort(
    (a, b) => a - b,
  );
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of units) {
    const coded = unit.filter((v): v is number => v !== null);
    const m = coded.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const c = index.get(coded[i] as number) as number;
        const k = index.get(coded[j] as number) as number;
        (o[c] as number[])[k] = ((o[c] as number[])[k] as number) + 1 / (m - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = nc.reduce((sum, x) => sum + x, 0);
  if (n < 2) throw new Error("Krippendorff's alpha needs at least one unit coded twice");
  const delta = (c: number, k: number): number => {
    const vc = values[c] as number;
    const vk = values[k] as number;
    switch (metric) {
      case 'nominal':
        return c === k ? 0 : 1;
      case 'interval':
        return (vc - vk) ** 2;
      case 'ratio':
        return vc + vk === 0 ? 0 : ((vc - vk) / (vc + vk)) ** 2;
      case 'ordinal': {
        const [lo, hi] = c < k ? [c, k] : [k, c];
        let sum = 0;
        for (let g = lo; g <= hi; g++) sum += nc[g] as number;
        return (sum - ((nc[c] as number) + (nc[k] as number)) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += ((o[c] as number[])[k] as number) * d;
      expected += (nc[c] as number) * (nc[k] as number) * d;
    }
  }
  const Do = observed / n;
  const De = expected / (n * (n - 1));
  return De === 0 ? 1 : 1 - Do / De;
}

export interface AlphaEstimate {
  alpha: number;
  /** Percentile bootstrap interval over units. */
  interval: [number, number];
  level: number;
  units: number;
  draws: number;
}

/**
 * Alpha with a percentile bootstrap interval: units are resampled with replacement (`draws`
 * times, from `seed`), and draws in which every pairable value is the same (alpha undefined)
 * are skipped.
 */
export function alphaWithInterval(
  units: ReliabilityData,
  metric: Metric,
  options: { draws?: number; seed?: number; level?: number } = {},
): AlphaEstimate {
  const draws = options.draws ?? 2000;
  const level = options.level ?? 0.9;
  const random = createRandom(options.seed ?? 20261203);
  const pairable = units.filter((u) => u.filter((v) => v !== null).length >= 2);
  const estimates: number[] = [];
  for (let d = 0; d < draws; d++) {
    const sample = pairable.map(
      () => pairable[Math.floor(random.uniform() * pairable.length)] as readonly (number | null)[],
    );
    const distinct = new Set(sample.flat().filter((v) => v !== null));
    if (distinct.size < 2) continue;
    estimates.push(krippendorffAlpha(sample, metric));
  }
  estimates.sort((a, b) => a - b);
  const at = (q: number) =>
    estimates[Math.min(estimates.length - 1, Math.floor(q * estimates.length))] as number;
  return {
    alpha: krippendorffAlpha(units, metric),
    interval: [at((1 - level) / 2), at(1 - (1 - level) / 2)],
    level,
    units: pairable.length,
    draws: estimates.length,
  };
}

/** Counts of (first, second) coding pairs: rows the first coder's value, columns the second's. */
export function confusionTable<T extends string | number>(
  pairs: readonly [T, T][],
  categories: readonly T[],
): number[][] {
  const position = new Map(categories.map((c, i) => [c, i]));
  const table = categories.map(() => new Array<number>(categories.length).fill(0));
  for (const [a, b] of pairs) {
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined) throw new Error(`not a category: ${a} or ${b}`);
    (table[i] as number[])[j] = ((table[i] as number[])[j] as number) + 1;
  }
  return table;
}
