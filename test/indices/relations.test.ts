import { copyFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoEventsError } from '../../src/indices/coverage.js';
import type { IndexDefinition } from '../../src/indices/definition.js';
import { computeIndex, type IndexResult } from '../../src/indices/relations.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { insertEvents, insertVolume } from './events.js';

/*
 * The GDELT scenario, monthly, January–June 2020 (pair = KOR→JPN plus JPN→KOR):
 *
 * month  events (goldstein, plover)                       volume        pair net/1k
 * Jan    K→J q1 (+2, 3) on Sun 5th; J→K q3 (−1, –) Mon 6th  1000          +1
 * Feb    K→J q1 (+2, 1) gdelt2; K→J q2 (+4, 5)             1500+500      +3
 * Mar    none                                              1000           0
 * Apr    J→K q4 (−10, −8)                                  600+400      −10
 * May    K→J, invalid code: no quad class, no Goldstein    1000           0
 * Jun    K→J q1 (+2)                                       1000 (30th)   +2
 *
 * plus events that must not count: another dyad, ICEWS, an actor towards itself.
 */
const GDELT_EVENTS = [
  {
    dataset: 'gdelt1',
    date: '2020-01-05',
    source: 'KOR',
    target: 'JPN',
    code: '042',
    quad: 1,
    goldstein: 2,
    plover: 3,
  },
  {
    dataset: 'gdelt1',
    date: '2020-01-06',
    source: 'JPN',
    target: 'KOR',
    code: '111',
    quad: 3,
    goldstein: -1,
  },
  {
    dataset: 'gdelt2',
    date: '2020-02-10',
    source: 'KOR',
    target: 'JPN',
    code: '042',
    quad: 1,
    goldstein: 2,
    plover: 1,
  },
  {
    dataset: 'gdelt1',
    date: '2020-02-11',
    source: 'KOR',
    target: 'JPN',
    code: '061',
    quad: 2,
    goldstein: 4,
    plover: 5,
  },
  {
    dataset: 'gdelt1',
    date: '2020-04-20',
    source: 'JPN',
    target: 'KOR',
    code: '190',
    quad: 4,
    goldstein: -10,
    plover: -8,
  },
  { dataset: 'gdelt1', date: '2020-05-02', source: 'KOR', target: 'JPN', code: '13y' },
  {
    dataset: 'gdelt1',
    date: '2020-06-03',
    source: 'KOR',
    target: 'JPN',
    code: '042',
    quad: 1,
    goldstein: 2,
  },
  {
    dataset: 'gdelt1',
    date: '2020-01-10',
    source: 'KOR',
    target: 'USA',
    code: '046',
    quad: 1,
    goldstein: 7,
  },
  {
    dataset: 'gdelt1',
    date: '2020-01-11',
    source: 'KOR',
    target: 'KOR',
    code: '046',
    quad: 1,
    goldstein: 7,
  },
] as const;

const GDELT_VOLUME = [
  { dataset: 'gdelt1', file: 'f1', date: '2020-01-01', events: 1000 },
  { dataset: 'gdelt1', file: 'f1', date: '2020-02-01', events: 1500 },
  { dataset: 'gdelt2', file: 'f2', date: '2020-02-01', events: 500 },
  { dataset: 'gdelt1', file: 'f1', date: '2020-03-01', events: 1000 },
  { dataset: 'gdelt1', file: 'f1', date: '2020-04-01', events: 600 },
  { dataset: 'gdelt1', file: 'f3', date: '2020-04-15', events: 400 },
  { dataset: 'gdelt1', file: 'f1', date: '2020-05-01', events: 1000 },
  { dataset: 'gdelt1', file: 'f1', date: '2020-06-30', events: 1000 },
] as const;

/*
 * ICEWS: events but no event_volume rows at all (raw sums). POLECAT: PLOVER scores only, and
 * a month (March) whose volume is missing.
 */
const OTHER_EVENTS = [
  {
    dataset: 'icews',
    date: '2019-01-15',
    source: 'KOR',
    target: 'JPN',
    code: '042',
    quad: 1,
    goldstein: 3,
  },
  {
    dataset: 'icews',
    date: '2019-03-20',
    source: 'JPN',
    target: 'KOR',
    code: '111',
    quad: 3,
    goldstein: -4,
  },
  {
    dataset: 'icews',
    date: '2020-01-07',
    source: 'KOR',
    target: 'JPN',
    code: '190',
    quad: 4,
    goldstein: -10,
  },
  { dataset: 'polecat', date: '2021-01-10', source: 'KOR', target: 'JPN', quad: 1, plover: 4 },
  { dataset: 'polecat', date: '2021-03-05', source: 'JPN', target: 'KOR', quad: 3, plover: -6 },
  { dataset: 'polecat', date: '2021-04-05', source: 'KOR', target: 'JPN', quad: 1, plover: 5 },
] as const;

