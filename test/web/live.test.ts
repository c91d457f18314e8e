/**
 * The new user's flow, with real processes: `fineline serve` runs; in another process
 * `fineline ingest` loads the shared GDELT and ICEWS files and `fineline build` rebuilds; the
 * Data and Relations pages show the new data on reload, in Chromium, with no restart.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { launchChromium } from '../fixtures/browser.js';
import { temporaryDatabasePath } from '../fixtures/database.js';
import { type RunningServer, runCli, startServer } from '../fixtures/process.js';
import { sharedEvent } from '../fixtures/shared.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');

let db: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  db = await temporaryDatabasePath();
  expect((await runCli(['build', '--db', db])).code).toBe(0);
  server = await startServer(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"], body[data-ready="error"]');
  expect(await page.getAttribute('body', 'data-ready')).toBe('true');
}

describe('the dashboard while commands write in other processes (in headless Chromium)', () => {
  it('shows ingested and rebuilt data on reload, without a restart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/data.html`);
    await ready(page);
    expect(await page.textContent('#data-status')).toContain('No event data ingested yet');

    const files = [
      sharedEvent('20191024143000.export.CSV'),
      sharedEvent('icews_events.2018.sample.tab'),
    ];
    const ingest = await runCli(['ingest', ...files, '--db', db]);
    expect(ingest.code).toBe(0);
    await page.reload();
    await ready(page);
    expect(await page.locator('#files tbody tr').count()).toBe(2);
    const text = await page.textContent('#files');
    for (const file of files) expect(text).toContain(file);
    expect(await page.locator('#datasets tbody tr').count()).toBe(2);

    const before = (await (await fetch(`${server.url}/api/health`)).json()) as { builtAt: string };
    const build = await runCli(['build', '--db', db]);
    expect(build.code).toBe(0);
    await page.goto(`${server.url}/relations.html`);
    await ready(page);
    await page.selectOption('#index-source', 'icews');
    await page.waitForFunction(
      () => document.querySelector('#index-freq')?.hasAttribute('disabled') === false,
    );
    await page.selectOption('#index-freq', 'day');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        Number(document.querySelector('#index-chart')?.getAttribute('data-periods')) > 0,
    );
    expect(await page.textContent('#relations-status')).toMatch(/\d+ icews events/);
    const after = (await (await fetch(`${server.url}/api/health`)).json()) as { builtAt: string };
    expect(after.builtAt).not.toBe(before.builtAt);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'live-relations.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
