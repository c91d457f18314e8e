import { ModelInputError } from './ordinal/input.js';

/**
 * Proper scoring rules for forecasts of an ordinal outcome with K levels (docs: models.md §5).
 * A forecast is a probability vector p over levels 0..K−1; the outcome y is the observed
 * level. Every score here is negatively oriented: lower is better.
 *
 * - Ranked probability score (Epstein 1969, in the negatively oriented form now standard):
 *   RPS = 1/(K−1) Σ_{k=0}^{K−2} (P_k − O_k)², P_k = Σ_{j≤k} p_j, O_k = 1[y ≤ k]. Range 0–1.
 *   It rewards putting probability near the outcome, not only on it.
 * - Brier score, multi-category form (Brier 1950): Σ_k (p_k − o_k)², range 0–2.
 * - Log score (ignorance): −ln p_y. p_y is floored at 1e-15 so that a forecast that ruled the
 *   outcome out scores ≈ 34.5 rather than Infinity, and one bad case does not make an average
 *   infinite. Report that floor whenever a zero-probability outcome occurs.
 * - Accuracy (argmax equals y; ties go to the lowest level) and within-one (|argmax − y| ≤ 1)
 *   are not proper scores; they are given beside the scores because readers ask for them.
 */

export interface Forecast {
  /** Probabilities of levels 0..K−1. */
  p: readonly number[];
  /** Observed level, 0-based. */
  y: number;
}

export const LOG_SCORE_FLOOR = 1e-15;

function check(p: readonly number[], y: number): void {
  if (p.length < 2) {
    throw new ModelInputError(
      `a forecast needs probabilities for at least 2 levels (got ${p.length})`,
    );
  }
  if (!Number.isInteger(y) || y < 0 || y >= p.length) {
    throw new ModelInputError(
      `outcome ${y} is not a level of a ${p.length}-level forecast (0..${p.length - 1})`,
    );
  }
  let total = 0;
  for (const value of p) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new ModelInputError(`forecast probability ${value} is not a number in [0, 1]`);
    }
    total += value;
  }
  if (Math.abs(total - 1) > 1e-6) {
    throw new ModelInputError(`forecast probabilities sum to ${total}, not 1: [${p.join(', ')}]`);
  }
}

export function rankedProbabilityScore(p: readonly number[], y: number): number {
  check(p, y);
  let cumulative = 0;
  let sum = 0;
  for (let k = 0; k < p.length - 1; k++) {
    cumulative += p[k] ?? 0;
    const observed = y <= k ? 1 : 0;
    sum += (cumulative - observed) ** 2;
  }
  return sum / (p.length - 1);
}

export function brierScore(p: readonly number[], y: number): number {
  check(p, y);
  return p.reduce((sum, value, k) => sum + (value - (k === y ? 1 : 0)) ** 2, 0);
}

/** −ln p_y, with p_y floored at LOG_SCORE_FLOOR (1e-15). */
export function logScore(p: readonly number[], y: number): number {
  check(p, y);
  return 0 - Math.log(Math.max(p[y] ?? 0, LOG_SCORE_FLOOR)); // 0 − …: a sure hit scores +0, not −0
}

/** The most probable level; ties go to the lowest. */
export function predictedLevel(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  return best;
}

/** 1 when the most probable level is the outcome, else 0. */
export function accuracy(p: readonly number[], y: number): number {
  check(p, y);
  return predictedLevel(p) === y ? 1 : 0;
}

/** 1 when the most probable level is at most one level from the outcome, else 0. */
export function withinOne(p: readonly number[], y: number): number {
  check(p, y);
  return Math.abs(predictedLevel(p) - y) <= 1 ? 1 : 0;
}

/**
 * Skill against a reference forecast (climatology, persistence, …): 1 − model/reference.
 * 1 is perfect, 0 no better than the reference, negative worse. NaN when the reference
 * score is 0 (a perfect reference leaves nothing to improve on).
 */
export function skill(model: number, reference: number): number {
  return reference === 0 ? Number.NaN : 1 - model / reference;
}

export interface ScoreSummary {
  n: number;
  rps: number;
  brier: number;
  logScore: number;
  accuracy: number;
  withinOne: number;
}

/** Mean of each score over a set of forecasts. */
export function summarise(forecasts: readonly Forecast[]): ScoreSummary {
  if (forecasts.length === 0) throw new ModelInputError('no forecasts to score');
  const mean = (score: (p: readonly number[], y: number) => number): number =>
    forecasts.reduce((sum, f) => sum + score(f.p, f.y), 0) / forecasts.length;
  return {
    n: forecasts.length,
    rps: mean(rankedProbabilityScore),
    brier: mean(brierScore),
    logScore: mean(logScore),
    accuracy: mean(accuracy),
    withinOne: mean(withinOne),
  };
}

export interface CalibrationRow {
  /** The event is Y ≥ threshold (threshold = 1..K−1). */
  threshold: number;
  /** Bin of predicted probability [lower, upper); the last bin includes 1. */
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  observedFrequency: number;
}

/**
 * Reliability table: for each threshold k = 1..K−1, forecasts are binned by their predicted
 * P(Y ≥ k) = Σ_{j≥k} p_j into `bins` equal-width bins on [0, 1]; each non-empty bin reports
 * its count, mean predicted probability and the observed frequency of Y ≥ k. A calibrated
 * forecaster has meanPredicted ≈ observedFrequency in every bin (up to sampling noise, which
 * is large for small counts).
 */
export function calibrationTable(forecasts: readonly Forecast[], bins = 10): CalibrationRow[] {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new ModelInputError(`bins must be a whole number ≥ 1 (found ${bins})`);
  }
  const levels = forecasts[0]?.p.length ?? 0;
  const rows: CalibrationRow[] = [];
  for (const f of forecasts) {
    check(f.p, f.y);
    if (f.p.length !== levels) {
      throw new ModelInputError(
        `forecasts mix ${levels} and ${f.p.length} levels: score them apart`,
      );
    }
  }
  for (let threshold = 1; threshold < levels; threshold++) {
    const sums = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, observed: 0 }));
    for (const f of forecasts) {
      const q = f.p.slice(threshold).reduce((a, b) => a + b, 0);
      const bin = sums[Math.min(Math.floor(q * bins), bins - 1)];
      if (bin === undefined) continue;
      bin.count++;
      bin.predicted += q;
      bin.observed += f.y >= threshold ? 1 : 0;
    }
    sums.forEach((bin, b) => {
      if (bin.count === 0) return;
      rows.push({
        threshold,
        lower: b / bins,
        upper: (b + 1) / bins,
        count: bin.count,
        meanPredicted: bin.predicted / bin.count,
        observedFrequency: bin.observed / bin.count,
      });
    });
  }
  return rows;
}
