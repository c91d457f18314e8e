import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../../src/models/ordinal/input.js';
import {
  accuracy,
  brierScore,
  calibrationTable,
  LOG_SCORE_FLOOR,
  logScore,
  predictedLevel,
  rankedProbabilityScore,
  skill,
  summarise,
  withinOne,
} from '../../src/models/scoring.js';

// Worked examples (by hand):
//
// A: K = 3, p = [0.2, 0.5, 0.3], y = 1.
//    Cumulative P = [0.2, 0.7], observed O = [1(1≤0), 1(1≤1)] = [0, 1].
//    RPS = ((0.2 − 0)² + (0.7 − 1)²) / 2 = (0.04 + 0.09) / 2 = 0.065
//    Brier = 0.2² + (0.5 − 1)² + 0.3² = 0.04 + 0.25 + 0.09 = 0.38
//    log = −ln 0.5 = 0.6931471805599453; argmax = 1 = y → hit, within one.
// B: K = 5, p = [0.1, 0.2, 0.4, 0.2, 0.1], y = 4.
//    P = [0.1, 0.3, 0.7, 0.9], O = [0, 0, 0, 0].
//    RPS = (0.01 + 0.09 + 0.49 + 0.81) / 4 = 1.40 / 4 = 0.35
//    Brier = 0.01 + 0.04 + 0.16 + 0.04 + (0.1 − 1)² = 0.25 + 0.81 = 1.06
//    log = −ln 0.1 = 2.302585092994046; argmax = 2, |2 − 4| = 2 → miss, not within one.
const A = { p: [0.2, 0.5, 0.3], y: 1 };
const B = { p: [0.1, 0.2, 0.4, 0.2, 0.1], y: 4 };

describe('rankedProbabilityScore(p, y)', () => {
  it('matches the worked examples', () => {
    expect(rankedProbabilityScore(A.p, A.y)).toBeCloseTo(0.065, 15);
    expect(rankedProbabilityScore(B.p, B.y)).toBeCloseTo(0.35, 15);
  });

  it('is 0 for a sure hit and 1 for a sure forecast at the far end', () => {
    expect(rankedProbabilityScore([0, 0, 1], 2)).toBe(0);
    // P = [1, 1], O = [0, 0] → (1 + 1) / 2 = 1.
    expect(rankedProbabilityScore([1, 0, 0], 2)).toBe(1);
  });

  it('penalises a near miss less than a far miss, unlike Brier', () => {
    // y = 0. Near: P = [0, 1], O = [1, 1] → (1 + 0)/2 = 0.5. Far: P = [0, 0] → (1 + 1)/2 = 1.
    expect(rankedProbabilityScore([0, 1, 0], 0)).toBe(0.5);
    expect(rankedProbabilityScore([0, 0, 1], 0)).toBe(1);
    expect(brierScore([0, 1, 0], 0)).toBe(brierScore([0, 0, 1], 0));
  });
});

describe('brierScore(p, y)', () => {
  it('matches the worked examples and spans 0–2', () => {
    expect(brierScore(A.p, A.y)).toBeCloseTo(0.38, 15);
    expect(brierScore(B.p, B.y)).toBeCloseTo(1.06, 15);
    expect(brierScore([0, 1, 0], 1)).toBe(0);
    expect(brierScore([1, 0, 0], 2)).toBe(2);
  });
});

describe('logScore(p, y)', () => {
  it('is −ln p_y (lower is better)', () => {
    expect(logScore(A.p, A.y)).toBeCloseTo(Math.LN2, 15);
    expect(logScore(B.p, B.y)).toBeCloseTo(Math.log(10), 15);
    expect(logScore([0, 0, 1], 2)).toBe(0);
  });

  it('floors p_y at 1e-15, so a ruled-out outcome scores −ln 1e-15 ≈ 34.54, not Infinity', () => {
    expect(LOG_SCORE_FLOOR).toBe(1e-15);
    expect(logScore([1, 0, 0], 2)).toBeCloseTo(34.538776394910684, 12);
  });
});

describe('accuracy(p, y), withinOne(p, y) and predictedLevel(p)', () => {
  it('uses the most probable level, ties going to the lowest', () => {
    expect([accuracy(A.p, A.y), withinOne(A.p, A.y)]).toEqual([1, 1]);
    expect([accuracy(B.p, B.y), withinOne(B.p, B.y)]).toEqual([0, 0]);
    expect(predictedLevel([0.4, 0.4, 0.2])).toBe(0);
    expect(accuracy([0.4, 0.4, 0.2], 1)).toBe(0);
    expect(withinOne([0.4, 0.4, 0.2], 1)).toBe(1);
  });
});

