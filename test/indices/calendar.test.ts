import { describe, expect, it } from 'vitest';
import {
  MAX_PERIODS,
  periodCount,
  periodEnd,
  periodStart,
  resolveRange,
  shiftPeriods,
} from '../../src/indices/calendar.js';
import type { IndexDefinition } from '../../src/indices/definition.js';

const definition: IndexDefinition = {
  dyad: { source: 'KOR', target: 'JPN', directed: false },
  source: 'gdelt',
  freq: 'month',
  baseline: 12,
  threshold: 2,
};

describe('periods', () => {
  it('start on the 1st, on Monday, or on the day', () => {
    expect(periodStart('2020-02-29', 'month')).toBe('2020-02-01');
    expect(periodStart('2020-01-05', 'week')).toBe('2019-12-30'); // a Sunday
    expect(periodStart('2020-01-06', 'week')).toBe('2020-01-06'); // a Monday
    expect(periodStart('2020-01-05', 'day')).toBe('2020-01-05');
  });

  it('end on the last day, and shift by whole periods', () => {
    expect(periodEnd('2020-02-10', 'month')).toBe('2020-02-29');
    expect(periodEnd('2019-12-31', 'week')).toBe('2020-01-05');
    expect(shiftPeriods('2020-03-01', 'month', -12)).toBe('2019-03-01');
    expect(shiftPeriods('2020-01-06', 'week', -2)).toBe('2019-12-23');
    expect(shiftPeriods('2020-03-01', 'day', -1)).toBe('2020-02-29');
  });
});

describe('years before 100', () => {
  it('stay themselves (Date.UTC would read 0001 as 1901)', () => {
    expect(periodStart('0001-03-15', 'month')).toBe('0001-03-01');
    expect(shiftPeriods('0099-12-01', 'month', 1)).toBe('0100-01-01');
    expect(periodEnd('0050-02-10', 'month')).toBe('0050-02-28');
  });
});

describe('periodCount(from, to, freq)', () => {
  it('counts whole periods, both ends included', () => {
    expect(periodCount('2020-01-15', '2020-03-01', 'month')).toBe(3);
    expect(periodCount('2019-12-30', '2020-01-12', 'week')).toBe(2);
    expect(periodCount('2020-02-28', '2020-03-01', 'day')).toBe(3);
  });
});

describe('resolveRange(definition, coverage)', () => {
  it('refuses more periods than one index reports, naming the way out', () => {
    const wide = { first: '1900-01-01', last: '2025-06-15' };
    expect(() => resolveRange({ ...definition, freq: 'day' }, wide)).toThrow(
      new RegExp(
        `^45\\d{3} daily periods from 1900-01-01 to 2025-06-15 is more than one index reports \\(${MAX_PERIODS}\\)`,
      ),
    );
    expect(resolveRange({ ...definition, freq: 'month' }, wide).from).toBe('1900-01-01');
  });

  const coverage = { first: '1979-01-01', last: '2025-06-15' };

  it('reads the baseline window before the first period reported', () => {
    expect(resolveRange({ ...definition, from: '2019-03-10', to: '2019-12-31' }, coverage)).toEqual(
      {
        start: '2018-03-01',
        from: '2019-03-01',
        to: '2019-12-31',
        notes: [],
      },
    );
  });

  it('defaults to the whole coverage, in whole periods, and never reads before it', () => {
    expect(resolveRange(definition, coverage)).toMatchObject({
      start: '1979-01-01',
      from: '1979-01-01',
      to: '2025-06-30',
    });
  });

  it('clamps a range reaching outside the data, with a note', () => {
    const range = resolveRange({ ...definition, from: '1950-01-01', to: '2030-12-31' }, coverage);
    expect([range.from, range.to]).toEqual(['1979-01-01', '2025-06-30']);
    expect(range.notes[0]).toContain(
      "range clamped to the data's coverage, 1979-01-01 to 2025-06-15",
    );
  });

  it('reads the chronology from its start, for the relation score', () => {
    const range = resolveRange(
      { ...definition, source: 'chronology', from: '2019-01-01' },
      coverage,
    );
    expect(range.start).toBe('1979-01-01');
    expect(range.from).toBe('2019-01-01');
  });

  it('refuses a range with no data at all', () => {
    expect(() => resolveRange({ ...definition, from: '2026-01-01' }, coverage)).toThrow(
      'nothing to report: the range asked for (2026-01-01 to …) lies outside the data, which covers 1979-01-01 to 2025-06-15',
    );
  });
});
