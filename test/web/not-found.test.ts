import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');
const PAGES = ['index.html', 'relations.html', 'model.html', 'scenario.html', 'data.html'];

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = await startDashboard(await builtDatabase());
});

afterAll(() => dashboard?.close());

describe('the page-not-found page (in headless Chromium)', () => {
  it('is built beside the other pages, for the server to answer unknown page paths with', () => {
    expect(existsSync(join(PATHS.webDir, '404.html'))).toBe(true);
  });

  it('says the page was not found, with the pages’ navigation and a link to each page', async () => {
    const { page, errors } = await dashboard.open('/404.html');
    expect(errors).toEqual([]);
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(await page.textContent('main h2')).toBe('Page not found');
    expect(await page.title()).toContain('page not found');
    const nav = await page
      .locator('nav#pages a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(nav).toEqual(PAGES);
    expect(await page.locator('nav#pages a[aria-current]').count()).toBe(0);
    const listed = await page
      .locator('main a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(PAGES);
    // The same style as the other pages: the shared stylesheet is applied.
    const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
    expect(font).toContain('system-ui');
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, '404.png'), fullPage: true });
    await page.close();
  });
});

describe('an unknown page path (in headless Chromium)', () => {
  it('answers 404 with the page-not-found page, styled, at any depth', async () => {
    const response = await fetch(`${dashboard.server.url}/no/such/page`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    const { page, errors } = await dashboard.open('/no/such/page');
    expect(errors).toEqual([]);
    expect(await page.textContent('main h2')).toBe('Page not found');
    const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
    expect(font).toContain('system-ui');
    await page.close();
  });

  it('answers an unknown API path with the JSON error body', async () => {
    const response = await fetch(`${dashboard.server.url}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'no such endpoint: GET /api/no-such-thing' },
    });
  });
});
