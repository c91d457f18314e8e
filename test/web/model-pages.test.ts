import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import type { Listening } from '../../src/server/listen.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';
import { box, openAt } from './viewport.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');

let dashboard: Dashboard;
let server: Listening;

beforeAll(async () => {
  dashboard = await startDashboard(await builtDatabase());
  ({ server } = dashboard);
});

afterAll(() => dashboard?.close());

const open = (path: string) => dashboard.open(path);

interface ModelBody {
  model: { coefficients: { covariate: string; estimate: number }[] };
  evaluation: {
    leaveOneOut: { model: { rps: number }; calibration: { threshold: number; count: number }[] };
  };
}

describe('the model page (in headless Chromium)', () => {
  it('shows every coefficient as a mark and a table row, and the out-of-sample scores beside the baselines', async () => {
    const { page, errors } = await open('/model.html');
    expect(errors).toEqual([]);
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    const api = (await (await fetch(`${server.url}/api/model`)).json()) as ModelBody;
    const n = api.model.coefficients.length;
    expect(await page.locator('#coefficient-table tbody tr').count()).toBe(n);
    expect(await page.locator('#coefficients svg g.mark-symbol.role-mark path').count()).toBe(n);
    // 2 schemes × (model + 3 baselines)
    expect(await page.locator('#score-table tbody tr').count()).toBe(8);
    const rps = await page
      .locator('#score-table tr[data-scheme="leave-one-out"][data-forecaster="model"] td')
      .nth(3)
      .textContent();
    expect(rps).toBe(api.evaluation.leaveOneOut.model.rps.toFixed(3));
    expect(await page.locator('#calibration svg').count()).toBe(1);
    expect(await page.textContent('nav#pages a[aria-current="page"]')).toBe('Model');
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'model.png'), fullPage: true });
    await page.close();
  });
});

