import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS, VERSION } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { type Listening, listen } from '../../src/server/listen.js';
import { DatabaseHost } from '../../src/store/host.js';
import { launchChromium } from '../fixtures/browser.js';
import { builtDatabase } from '../fixtures/database.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');

let host: DatabaseHost;
let server: Listening;
let browser: Browser;
let page: Page;
let episodeCount: number;

beforeAll(async () => {
  if (!existsSync(join(PATHS.webDir, 'index.html'))) {
    throw new Error(
      `no built dashboard in ${PATHS.webDir}: run \`npm run build\` first (npm test does)`,
    );
  }
  host = await DatabaseHost.open(await builtDatabase());
  const [row] = await host.read((db) => db.query('SELECT count(*) AS n FROM episodes'));
  episodeCount = Number(row?.n);
  server = await listen(
    createApp({ host, version: VERSION, webDir: PATHS.webDir }),
    '127.0.0.1',
    0,
  );
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
  expect(errors).toEqual([]);
  expect(await page.getAttribute('body', 'data-ready')).toBe('true');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

describe('the dashboard (in headless Chromium)', () => {
  it('draws one timeline mark per episode in the database', async () => {
    expect(episodeCount).toBeGreaterThanOrEqual(10);
    const marks = await page.locator('#timeline svg g.mark-symbol.role-mark path').count();
    expect(marks).toBe(episodeCount);
    expect(await page.locator('#episode-table tbody tr').count()).toBe(episodeCount);
    expect(await page.textContent('#summary')).toBe(`${episodeCount} episodes`);
  });

  it('shows an episode with its US response and sources when selected', async () => {
    const row = page.locator('#episode-table tbody tr').first();
    const id = await row.getAttribute('data-id');
    await row.click();
    const heading = page.locator('#detail h2');
    expect(await heading.getAttribute('data-episode-id')).toBe(id);
    expect(await page.locator('#detail').textContent()).toContain('US response');
    expect(await page.locator('#detail ol.sources li').count()).toBeGreaterThanOrEqual(1);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'dashboard.png'), fullPage: true });
  });

  it('selects an episode by clicking its mark on the timeline', async () => {
    const mark = page.locator('#timeline svg g.mark-symbol.role-mark path').last();
    await mark.click({ force: true });
    const title = await page.locator('#detail h2').getAttribute('data-episode-id');
    expect(title).toMatch(/^E\d{4}-/);
  });

  it('filters by US involvement through the API', async () => {
    const [row] = await host.read((db) =>
      db.query('SELECT count(*) AS n FROM episodes WHERE us_involvement >= 3'),
    );
    await page.selectOption('#filter-level', '3');
    await page.waitForFunction(
      (n) => document.querySelector('#summary')?.textContent === `${n} episodes`,
      Number(row?.n),
    );
    expect(await page.locator('#timeline svg g.mark-symbol.role-mark path').count()).toBe(
      Number(row?.n),
    );
    await page.selectOption('#filter-level', '');
  });

  it('shows an episode’s start and end in the timeline tooltip as YYYY-MM-DD', async () => {
    const [first] = await host.read((db) =>
      db.query(
        "SELECT strftime(start_date, '%Y-%m-%d') AS start FROM episodes ORDER BY start_date LIMIT 1",
      ),
    );
    const mark = page.locator('#timeline svg g.mark-symbol.role-mark path').first();
    await mark.hover({ force: true });
    const tooltip = page.locator('#vg-tooltip-element');
    await tooltip.waitFor({ state: 'visible' });
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain(`start${String(first?.start)}`);
    expect(text).toMatch(/end(\d{4}-\d{2}-\d{2}|ongoing)/);
    expect(text).not.toMatch(/\d{10,}/);
    await page.mouse.move(0, 0);
  });

  it('draws disputes and rapprochements with different symbols, and a legend of the kinds', async () => {
    const legend = page.locator('#timeline svg g.role-legend[aria-label*="titled \'kind\'"]');
    expect(await legend.count()).toBe(1);
    expect(await legend.textContent()).toContain('dispute');
    expect(await legend.textContent()).toContain('rapprochement');
    const shapes = await page
      .locator('#timeline svg g.mark-symbol.role-mark path')
      .evaluateAll((paths) => {
        const byKind: Record<string, string[]> = {};
        for (const p of paths) {
          const kind = /kind: ([a-zA-Z -]+?)(;|$)/.exec(p.getAttribute('aria-label') ?? '')?.[1];
          if (kind !== undefined)
            byKind[kind] = [...(byKind[kind] ?? []), p.getAttribute('d') ?? ''];
        }
        return Object.fromEntries(Object.entries(byKind).map(([k, d]) => [k, [...new Set(d)]]));
      });
    expect(shapes.dispute).toHaveLength(1);
    expect(shapes.rapprochement).toHaveLength(1);
    expect(shapes.dispute?.[0]).not.toBe(shapes.rapprochement?.[0]);
  });

  it('keeps every date in the table on one line, at 1280 and at 390 px', async () => {
    const lines = () =>
      page.locator('#episode-table tbody td:first-child').evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getClientRects().length;
        }),
      );
    expect(new Set(await lines())).toEqual(new Set([1]));
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      expect(new Set(await lines())).toEqual(new Set([1]));
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  });

  it('sorts the table from the keyboard by any column header, saying the order in aria-sort', async () => {
    const header = (key: string) => page.locator(`#episode-table th[data-sort="${key}"]`);
    const levels = async () =>
      (await page.locator('#episode-table tbody tr td:nth-child(4)').allTextContents()).map(Number);
    expect(await header('start').getAttribute('aria-sort')).toBe('ascending');
    await header('usInvolvement').locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header('usInvolvement').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('start').getAttribute('aria-sort')).toBe('none');
    const up = await levels();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.keyboard.press('Space');
    expect(await header('usInvolvement').getAttribute('aria-sort')).toBe('descending');
    const down = await levels();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(down).toHaveLength(episodeCount);
    // Back to date order, oldest first.
    await header('start').locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header('start').getAttribute('aria-sort')).toBe('ascending');
    const starts = await page.locator('#episode-table tbody td.date').allTextContents();
    expect(starts).toEqual([...starts].sort());
  });
});