describe('skill(model, reference)', () => {
  it('is 1 − model/reference', () => {
    expect(skill(0.065, 0.13)).toBeCloseTo(0.5, 15);
    expect(skill(0.2, 0.1)).toBeCloseTo(-1, 15);
    expect(skill(0, 0.3)).toBe(1);
    expect(skill(0, 0)).toBeNaN();
  });
});

describe('summarise(forecasts)', () => {
  it('averages each score over the forecasts', () => {
    // Means of A and B: RPS (0.065 + 0.35)/2 = 0.2075, Brier (0.38 + 1.06)/2 = 0.72,
    // log (ln 2 + ln 10)/2 = ln(20)/2 = 1.4978661367769954, accuracy 1/2, within one 1/2.
    const s = summarise([A, B]);
    expect(s.n).toBe(2);
    expect(s.rps).toBeCloseTo(0.2075, 15);
    expect(s.brier).toBeCloseTo(0.72, 15);
    expect(s.logScore).toBeCloseTo(Math.log(20) / 2, 15);
    expect(s.accuracy).toBe(0.5);
    expect(s.withinOne).toBe(0.5);
  });

  it('refuses no forecasts and malformed ones, saying what is wrong', () => {
    expect(() => summarise([])).toThrow(ModelInputError);
    expect(() => summarise([{ p: [0.5, 0.6], y: 0 }])).toThrow(/sum to 1\.1/);
    expect(() => summarise([{ p: [0.5, 0.5], y: 2 }])).toThrow(/outcome 2 is not a level/);
    expect(() => summarise([{ p: [1.5, -0.5], y: 0 }])).toThrow(
      /-0\.5 is not a number in \[0, 1\]/,
    );
    expect(() => summarise([{ p: [1], y: 0 }])).toThrow(/at least 2 levels/);
  });
});

describe('calibrationTable(forecasts, bins)', () => {
  // P(Y ≥ 1) and P(Y ≥ 2) for each forecast, by hand:
  //   [0.7, 0.2, 0.1], y 0 → 0.3, 0.1      [0.2, 0.5, 0.3], y 1 → 0.8, 0.3
  //   [0.1, 0.3, 0.6], y 2 → 0.9, 0.6      [0.6, 0.3, 0.1], y 1 → 0.4, 0.1
  // Two bins, [0, 0.5) and [0.5, 1]:
  //   Y ≥ 1: low bin {0.3 (no), 0.4 (yes)} → 2, mean 0.35, observed 0.5
  //          high bin {0.8 (yes), 0.9 (yes)} → 2, mean 0.85, observed 1
  //   Y ≥ 2: low bin {0.1, 0.3, 0.1, all no} → 3, mean 0.5/3, observed 0
  //          high bin {0.6 (yes)} → 1, mean 0.6, observed 1
  const forecasts = [
    { p: [0.7, 0.2, 0.1], y: 0 },
    { p: [0.2, 0.5, 0.3], y: 1 },
    { p: [0.1, 0.3, 0.6], y: 2 },
    { p: [0.6, 0.3, 0.1], y: 1 },
  ];

  it('bins predicted P(Y ≥ k) and reports the observed frequency', () => {
    const rows = calibrationTable(forecasts, 2);
    const expected = [
      { threshold: 1, lower: 0, upper: 0.5, count: 2, meanPredicted: 0.35, observedFrequency: 0.5 },
      { threshold: 1, lower: 0.5, upper: 1, count: 2, meanPredicted: 0.85, observedFrequency: 1 },
      {
        threshold: 2,
        lower: 0,
        upper: 0.5,
        count: 3,
        meanPredicted: 0.5 / 3,
        observedFrequency: 0,
      },
      { threshold: 2, lower: 0.5, upper: 1, count: 1, meanPredicted: 0.6, observedFrequency: 1 },
    ];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const e = expected[i];
      expect(row.threshold).toBe(e?.threshold);
      expect([row.lower, row.upper, row.count, row.observedFrequency]).toEqual([
        e?.lower,
        e?.upper,
        e?.count,
        e?.observedFrequency,
      ]);
      expect(row.meanPredicted).toBeCloseTo(e?.meanPredicted ?? Number.NaN, 14);
    });
  });

  it('puts a predicted probability of exactly 1 in the last bin and skips empty bins', () => {
    const rows = calibrationTable([{ p: [0, 1], y: 1 }], 10);
    expect(rows).toEqual([
      { threshold: 1, lower: 0.9, upper: 1, count: 1, meanPredicted: 1, observedFrequency: 1 },
    ]);
  });

  it('refuses forecasts with different numbers of levels and a bad bin count', () => {
    expect(() => calibrationTable([A, B])).toThrow(/mix 3 and 5 levels/);
    expect(() => calibrationTable([A], 0)).toThrow(/bins must be/);
  });
});
