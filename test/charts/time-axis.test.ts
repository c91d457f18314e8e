import { describe, expect, it } from 'vitest';
import { periodDomain, periodEndTime, timeAxis } from '../../src/charts/time-axis.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString();

describe('periodDomain(periods, freq)', () => {
  it('runs from the first period’s start to the end of the last period', () => {
    expect(periodDomain(['2018-06-02', '2018-06-01'], 'day')).toEqual([
      utc('2018-06-01'),
      utc('2018-06-03'),
    ]);
    expect(periodDomain(['2018-05-28'], 'week')).toEqual([utc('2018-05-28'), utc('2018-06-04')]);
    expect(periodDomain(['1965-02-01', '2025-10-01'], 'month')).toEqual([
      utc('1965-02-01'),
      utc('2025-11-01'),
    ]);
  });

  it('is null for a series without periods, so that nothing infinite is drawn', () => {
    expect(periodDomain([], 'day')).toBeNull();
  });
});

describe('periodEndTime(start, freq)', () => {
  it('steps a month across the end of a year', () => {
    expect(iso(periodEndTime('2019-12-01', 'month'))).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('timeAxis(domain, freq, maxTicks)', () => {
  it('puts daily ticks on days, never on hours, even over two days', () => {
    const axis = timeAxis([utc('2018-06-01'), utc('2018-06-03')], 'day', 10);
    expect(axis.values.map(iso)).toEqual([
      '2018-06-01T00:00:00.000Z',
      '2018-06-02T00:00:00.000Z',
      '2018-06-03T00:00:00.000Z',
    ]);
    expect(axis.format).toBe('%Y-%m-%d');
  });

  it('puts weekly ticks on Mondays, as weekly periods start', () => {
    const axis = timeAxis([utc('2018-05-28'), utc('2018-08-27')], 'week', 8);
    expect(axis.values.length).toBeGreaterThan(1);
    for (const tick of axis.values) expect(new Date(tick).getUTCDay()).toBe(1);
  });

  it('puts monthly ticks on the first of a month, and on whole years over decades', () => {
    const months = timeAxis([utc('2018-01-01'), utc('2018-07-01')], 'month', 10);
    expect(months.format).toBe('%b %Y');
    for (const tick of months.values) expect(new Date(tick).getUTCDate()).toBe(1);
    const decades = timeAxis([utc('1965-02-01'), utc('2025-11-01')], 'month', 12);
    expect(decades.format).toBe('%Y');
    expect(decades.values.map((t) => new Date(t).getUTCFullYear())).toEqual([
      1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
  });

  it('never puts a tick between midnights, at any frequency or width', () => {
    for (const freq of ['day', 'week', 'month'] as const) {
      for (const maxTicks of [2, 5, 10, 20]) {
        const { values } = timeAxis([utc('2017-03-15'), utc('2019-02-01')], freq, maxTicks);
        expect(values.length).toBeLessThanOrEqual(maxTicks);
        for (const tick of values) expect(tick % 86_400_000).toBe(0);
      }
    }
  });
});
