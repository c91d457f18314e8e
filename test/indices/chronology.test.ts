import { copyFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexDefinition } from '../../src/indices/definition.js';
import { computeIndex, type IndexResult } from '../../src/indices/relations.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { builtDatabase, temporaryDatabasePath } from '../fixtures/database.js';

const definition: IndexDefinition = {
  dyad: { source: 'KOR', target: 'JPN', directed: false },
  source: 'chronology',
  freq: 'month',
  baseline: 12,
  threshold: 2,
};

let bundled: Database;
let synthetic: Database;

beforeAll(async () => {
  const path = await builtDatabase();
  bundled = await openDatabase(path, { readOnly: true });
  const copy = await temporaryDatabasePath();
  await copyFile(path, copy);
  synthetic = await openDatabase(copy);
  // Goldstein from data/cameo.csv: 046 engage in negotiation +7, 190 use force −10.
  await synthetic.run(`DELETE FROM chronology;
INSERT INTO chronology (id, date, date_precision, actor, target, cameo, description, issue, source_id, confidence, file, line) VALUES
  ('C20000110-01', DATE '2000-01-10', 'day', 'KOR', 'JPN', '046', 'talks', 'other', 's', 'verified', 'x.csv', 2),
  ('C20000120-01', DATE '2000-01-20', 'day', 'JPN', 'KOR', '190', 'clash', 'security', 's', 'verified', 'x.csv', 3),
  ('C20000201-01', DATE '2000-02-01', 'month', 'USA', 'KOR', '042', 'visit', 'other', 's', 'verified', 'x.csv', 4),
  ('C20000305-01', DATE '2000-03-05', 'day', 'JPN', 'KOR', '046', 'talks', 'other', 's', 'verified', 'x.csv', 5)`);
});

afterAll(() => {
  bundled.close();
  synthetic.close();
});

describe('computeIndex(db, definition) on the chronology', () => {
  it('computes the relation score month by month from hand-checked values', async () => {
    const result = await computeIndex(synthetic, definition);
    expect(result.normalisation).toBe('none');
    expect(result.scoreParameters).toEqual({ bound: 9, alpha: 0.25, halfLifeMonths: 12 });
    const pair = result.series[0]?.periods ?? [];
    expect(pair.map((p) => p.period)).toEqual(['2000-01-01', '2000-02-01', '2000-03-01']);
    expect(pair.map((p) => p.netCooperation)).toEqual([-3, 0, 7]);
    expect(pair.map((p) => [p.verbalCooperation, p.materialConflict])).toEqual([
      [1, 1],
      [0, 0],
      [1, 0],
    ]);
    // Jan: 9·((1 − e^−0.175) − (1 − e^−0.25)); Feb: decay by 2^(−1/12); Mar: decay, then +7.
    const scores = pair.map((p) => p.score ?? Number.NaN);
    expect(scores[0]).toBeCloseTo(-0.545906, 6);
    expect(scores[1]).toBeCloseTo(-0.515267, 6);
    expect(scores[2]).toBeCloseTo(1.036619, 6);
    // Each direction has its own score: KOR→JPN had only January's +7.
    expect(result.series[1]?.periods[0]?.score).toBeCloseTo(9 * (1 - Math.exp(-0.175)), 10);
  });
});

describe('the relation score on the bundled chronology', () => {
  let full: IndexResult;
  beforeAll(async () => {
    full = await computeIndex(bundled, definition);
  });

  it('covers every month of the chronology and every KOR–JPN event in it', async () => {
    const [row] = await bundled.query(`SELECT
        datediff('month', min(date), max(date)) + 1 AS months,
        count(*) FILTER (WHERE (actor = 'KOR' AND target = 'JPN') OR (actor = 'JPN' AND target = 'KOR')) AS pair,
        count(*) FILTER (WHERE actor = 'KOR' AND target = 'JPN') AS forward
      FROM chronology`);
    const [pair, forward] = full.series;
    expect(pair?.periods).toHaveLength(Number(row?.months));
    const total = (periods: { total: number }[] = []) => periods.reduce((n, p) => n + p.total, 0);
    expect(total(pair?.periods)).toBe(Number(row?.pair));
    expect(total(forward?.periods)).toBe(Number(row?.forward));
    expect(total(pair?.periods)).toBeGreaterThan(200);
  });

  it('keeps the score within ±9 in every series', () => {
    for (const series of full.series) {
      for (const period of series.periods) {
        expect(period.score).not.toBeNull();
        expect(Math.abs(period.score ?? 99)).toBeLessThanOrEqual(9);
      }
    }
    const scores = full.series[0]?.periods.map((p) => p.score ?? 0) ?? [];
    expect(Math.max(...scores)).toBeGreaterThan(1);
    expect(Math.min(...scores)).toBeLessThan(-1);
  });

  it('accumulates from the first event whatever --from says', async () => {
    const recent = await computeIndex(bundled, { ...definition, from: '2019-01', to: '2019-12' });
    const pair = recent.series[0]?.periods ?? [];
    expect(pair).toHaveLength(12);
    const same = full.series[0]?.periods.filter((p) => p.period.startsWith('2019-'));
    expect(pair.map((p) => p.score)).toEqual(same?.map((p) => p.score));
    expect(pair.map((p) => p.z)).toEqual(same?.map((p) => p.z));
  });
});