describe('the reliability diagram on the model page (in headless Chromium)', () => {
  for (const width of [1024, 390]) {
    it(`draws a line per cut, visible points and both legends inside the figure at ${width} px`, async () => {
      const { page, errors, warnings } = await openAt(dashboard, '/model.html', {
        width,
        height: 900,
      });
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      const api = (await (await fetch(`${server.url}/api/model`)).json()) as ModelBody;
      const bins = api.evaluation.leaveOneOut.calibration.filter((b) => b.count > 0);
      const cuts = new Set(bins.map((b) => b.threshold));
      // A cut with a single non-empty bin is a point without a line.
      const withLines = [...cuts].filter((t) => bins.filter((b) => b.threshold === t).length > 1);
      const chart = '#calibration svg';
      // Every drawn line (a path longer than a point), beside the dashed diagonal.
      const lines = await page
        .locator(`${chart} g.mark-line.role-mark path`)
        .evaluateAll((paths) =>
          paths.filter((p) => (p as SVGPathElement).getTotalLength() > 2).map(() => 1),
        );
      expect(lines).toHaveLength(withLines.length + 1);
      const points = page.locator(`${chart} g.mark-symbol.role-mark.bins_marks path`);
      expect(await points.count()).toBe(bins.length);
      const sizes = await points.evaluateAll((paths) =>
        paths.map((p) => p.getBoundingClientRect().width),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(6);
      const figure = await box(page, '#calibration');
      const legends = page.locator(`${chart} g.role-legend`);
      expect(await legends.count()).toBe(2);
      expect(await legends.first().getAttribute('aria-label')).toContain('level ≥ 4');
      for (let i = 0; i < 2; i++) {
        const legend = await box(page, `${chart} g.role-legend`, i);
        expect(legend.x).toBeGreaterThanOrEqual(figure.x - 1);
        expect(legend.x + legend.width).toBeLessThanOrEqual(figure.x + figure.width + 1);
        expect(legend.x + legend.width).toBeLessThanOrEqual(width);
      }
      const axes = await page
        .locator(`${chart} g.role-axis[aria-label]`)
        .evaluateAll((axes) => axes.map((a) => a.getAttribute('aria-label')));
      expect(axes.join(' ')).toContain('mean forecast probability (0–1)');
      expect(axes.join(' ')).toContain('observed frequency (0–1)');
      await mkdir(OUTPUT, { recursive: true });
      await page.locator('section[aria-label="calibration"]').screenshot({
        path: join(OUTPUT, `model-calibration-${width}.png`),
      });
      if (width === 1024) {
        await page.screenshot({ path: join(OUTPUT, 'model-1024.png'), fullPage: true });
      }
      await page.close();
    });
  }
});

describe('the scenario page (in headless Chromium)', () => {
  it('predicts the default scenario on load: five bars, contributions, derivations and analogues', async () => {
    const { page, errors } = await open('/scenario.html');
    expect(errors).toEqual([]);
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(await page.locator('#probabilities svg g.mark-rect.role-mark path').count()).toBe(5);
    expect(await page.locator('#contributions tbody tr').count()).toBe(7);
    expect(await page.locator('#analogues tbody tr').count()).toBe(5);
    expect(await page.locator('#derived li').count()).toBeGreaterThanOrEqual(1);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'scenario.png'), fullPage: true });
    await page.close();
  });

  it('recomputes from the form through POST /api/predict, matching the API', async () => {
    const { page } = await open('/scenario.html');
    await page.fill('input[name="date"]', '2019-08-22');
    await page.selectOption('select[name="issue"]', 'trade');
    await page.uncheck('input[name="securityCooperationAtStake"]');
    await page.selectOption('select[name="escalation"]', '3');
    const before = await page.getAttribute('#probabilities', 'data-probabilities');
    await page.click('#scenario-form button[type="submit"]');
    await page.waitForFunction(
      (old) => document.querySelector('#probabilities')?.getAttribute('data-probabilities') !== old,
      before,
    );
    const response = await fetch(`${server.url}/api/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        date: '2019-08-22',
        issue: 'trade',
        securityCooperationAtStake: false,
        escalation: 3,
      }),
    });
    const api = (await response.json()) as { probabilities: number[]; analogues: { id: string }[] };
    expect(await page.getAttribute('#probabilities', 'data-probabilities')).toBe(
      api.probabilities.join(','),
    );
    expect(await page.locator('#analogues tbody tr').first().getAttribute('data-id')).toBe(
      api.analogues[0]?.id,
    );
    await page.close();
  });

  it('marks the answer outdated as soon as the form changes, until the new answer arrives', async () => {
    const { page } = await open('/scenario.html');
    const results = page.locator('#results');
    expect(await results.getAttribute('data-stale')).toBeNull();
    expect(await page.locator('#stale-note').isVisible()).toBe(false);
    await page.selectOption('select[name="escalation"]', '1');
    expect(await results.getAttribute('data-stale')).toBe('true');
    expect(await page.locator('#stale-note').isVisible()).toBe(true);
    expect(await page.textContent('#stale-note')).toContain('Outdated');
    const opacity = await results.evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(opacity).toBeLessThan(1);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'scenario-stale.png') });
    await page.click('#scenario-form button[type="submit"]');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#results')?.hasAttribute('data-stale') === false,
    );
    expect(await page.locator('#stale-note').isVisible()).toBe(false);
    // Typing in a field counts as a change too.
    await page.fill('input[name="date"]', '2019-08-22');
    expect(await results.getAttribute('data-stale')).toBe('true');
    await page.close();
  });

  it('names fields in words, never as code, in the reasons and what was filled in', async () => {
    const { page } = await open('/scenario.html');
    const code = /\b[a-z]+(?:[A-Z0-9][a-z0-9]*)+\b/;
    // Each cell and item on its own, so that adjacent cells do not run together.
    const text = () =>
      page
        .locator('#contributions td, #derived li, #analogues td')
        .evaluateAll((cells) => cells.map((c) => c.textContent).join(' | '));
    expect(await page.textContent('#derived')).toContain(
      'North Korean launches and tests, prior 12 months',
    );
    expect(await text()).not.toMatch(code);
    await page.selectOption('select[name="northKoreaThreat"]', '2');
    await page.click('#scenario-form button[type="submit"]');
    await page.waitForFunction(
      () =>
        document.body.dataset.ready === 'true' &&
        document.querySelector('#results')?.hasAttribute('data-stale') === false,
    );
    expect(await page.textContent('#derived')).toContain('North Korean threat = 2');
    expect(await text()).not.toMatch(code);
    await page.close();
  });

  it('gives the analogues’ reasons room to wrap, and keeps the short columns on one line', async () => {
    const { page } = await open('/scenario.html');
    const table = await box(page, '#analogues');
    const why = await box(page, '#analogues thead th', 4);
    expect(why.width).toBeGreaterThanOrEqual(0.4 * table.width);
    // Lines of text in a cell: the distinct tops of its text's boxes.
    const lines = await page.locator('#analogues tbody td').evaluateAll((cells) =>
      cells.map((cell) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
        }
        return { column: (cell as HTMLTableCellElement).cellIndex, lines: tops.size };
      }),
    );
    for (const cell of lines.filter((c) => c.column >= 1 && c.column <= 3)) {
      expect(cell.lines).toBeLessThanOrEqual(1);
    }
    await page.close();
  });

  it('shows the API’s error naming the field when the form is invalid', async () => {
    const { page } = await open('/scenario.html');
    await page.fill('input[name="date"]', '');
    await page.evaluate(() => {
      document.querySelector('input[name="date"]')?.removeAttribute('required');
    });
    await page.click('#scenario-form button[type="submit"]');
    await page.waitForSelector('body[data-ready="error"]');
    expect(await page.textContent('#scenario-status')).toContain('field date');
    await page.close();
  });
});
