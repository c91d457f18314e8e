import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart, resolveRange, shiftPeriods } from '../../src/indices/calendar.js';
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

describe('resolveRange(definition, coverage)', () => {
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
