import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import type { Listening } from '../../src/server/listen.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';
import { openAt } from './viewport.js';

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

  for (const width of [1280, 390]) {
    it(`lines up the time axes of the index and the signal to the pixel at ${width} px`, async () => {
      const { page, errors, warnings } = await openAt(dashboard, '/relations.html', {
        width,
        height: 1000,
      });
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      const xAxis = async (chart: string) => {
        const line = page.locator(
          `${chart} svg g.role-axis[aria-label^="X-axis"] g.role-axis-domain line`,
        );
        const found = await line.boundingBox();
        if (found === null) throw new Error(`no x axis in ${chart}`);
        return { start: found.x, end: found.x + found.width };
      };
      const index = await xAxis('#index-chart');
      const signal = await xAxis('#signal-chart');
      expect(index.end - index.start).toBeGreaterThan(width / 2);
      expect(Math.abs(index.start - signal.start)).toBeLessThanOrEqual(1);
      expect(Math.abs(index.end - signal.end)).toBeLessThanOrEqual(1);
      await page.close();
    });
  }

  it('ticks the monthly chronology on months or years, never on hours', async () => {
    const { page } = await open('/relations.html');
    const labels = await page
      .locator('#index-chart svg g.role-axis[aria-label^="X-axis"] g.role-axis-label text')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(label).toMatch(/^(\d{4}|[A-Z][a-z]{2} \d{4})$/);
    await page.close();
  });

  it('explains the red dots in a legend', async () => {
    const { page } = await open('/relations.html');
    const legend = page.locator('#index-chart svg g.role-legend[aria-label*="unusual period"]');
    expect(await legend.count()).toBe(1);
    expect(await legend.textContent()).toContain('unusual period (|z| ≥ 2)');
    await page.close();
  });

  it('draws the Korea–Japan episode bands only over the Korea–Japan dyad, and says so', async () => {
    const { page } = await open('/relations.html');
    expect(
      await page.locator('#index-chart svg g.mark-rect.role-mark path').count(),
    ).toBeGreaterThan(0);
    await page.selectOption('#index-dyad', 'USA-KOR');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#index-title')?.textContent?.startsWith('USA↔KOR') === true,
    );
    expect(await page.locator('#index-chart svg g.mark-line.role-mark path').count()).toBe(1);
    expect(await page.locator('#index-chart svg g.mark-rect.role-mark path').count()).toBe(0);
    expect(await page.textContent('#index-notes')).toContain('bands are drawn only for that dyad');
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
    expect(await page.locator('#files tbody tr:not(.empty)').count()).toBe(0);
    expect(await page.textContent('#files tbody')).toBe('No files ingested yet.');
    await page.close();
  });
});
