/**
 * A bounded relation score from a curated chronology, in the spirit of Yan Xuetong & Zhou
 * Fangyin (2004), who score China's relations with major powers monthly on a scale commonly
 * given as −9..+9 (confrontation to friendship), each month from the previous score and that
 * month's events, with impacts that shrink near the bounds and decay over time. Their exact
 * formula was not available to us; this is Fineline's own, documented in docs/indices.md:
 *
 *   S*ₜ = (1 − δ)·Sₜ₋₁                                    (decay toward neutral 0)
 *   f⁺ₜ = 1 − exp(−α·G⁺ₜ/10),  f⁻ₜ = 1 − exp(−α·G⁻ₜ/10)
 *   Sₜ  = S*ₜ + f⁺ₜ·(B − S*ₜ) − f⁻ₜ·(B + S*ₜ)
 *
 * where G⁺ₜ is the sum of the month's positive Goldstein scores and G⁻ₜ the magnitude of the
 * sum of its negative ones. An event of Goldstein g closes about α·|g|/10 of the distance to
 * the bound it pushes toward (exactly 1 − exp(−α·|g|/10)); same-signed events compound
 * multiplicatively, so a month's aggregate equals applying them one by one, and no month can
 * overshoot: Sₜ = S*ₜ·(1 − f⁺ − f⁻) + B·(f⁺ − f⁻) stays within [−B, B] for any f± in [0, 1].
 */

export interface ScoreParameters {
  /** B: the score lies in [−B, B]. */
  bound: number;
  /** α: the share of the distance to the bound that a Goldstein-10 event closes (about). */
  alpha: number;
  /** Months after which an event's effect has decayed to half (sets δ = 1 − 2^(−1/h)). */
  halfLifeMonths: number;
}

/** Fineline's parameters; docs/indices.md explains the choice. */
export const RELATION_SCORE: Readonly<ScoreParameters> = {
  bound: 9,
  alpha: 0.25,
  halfLifeMonths: 12,
};

/** One month's event flow: the sum of positive Goldstein scores, and of negative ones (≤ 0). */
export interface MonthFlow {
  positive: number;
  negative: number;
}

/** The monthly decay rate δ for a half-life in months. */
export function decayRate(halfLifeMonths: number): number {
  return 1 - 2 ** (-1 / halfLifeMonths);
}

/** One step of the recursion: the score after a month, from the score before it. */
export function nextScore(
  previous: number,
  flow: MonthFlow,
  parameters: Readonly<ScoreParameters> = RELATION_SCORE,
): number {
  const { bound, alpha } = parameters;
  const decayed = previous * (1 - decayRate(parameters.halfLifeMonths));
  const up = 1 - Math.exp((-alpha * Math.max(flow.positive, 0)) / 10);
  const down = 1 - Math.exp((-alpha * Math.abs(Math.min(flow.negative, 0))) / 10);
  const score = decayed + up * (bound - decayed) - down * (bound + decayed);
  // Bounded in exact arithmetic; the clamp only absorbs floating-point rounding (9 + 2e-15).
  return Math.min(bound, Math.max(-bound, score));
}

/** The score after each month, starting from `initial` (neutral 0) before the first. */
export function relationScores(
  flows: readonly MonthFlow[],
  parameters: Readonly<ScoreParameters> = RELATION_SCORE,
  initial = 0,
): number[] {
  const scores: number[] = [];
  let score = initial;
  for (const flow of flows) {
    score = nextScore(score, flow, parameters);
    scores.push(score);
  }
  return scores;
}
