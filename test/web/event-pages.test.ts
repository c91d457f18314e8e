import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { ingestFiles } from '../../src/ingest/ingest.js';
import type { Listening } from '../../src/server/listen.js';
import { openDatabase } from '../../src/store/database.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';
import { SHARED_EVENTS } from '../fixtures/shared.js';
import { openAt } from './viewport.js';

const EVENTS = SHARED_EVENTS;

const OUTPUT = join(PATHS.packageRoot, 'test-output');

let dashboard: Dashboard;
let db: Dashboard['db'];
let server: Listening;

beforeAll(async () => {
  // Real ICEWS and GDELT 2.0 files, plus a copy of the GDELT file with one short row added.
  const dir = await mkdtemp(join(tmpdir(), 'fineline-pages-'));
  const damaged = join(dir, '20191024150000.export.CSV');
  const gdelt = await readFile(join(EVENTS, '20191024143000.export.CSV'), 'utf8');
  await writeFile(damaged, `${gdelt}999\t20191024\ttoo short\n`);
  const path = await builtDatabase();
  const writer = await openDatabase(path);
  await ingestFiles(writer, [join(EVENTS, 'icews_events.2018.sample.tab'), damaged], {});
  // Ingested again: its last run keeps nothing, but it still contributed its events.
  await ingestFiles(writer, [join(EVENTS, 'icews_events.2018.sample.tab')], {});
  writer.close();
  dashboard = await startDashboard(path);
  ({ db, server } = dashboard);
});

afterAll(() => dashboard?.close());

const open = (path: string) => dashboard.open(path);

describe('the data page after ingestion (in headless Chromium)', () => {
  it('lists each ingested file with its counts, and the quarantined row with its reason', async () => {
    const { page, errors } = await open('/data.html');
    expect(errors).toEqual([]);
    const files = await db.query(
      'SELECT path, rows_read, kept, kept_total, runs FROM ingest_files ORDER BY path',
    );
    expect(files).toHaveLength(2);
    expect(await page.locator('#files tbody tr').count()).toBe(2);
    const text = await page.textContent('#files');
    for (const file of files) {
      expect(text).toContain(String(file.path));
      expect(text).toContain(String(file.rows_read));
    }
    // The re-ingested file: what it contributed in total, and a last run that kept nothing.
    const icews = files.find((f) => String(f.path).endsWith('.tab'));
    expect(icews).toMatchObject({ runs: 2, kept: 0 });
    expect(Number(icews?.kept_total)).toBeGreaterThan(0);
    const row = page.locator('#files tbody tr', { hasText: 'icews_events' });
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    expect(cells.slice(1, 4)).toEqual(['icews', String(icews?.kept_total), '2']);
    expect(cells[6]).toBe('0');
    expect(await page.locator('#quarantine tbody tr').count()).toBe(1);
    expect(await page.textContent('#quarantine')).toContain('20191024150000.export.CSV');
    expect(await page.locator('#datasets tbody tr').count()).toBe(2);
    expect(await page.textContent('#data-status')).toContain('1 row quarantined');
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'data.png'), fullPage: true });
    await page.close();
  });
});

describe('the relations page on ingested ICEWS events (in headless Chromium)', () => {
  it('draws the daily index and the US signal from the events', async () => {
    const { page, errors } = await open('/relations.html');
    expect(errors).toEqual([]);
    const api = (await (await fetch(`${server.url}/api/signal?source=icews&freq=day`)).json()) as {
      periods: { toAllies: { events: number }[] }[];
    };
    const usEvents = api.periods.reduce(
      (sum, p) => sum + p.toAllies.reduce((s, a) => s + a.events, 0),
      0,
    );
    expect(usEvents).toBeGreaterThan(0);
    await page.selectOption('#index-source', 'icews');
    await page.waitForFunction(
      () => document.querySelector('#index-freq')?.hasAttribute('disabled') === false,
    );
    await page.selectOption('#index-freq', 'day');
    await page.waitForFunction(
      (n) =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#index-chart')?.getAttribute('data-periods') === String(n),
      api.periods.length,
    );
    expect(await page.getAttribute('#index-chart', 'data-periods')).toBe(
      String(api.periods.length),
    );
    expect(Number(await page.getAttribute('#signal-chart', 'data-events'))).toBeGreaterThan(0);
    // Another dyad: the index follows it, the signal stays the allies'.
    await page.selectOption('#index-dyad', 'USA-JPN');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#index-title')?.textContent?.startsWith('USA↔JPN') === true,
    );
    const usJapan = (await (
      await fetch(`${server.url}/api/index?dyad=USA-JPN&source=icews&freq=day`)
    ).json()) as { series: { periods: { total: number }[] }[] };
    const total = (usJapan.series[0]?.periods ?? []).reduce((sum, p) => sum + p.total, 0);
    expect(total).toBeGreaterThan(0);
    expect(await page.textContent('#relations-status')).toContain(`${total} icews events`);
    await page.close();
  });

  it('says why there is no index to draw for a series without values, and Vega warns of nothing', async () => {
    const { page, errors, warnings } = await openAt(dashboard, '/relations.html', {
      width: 1280,
      height: 1000,
    });
    await page.selectOption('#index-source', 'icews');
    await page.waitForFunction(
      () => document.querySelector('#index-freq')?.hasAttribute('disabled') === false,
    );
    await page.selectOption('#index-freq', 'day');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#index-title')?.textContent?.includes('tension') === true &&
        document.querySelector('#index-chart')?.getAttribute('data-state') === 'empty',
    );
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('Infinite extent'))).toEqual([]);
    expect(warnings).toEqual([]);
    expect(await page.locator('#index-chart svg').count()).toBe(0);
    expect(await page.textContent('#index-chart')).toContain('nothing to draw');
    // The signal has events: drawn over the series' own two days, ticked by day.
    const axis = page.locator('#signal-chart svg g.role-axis[aria-label^="X-axis"]');
    expect(await axis.getAttribute('aria-label')).toContain('values from 2018-06-01 to 2018-06-03');
    const labels = await axis.locator('g.role-axis-label text').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({
      path: join(PATHS.packageRoot, 'test-output', 'relations-icews-day.png'),
    });
    await page.close();
  });

  it('gives each kind of US signal the same colour in every view', async () => {
    const { page } = await open('/relations.html');
    const fills = () =>
      page
        .locator('#signal-chart svg g.mark-rect.role-mark path')
        .evaluateAll((paths) =>
          Object.fromEntries(
            paths.map((p) => [
              /kind: ([a-z]+)/.exec(p.getAttribute('aria-label') ?? '')?.[1],
              p.getAttribute('fill'),
            ]),
          ),
        );
    const chronology = await fills();
    expect(Object.keys(chronology)).toContain('appeals');
    await page.selectOption('#index-source', 'icews');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#index-title')?.textContent?.includes('tension') === true,
    );
    const icews = await fills();
    // The ICEWS sample has no appeals: before the colours were fixed, the others shifted.
    expect(Object.keys(icews)).not.toContain('appeals');
    expect(icews.consultations).toBeDefined();
    for (const [kind, fill] of Object.entries(icews)) expect(fill).toBe(chronology[kind]);
    await page.close();
  });
});
