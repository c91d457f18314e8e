import { describe, expect, it } from 'vitest';
import { ReadOnlyError } from '../../src/errors.js';
import { openDatabase } from '../../src/store/database.js';
import { writeBundle } from '../fixtures/bundle.js';
import { builtDatabase } from '../fixtures/database.js';

describe('Database.readOnlyQuery(sql)', () => {
  it('returns rows as plain values: counts as numbers, dates as ISO text, lists as arrays', async () => {
    const db = await openDatabase(await builtDatabase(await writeBundle()), { readOnly: true });
    const rows = await db.readOnlyQuery(
      'SELECT count(*) AS n, min(start_date) AS first, any_value(instruments) AS instruments FROM episodes',
    );
    db.close();
    expect(rows).toEqual([{ n: 1, first: '2019-08-22', instruments: ['gsomia'] }]);
  });

  it.each([
    ['INSERT', "INSERT INTO meta VALUES ('x', 'y')"],
    ['DELETE', 'DELETE FROM episodes'],
    ['UPDATE', 'UPDATE episodes SET title = 1'],
    ['DROP', 'DROP TABLE episodes'],
    ['CREATE', 'CREATE TABLE t (x INTEGER)'],
    ['COPY', "COPY episodes TO '/tmp/fineline-should-not-exist.csv'"],
    ['ATTACH', "ATTACH '/tmp/other.duckdb' AS other"],
  ])('refuses %s with a clear error', async (kind, sql) => {
    const db = await openDatabase(await builtDatabase(await writeBundle()));
    const error = await db.readOnlyQuery(sql).catch((e: unknown) => e);
    const [after] = await db.query('SELECT count(*) AS n FROM episodes');
    db.close();
    expect(error).toBeInstanceOf(ReadOnlyError);
    expect((error as Error).message).toContain(`not ${kind} statements`);
    expect(after).toEqual({ n: 1 });
  });

  it('refuses more than one statement, so a write cannot hide behind a query', async () => {
    const db = await openDatabase(await builtDatabase(await writeBundle()));
    const hidden = await db
      .readOnlyQuery('SELECT 1; DELETE FROM episodes')
      .catch((e: unknown) => e);
    const two = await db.readOnlyQuery('SELECT 1; SELECT 2').catch((e: unknown) => e);
    db.close();
    expect((hidden as Error).message).toMatch(/runs exactly one SQL statement, a query/);
    expect((two as Error).message).toBe('expected exactly one SQL statement, found 2');
  });

  it('reports an SQL error with the query it came from', async () => {
    const db = await openDatabase(await builtDatabase(await writeBundle()), { readOnly: true });
    const error = await db.readOnlyQuery('SELECT nope FROM episodes').catch((e: unknown) => e);
    db.close();
    expect((error as Error).message).toMatch(/nope[\s\S]*in: SELECT nope FROM episodes/);
  });
});