const POLECAT_VOLUME = [
  { dataset: 'polecat', file: 'p1', date: '2021-01-01', events: 1000 },
  { dataset: 'polecat', file: 'p1', date: '2021-02-01', events: 1000 },
  { dataset: 'polecat', file: 'p1', date: '2021-04-30', events: 1000 },
] as const;

const monthly: IndexDefinition = {
  dyad: { source: 'KOR', target: 'JPN', directed: false },
  source: 'gdelt',
  freq: 'month',
  baseline: 3,
  threshold: 1.5,
};

let bare: string;
let db: Database;
let gdelt: IndexResult;

beforeAll(async () => {
  bare = await builtDatabase();
  const path = await temporaryDatabasePath();
  await copyFile(bare, path);
  db = await openDatabase(path);
  await insertEvents(db, [...GDELT_EVENTS, ...OTHER_EVENTS]);
  await insertVolume(db, [...GDELT_VOLUME, ...POLECAT_VOLUME]);
  gdelt = await computeIndex(db, monthly);
});

afterAll(() => db.close());

const pick = (
  result: IndexResult,
  series: string,
  field: keyof IndexResult['series'][number]['periods'][number],
) => result.series.find((s) => s.name === series)?.periods.map((p) => p[field]);

describe('computeIndex(db, definition) on event data', () => {
  it('reports the pair first, then each direction, labelled by actor', () => {
    expect(gdelt.series.map((s) => s.label)).toEqual(['KOR↔JPN', 'KOR→JPN', 'JPN→KOR']);
    expect(gdelt.datasets).toEqual(['gdelt1', 'gdelt2']);
    expect(gdelt.range).toEqual({ from: '2020-01-01', to: '2020-06-30' });
  });

  it('lists every period of the range, with zeros where the dyad has no events', () => {
    expect(pick(gdelt, 'pair', 'period')).toEqual([
      '2020-01-01',
      '2020-02-01',
      '2020-03-01',
      '2020-04-01',
      '2020-05-01',
      '2020-06-01',
    ]);
    expect(pick(gdelt, 'pair', 'total')).toEqual([2, 2, 0, 1, 1, 1]);
    expect(pick(gdelt, 'backward', 'total')).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('counts by quad class, reading GDELT 1.0 and 2.0 and nothing else', () => {
    const pair = gdelt.series[0]?.periods;
    expect(pair?.[0]).toMatchObject({ verbalCooperation: 1, verbalConflict: 1, total: 2 });
    expect(pair?.[1]).toMatchObject({ verbalCooperation: 1, materialCooperation: 1, total: 2 });
    expect(pair?.[3]).toMatchObject({ materialConflict: 1, total: 1 });
    // An invalid code counts in the total but in no quad class.
    expect(pair?.[4]).toMatchObject({
      verbalCooperation: 0,
      materialCooperation: 0,
      verbalConflict: 0,
      materialConflict: 0,
      total: 1,
      goldstein: 0,
    });
  });

  it('sums Goldstein and PLOVER scores, and splits Goldstein by sign', () => {
    expect(pick(gdelt, 'pair', 'goldstein')).toEqual([1, 6, 0, -10, 0, 2]);
    expect(pick(gdelt, 'pair', 'goldsteinPositive')).toEqual([2, 6, 0, 0, 0, 2]);
    expect(pick(gdelt, 'pair', 'goldsteinNegative')).toEqual([-1, 0, 0, -10, 0, 0]);
    expect(pick(gdelt, 'pair', 'plover')).toEqual([3, 6, 0, -8, 0, 0]);
    expect(pick(gdelt, 'pair', 'ploverEvents')).toEqual([1, 2, 0, 1, 0, 0]);
    expect(pick(gdelt, 'forward', 'goldstein')).toEqual([2, 6, 0, 0, 0, 2]);
    expect(pick(gdelt, 'backward', 'goldstein')).toEqual([-1, 0, 0, -10, 0, 0]);
  });

  it('normalises per 1,000 events of the period, summing volume over files and datasets', () => {
    expect(gdelt.normalisation).toBe('per-1000-events');
    expect(pick(gdelt, 'pair', 'volume')).toEqual([1000, 2000, 1000, 1000, 1000, 1000]);
    expect(pick(gdelt, 'pair', 'netCooperation')).toEqual([1, 3, 0, -10, 0, 2]);
    expect(pick(gdelt, 'pair', 'ploverNet')).toEqual([3, 3, 0, -8, 0, 0]);
  });

  it('takes z against the previous `baseline` periods, excluding the current one', () => {
    const z = pick(gdelt, 'pair', 'z') as (number | null)[];
    // Jan has no earlier period, Feb only one (fewer than the 2 a window of 3 needs).
    expect(z.slice(0, 2)).toEqual([null, null]);
    expect(z[2]).toBeCloseTo(-Math.SQRT2, 5); // [1, 3]: mean 2, sd √2
    expect(z[3]).toBeCloseTo(-7.419408, 5); // [1, 3, 0]: mean 4/3, sd √(7/3)
    expect(z[4]).toBeCloseTo(0.342792, 5); // [3, 0, −10]: mean −7/3, sd √(834/18)
    expect(z[5]).toBeCloseTo(0.92376, 5); // [0, −10, 0]: mean −10/3, sd √(300/9)
    const pair = gdelt.series[0]?.periods;
    expect(pair?.map((p) => p.tension)).toEqual(z.map((v) => (v === null ? null : -v)));
    expect(pair?.map((p) => p.unusual)).toEqual([false, false, false, true, false, false]);
    expect(pair?.[3]).toMatchObject({ baselineN: 3 });
  });

  it('looks back before --from for the baseline', async () => {
    const result = await computeIndex(db, { ...monthly, from: '2020-04-10' });
    const pair = result.series[0]?.periods;
    expect(pair?.map((p) => p.period)).toEqual(['2020-04-01', '2020-05-01', '2020-06-01']);
    expect(pair?.[0]?.z).toBeCloseTo(-7.419408, 5);
  });

  it('gives one series only for a directed dyad', async () => {
    const result = await computeIndex(db, {
      ...monthly,
      dyad: { source: 'JPN', target: 'KOR', directed: true },
    });
    expect(result.series.map((s) => s.label)).toEqual(['JPN→KOR']);
    expect(result.series[0]?.periods.map((p) => p.goldstein)).toEqual([-1, 0, 0, -10, 0, 0]);
  });

  it('buckets weeks from Monday, and leaves weeks without volume unnormalised', async () => {
    const result = await computeIndex(db, { ...monthly, freq: 'week', baseline: 4 });
    const pair = result.series[0]?.periods ?? [];
    expect(pair).toHaveLength(27); // 2019-12-30 … 2020-06-29
    expect(pair[0]).toMatchObject({
      period: '2019-12-30',
      total: 1,
      volume: 1000,
      netCooperation: 2,
    });
    expect(pair[1]).toMatchObject({
      period: '2020-01-06',
      total: 1,
      volume: null,
      netCooperation: null,
      z: null,
    });
    expect(result.notes.join('\n')).toMatch(/\d+ period\(s\) have no event_volume rows/);
  });

  it('falls back to raw sums, with a note, when the source has no event_volume rows', async () => {
    const result = await computeIndex(db, { ...monthly, source: 'icews' });
    expect(result.normalisation).toBe('none');
    expect(result.coverage).toEqual({ first: '2019-01-15', last: '2020-01-07', volumeDays: 0 });
    const pair = result.series[0]?.periods ?? [];
    expect(pair.slice(0, 3).map((p) => p.netCooperation)).toEqual([3, 0, -4]);
    expect(pair.every((p) => p.volume === null)).toBe(true);
    expect(result.notes.join('\n')).toContain('event_volume has no rows for icews');
  });

  it('takes z of the PLOVER variant for POLECAT, skipping a month without volume', async () => {
    const result = await computeIndex(db, { ...monthly, source: 'polecat' });
    expect(result.measure).toBe('plover');
    const pair = result.series[0]?.periods ?? [];
    expect(pair.map((p) => p.ploverNet)).toEqual([4, 0, null, 5]);
    expect(pair[2]).toMatchObject({ total: 1, volume: null, z: null });
    // April's window [4, 0, null]: two values, mean 2, sd √8.
    expect(pair[3]?.baselineN).toBe(2);
    expect(pair[3]?.z).toBeCloseTo(1.06066, 5);
  });

  it('clamps the range to the coverage of the data, and says so', async () => {
    const result = await computeIndex(db, { ...monthly, from: '2019-01-01', to: '2020-02-15' });
    expect(result.range).toEqual({ from: '2020-01-01', to: '2020-02-29' });
    expect(result.notes.join('\n')).toContain("range clamped to the data's coverage");
  });

  it('refuses a range wholly outside the data', async () => {
    await expect(computeIndex(db, { ...monthly, from: '2030' })).rejects.toThrow(
      /lies outside the data, which covers 2020-01-01 to 2020-06-30/,
    );
  });

  it('throws NoEventsError, saying how to ingest, when a source has no events', async () => {
    const empty = await openDatabase(bare, { readOnly: true });
    try {
      await expect(computeIndex(empty, monthly)).rejects.toBeInstanceOf(NoEventsError);
      await expect(computeIndex(empty, monthly)).rejects.toThrow(/run `fineline fetch gdelt`/);
    } finally {
      empty.close();
    }
    const path = await temporaryDatabasePath();
    await copyFile(bare, path);
    const tablesOnly = await openDatabase(path);
    try {
      await expect(computeIndex(tablesOnly, { ...monthly, source: 'polecat' })).rejects.toThrow(
        'no polecat events in the database: run `fineline ingest`',
      );
    } finally {
      tablesOnly.close();
    }
  });
});
