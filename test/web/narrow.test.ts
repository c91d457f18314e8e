import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/config.js';
import { type Dashboard, startDashboard } from '../fixtures/dashboard.js';
import { builtDatabase } from '../fixtures/database.js';
import { openAt, PHONE } from './viewport.js';

const OUTPUT = join(PATHS.packageRoot, 'test-output');
const PAGES = ['index', 'relations', 'model', 'scenario', 'data', '404'];

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = await startDashboard(await builtDatabase());
});

afterAll(() => dashboard?.close());

describe(`every page on a phone, ${PHONE.width}×${PHONE.height} (in headless Chromium)`, () => {
  for (const name of PAGES) {
    it(`${name}.html fits the width without scrolling sideways, and draws without warnings`, async () => {
      const { page, errors, warnings } = await openAt(dashboard, `/${name}.html`, PHONE);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(await page.getAttribute('body', 'data-ready')).toBe('true');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      // Every chart, and every axis title, label and legend in it, fits inside its figure.
      const parts = await page
        .locator(
          'figure svg, figure svg g.role-axis-title text, figure svg g.role-axis-label text, figure svg g.role-legend',
        )
        .evaluateAll((elements) =>
          elements.map((element) => {
            const own = element.getBoundingClientRect();
            const figure = (element.closest('figure') as HTMLElement).getBoundingClientRect();
            return {
              what: `${element.closest('figure')?.id} ${element.textContent?.slice(0, 40)}`,
              outside: Math.max(figure.left - own.left, own.right - figure.right),
            };
          }),
        );
      expect(parts.filter((part) => part.outside > 1)).toEqual([]);
      await mkdir(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, `${name}-390.png`), fullPage: true });
      await page.close();
    });
  }
});
