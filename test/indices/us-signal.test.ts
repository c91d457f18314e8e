import { copyFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexDefinition } from '../../src/indices/definition.js';
import { computeIndex } from '../../src/indices/relations.js';
import { MEDIATION_CODES, usSignal } from '../../src/indices/us-signal.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';
import { insertEvents, type SyntheticEvent } from './events.js';

const gdelt = (date: string, source: string, target: string, code: string): SyntheticEvent => ({
  dataset: 'gdelt1',
  date,
  source,
  target,
  code,
  quad: 1,
  goldstein: 1,
});

/*
 * January 2020: the patron's acts by kind, and one trilateral day (10th: USA–KOR, USA–JPN and
 * KOR–JPN consultations, in either direction). February: three near misses.
 */
const EVENTS: SyntheticEvent[] = [
  gdelt('2020-01-02', 'USA', 'KOR', '020'), // appeal
  gdelt('2020-01-02', 'USA', 'KOR', '046'), // consultation and mediation/negotiation
  gdelt('2020-01-03', 'USA', 'KOR', '111'), // pressure (disapprove)
  gdelt('2020-01-03', 'USA', 'KOR', '1011'), // pressure (demand), not mediation
  gdelt('2020-01-04', 'USA', 'JPN', '130'), // pressure (threaten)
  gdelt('2020-01-04', 'USA', 'JPN', '105'), // pressure and mediation (demand mediation)
  gdelt('2020-01-04', 'USA', 'JPN', '1051'), // pressure only: sub-codes are other demands
  gdelt('2020-01-05', 'USA', 'JPN', '061'), // none of the kinds
  gdelt('2020-01-10', 'KOR', 'USA', '042'),
  gdelt('2020-01-10', 'JPN', 'USA', '044'),
  gdelt('2020-01-10', 'KOR', 'JPN', '040'),
  // 12th: the allies' event is not a consultation.
  gdelt('2020-02-12', 'USA', 'KOR', '040'),
  gdelt('2020-02-12', 'USA', 'JPN', '040'),
  gdelt('2020-02-12', 'KOR', 'JPN', '111'),
  // 14th–15th: all three consultations, but not on one day.
  gdelt('2020-02-14', 'USA', 'KOR', '040'),
  gdelt('2020-02-14', 'JPN', 'KOR', '040'),
  gdelt('2020-02-15', 'USA', 'JPN', '040'),
  // Another dataset must not count.
  { ...gdelt('2020-02-20', 'USA', 'KOR', '020'), dataset: 'icews' },
  { ...gdelt('2020-02-20', 'USA', 'JPN', '040'), dataset: 'icews' },
];

const definition: IndexDefinition = {
  dyad: { source: 'KOR', target: 'JPN', directed: false },
  source: 'gdelt',
  freq: 'month',
  baseline: 2,
  threshold: 2,
};

let db: Database;
let bundled: Database;

beforeAll(async () => {
  const path = await builtDatabase();
  bundled = await openDatabase(path, { readOnly: true });
  const copy = await temporaryDatabasePath();
  await copyFile(path, copy);
  db = await openDatabase(copy);
  await insertEvents(db, EVENTS);
});

afterAll(() => {
  db.close();
  bundled.close();
});

describe('usSignal(db, definition)', () => {
  it("counts the patron's acts towards each ally by kind; kinds overlap", async () => {
    const signal = await usSignal(db, definition);
    expect(signal.patron).toBe('USA');
    expect(signal.allies).toEqual(['KOR', 'JPN']);
    expect(signal.periods.map((p) => p.period)).toEqual(['2020-01-01', '2020-02-01']);
    expect(signal.periods[0]?.toAllies).toEqual([
      { ally: 'KOR', events: 4, appeals: 1, consultations: 1, mediation: 1, pressure: 2 },
      { ally: 'JPN', events: 4, appeals: 0, consultations: 0, mediation: 1, pressure: 3 },
    ]);
    expect(signal.periods[1]?.toAllies).toEqual([
      { ally: 'KOR', events: 2, appeals: 0, consultations: 2, mediation: 0, pressure: 0 },
      { ally: 'JPN', events: 2, appeals: 0, consultations: 2, mediation: 0, pressure: 0 },
    ]);
  });

  it('finds a trilateral day only when all three pairs consult on the same day', async () => {
    const signal = await usSignal(db, definition);
    expect(signal.periods.map((p) => p.trilateralDays)).toEqual([1, 0]);
    const daily = await usSignal(db, { ...definition, freq: 'day', baseline: 7 });
    const days = daily.periods.filter((p) => p.trilateralDays > 0).map((p) => p.period);
    expect(days).toEqual(['2020-01-10']);
  });

  it("puts the allies' tension beside the signal, from the same periods of the index", async () => {
    const signal = await usSignal(db, { ...definition, freq: 'day', baseline: 7 });
    const index = await computeIndex(db, { ...definition, freq: 'day', baseline: 7 });
    const pair = index.series[0]?.periods ?? [];
    expect(signal.periods.map((p) => p.period)).toEqual(pair.map((p) => p.period));
    expect(signal.periods.map((p) => p.tension)).toEqual(pair.map((p) => p.tension));
    expect(signal.periods.some((p) => p.tension !== null)).toBe(true);
  });

  it('lists the codes it counts, the mediation list exactly as event-data.md gives it', async () => {
    const signal = await usSignal(db, definition);
    expect([...MEDIATION_CODES].sort()).toEqual([
      '028',
      '036',
      '038',
      '039',
      '045',
      '046',
      '105',
      '108',
      '125',
      '126',
      '134',
      '135',
      '164',
      '165',
    ]);
    expect(signal.kinds.map((k) => k.name)).toEqual([
      'appeals',
      'consultations',
      'mediation',
      'pressure',
    ]);
  });

  it('refuses a dyad that includes the patron', async () => {
    await expect(
      usSignal(db, { ...definition, dyad: { source: 'USA', target: 'KOR', directed: false } }),
    ).rejects.toThrow(
      'the US-involvement signal needs a dyad of two allies other than the patron USA',
    );
  });

  it('works on the bundled chronology, counting every US→ally event in it', async () => {
    const signal = await usSignal(bundled, { ...definition, source: 'chronology', baseline: 12 });
    const [row] = await bundled.query(`SELECT
        count(*) FILTER (WHERE target = 'KOR') AS kor,
        count(*) FILTER (WHERE target = 'JPN') AS jpn,
        count(*) FILTER (WHERE target = 'KOR' AND left(cameo, 2) IN ('10', '11', '13')) AS kor_pressure
      FROM chronology WHERE actor = 'USA'`);
    const sum = (i: number, kind: 'events' | 'pressure') =>
      signal.periods.reduce((n, p) => n + (p.toAllies[i]?.[kind] ?? 0), 0);
    expect(sum(0, 'events')).toBe(Number(row?.kor));
    expect(sum(1, 'events')).toBe(Number(row?.jpn));
    expect(sum(0, 'pressure')).toBe(Number(row?.kor_pressure));
    expect(sum(0, 'events')).toBeGreaterThan(0);
    expect(signal.periods.every((p) => p.score !== null && Math.abs(p.score) <= 9)).toBe(true);
    expect(signal.notes.join('\n')).toContain('trilateral rule finds few');
  });
});
