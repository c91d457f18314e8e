import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import {
  dateBound,
  formatDefinitionProblems,
  type IndexActors,
  parseIndexDefinition,
  requireIndexDefinition,
} from '../../src/indices/definition.js';

const known: IndexActors = {
  actors: ['USA', 'KOR', 'JPN', 'PRK', 'CHN'],
  patron: 'USA',
  allies: ['KOR', 'JPN'],
};

const problems = (raw: Parameters<typeof parseIndexDefinition>[0]) => {
  const parsed = parseIndexDefinition(raw, known);
  return parsed.success ? [] : formatDefinitionProblems(parsed.problems).split('\n');
};

describe('parseIndexDefinition(raw, actors)', () => {
  it('reads CLI text into a definition with one-year defaults', () => {
    expect(
      parseIndexDefinition({ dyad: 'KOR-JPN', source: 'gdelt', freq: 'month' }, known),
    ).toEqual({
      success: true,
      data: {
        dyad: { source: 'KOR', target: 'JPN', directed: false },
        source: 'gdelt',
        freq: 'month',
        baseline: 12,
        threshold: 2,
        from: undefined,
        to: undefined,
      },
    });
    const weekly = parseIndexDefinition({ source: 'icews', freq: 'week' }, known);
    expect(weekly.success && weekly.data.baseline).toBe(52);
    const daily = parseIndexDefinition({ source: 'icews', freq: 'day' }, known);
    expect(daily.success && daily.data.baseline).toBe(365);
  });

  it("defaults the dyad to the triad's allies, and accepts an object dyad from JSON", () => {
    const byDefault = parseIndexDefinition({ source: 'chronology', freq: 'month' }, known);
    expect(byDefault.success && byDefault.data.dyad).toEqual({
      source: 'KOR',
      target: 'JPN',
      directed: false,
    });
    const json = parseIndexDefinition(
      {
        dyad: { source: 'JPN', target: 'KOR', directed: true },
        source: 'polecat',
        freq: 'day',
        baseline: 30,
        threshold: 2.5,
      },
      known,
    );
    expect(json.success && json.data).toMatchObject({
      dyad: { source: 'JPN', target: 'KOR', directed: true },
      baseline: 30,
      threshold: 2.5,
    });
    const flag = parseIndexDefinition(
      { dyad: 'kor-usa', directed: true, source: 'gdelt', freq: 'week' },
      known,
    );
    expect(flag.success && flag.data.dyad).toEqual({
      source: 'KOR',
      target: 'USA',
      directed: true,
    });
  });

  it('widens dates given as a year or a month to whole periods', () => {
    const parsed = parseIndexDefinition(
      { source: 'gdelt', freq: 'month', from: '2019', to: '2020-02' },
      known,
    );
    expect(parsed.success && [parsed.data.from, parsed.data.to]).toEqual([
      '2019-01-01',
      '2020-02-29',
    ]);
    expect(dateBound('2019', true)).toBe('2019-12-31');
    expect(dateBound('2019-02-28', true)).toBe('2019-02-28');
    expect(dateBound('2019-02-29', false)).toBeUndefined();
    expect(dateBound('2019-13', false)).toBeUndefined();
    expect(dateBound('19-01-01', false)).toBeUndefined();
  });

  it('names an unknown actor and lists the known ones', () => {
    expect(problems({ dyad: 'KOR-JPM', source: 'gdelt', freq: 'month' })).toEqual([
      '--dyad KOR-JPM: unknown actor "JPM"; known: USA, KOR, JPN, PRK, CHN',
    ]);
    expect(problems({ dyad: 'KOR', source: 'gdelt', freq: 'month' })).toEqual([
      '--dyad KOR: expected two actor codes joined by a hyphen, such as KOR-JPN',
    ]);
    expect(problems({ dyad: 'KOR-KOR', source: 'gdelt', freq: 'month' })).toEqual([
      '--dyad KOR-KOR: a dyad needs two different actors',
    ]);
  });

  it('lists every problem, each with its flag, value and the values it expects', () => {
    expect(
      problems({ source: 'gdelt3', baseline: '1', threshold: '-2', to: '2019-02-30' }),
    ).toEqual([
      '--source gdelt3: expected one of gdelt, icews, polecat, chronology',
      '--freq: missing: expected one of day, week, month',
      '--baseline 1: expected a whole number of periods from 2 to 3660',
      '--threshold -2: expected a positive number such as 2',
      '--to 2019-02-30: expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(problems({ source: 'gdelt', freq: 'month', baseline: 'twelve' })).toEqual([
      '--baseline twelve: expected a whole number of periods from 2 to 3660',
    ]);
    expect(problems({ source: 'gdelt', freq: 'month', from: '2020', to: '2019' })).toEqual([
      '--from 2020: must not be after the end of the range, 2019-12-31',
    ]);
  });

  it('keeps the chronology monthly', () => {
    expect(problems({ source: 'chronology', freq: 'week' })).toEqual([
      '--freq week: the chronology source is monthly (many curated dates are known only to the month or the year); use month',
    ]);
  });
});

describe('requireIndexDefinition(raw, actors, prefix)', () => {
  it('throws a usage error (exit 2), naming fields as query parameters when asked', () => {
    const attempt = () => requireIndexDefinition({ dyad: 'KOR-XXX', freq: 'month' }, known, '');
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(
      'dyad KOR-XXX: unknown actor "XXX"; known: USA, KOR, JPN, PRK, CHN\nsource: missing: expected one of gdelt, icews, polecat, chronology',
    );
  });
});
