import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import type { Listening } from '../../src/server/listen.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');

let dashboard: Dashboard;
let db: Dashboard['db'];
let server: Listening;

beforeAll(async () => {
  dashboard = await startDashboard(await builtDatabase());
  ({ db, server } = dashboard);
});

afterAll(() => dashboard?.close());

const open = (path: string) => dashboard.open(path);

interface IndexBody {
  range: { from: string; to: string };
  series: { periods: { unusual: boolean; score: number | null }[] }[];
}

describe('the relations page on a freshly built database (in headless Chromium)', () => {
  it('draws the chronology index with the episodes behind it and the US signal beneath', async () => {
    const { page, errors } = await open('/relations.html');
    expect(errors).toEqual([]);
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    const api = (await (await fetch(`${server.url}/api/index`)).json()) as IndexBody;
    const periods = api.series[0]?.periods ?? [];
    expect(await page.getAttribute('#index-chart', 'data-periods')).toBe(String(periods.length));
    expect(await page.getAttribute('#index-chart', 'data-unusual')).toBe(
      String(periods.filter((p) => p.unusual).length),
    );
    // One band per episode that overlaps the index's range, behind the line.
    const [row] = await db.query(
      `SELECT count(*) AS n FROM episodes
        WHERE start_date <= $to AND coalesce(end_date, current_date) >= $from`,
      { from: api.range.from, to: api.range.to },
    );
    expect(await page.locator('#index-chart svg g.mark-rect.role-mark path').count()).toBe(
      Number(row?.n),
    );
    expect(await page.locator('#index-chart svg g.mark-line.role-mark path').count()).toBe(1);
    expect(Number(await page.getAttribute('#signal-chart', 'data-events'))).toBeGreaterThan(0);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'relations.png'), fullPage: true });
    await page.close();
  });

  it('says what to run when the chosen source has no events', async () => {
    const { page } = await open('/relations.html');
    await page.selectOption('#index-source', 'gdelt');
    await page.waitForSelector('body[data-ready="error"]');
    expect(await page.textContent('#relations-status')).toContain('fineline fetch gdelt');
    await page.close();
  });
});

describe('the data page on a freshly built database (in headless Chromium)', () => {
  it('says that no event data has been ingested and how to ingest some', async () => {
    const { page, errors } = await open('/data.html');
    expect(errors).toEqual([]);
    expect(await page.textContent('#data-status')).toContain('fineline ingest');
    expect(await page.locator('#files tbody tr').count()).toBe(0);
    await page.close();
  });
});
