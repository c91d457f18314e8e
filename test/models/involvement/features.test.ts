import { describe, expect, it } from 'vitest';
import { buildCases, type EpisodeInput } from '../../../src/models/involvement/cases.js';
import {
  lastCoveredDate,
  monthOffset,
  type NkMonth,
  nkTestsBefore,
  readingScale,
} from '../../../src/models/involvement/features.js';

/** 24 months, 2018-01 … 2019-12, with `tests` = month number (1…24). */
const SERIES: NkMonth[] = Array.from({ length: 24 }, (_, i) => ({
  month: `${monthOffset('2018-01-01', i)}-01`,
  tests: i + 1,
}));

describe('monthOffset(date, offset)', () => {
  it('moves across year boundaries in both directions', () => {
    expect(monthOffset('2019-01-15', -1)).toBe('2018-12');
    expect(monthOffset('2019-01-15', -13)).toBe('2017-12');
    expect(monthOffset('2019-11-30', 2)).toBe('2020-01');
  });
});

describe('nkTestsBefore(date, series)', () => {
  it('sums the 12 whole months before the month of the date, leaving that month out', () => {
    // 2019-03-10: months 2018-03 … 2019-02 are series months 3 … 14, whose sum is 102.
    expect(nkTestsBefore('2019-03-10', SERIES)).toBe(102);
  });

  it('is null when the series does not cover the whole window', () => {
    expect(nkTestsBefore('2018-12-31', SERIES)).toBeNull(); // needs 2017-12
    expect(nkTestsBefore('2019-01-01', SERIES)).toBe(78); // 2018-01 … 2018-12 = 1 + … + 12
    expect(nkTestsBefore('2020-02-01', SERIES)).toBeNull(); // needs 2020-01
  });

  it('knows the last date whose window the series covers', () => {
    expect(lastCoveredDate(SERIES)).toBe('2020-01-01');
    expect(nkTestsBefore('2020-01-01', SERIES)).toBe(
      13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24,
    );
  });
});

describe('readingScale(covered)', () => {
  it('averages log-activity by reading and fills an empty level from the nearest one', () => {
    const scale = readingScale([
      { reading: 0, nkActivity: 0 },
      { reading: 0, nkActivity: 1 },
      { reading: 3, nkActivity: 3 },
    ]);
    // Level 1 takes level 0's mean (nearest below first), level 2 takes level 1's… which is
    // empty, so its nearest non-empty neighbour at distance 1 is level 3.
    expect(scale).toEqual([0.5, 0.5, 3, 3]);
  });
});

const EPISODE: EpisodeInput = {
  id: 'E1',
  title: 'one',
  start: '2019-03-10',
  kind: 'dispute',
  issue: 'security',
  securityCooperationAtStake: true,
  instruments: ['gsomia'],
  escalation: 3,
  northKoreaThreat: 2,
  usInvolvement: 4,
};

describe('buildCases(episodes, series)', () => {
  it('derives North Korean activity from the series, not from the coder’s reading', () => {
    const { cases } = buildCases([EPISODE], SERIES);
    expect(cases[0]?.features).toMatchObject({
      nkTests12m: 102,
      nkActivity: Math.log1p(102),
      provenance: { nkActivity: 'series' },
    });
  });

  it('translates the reading through the covered episodes where the series does not reach', () => {
    const early = { ...EPISODE, id: 'E0', start: '2017-06-01', northKoreaThreat: 2 };
    const { cases, readingScale: scale } = buildCases([EPISODE, early], SERIES);
    const translated = cases.find((c) => c.id === 'E0');
    expect(scale[2]).toBeCloseTo(Math.log1p(102), 12);
    expect(translated?.features).toMatchObject({
      nkTests12m: null,
      nkActivity: Math.log1p(102),
      provenance: { nkActivity: 'translated-reading' },
    });
    expect(cases.map((c) => c.id)).toEqual(['E0', 'E1']); // ordered by start
  });
});
