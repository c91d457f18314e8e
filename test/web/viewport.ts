/**
 * Opening a dashboard page at a chosen viewport, collecting what the page says on its console:
 * errors thrown, and Vega's warnings ("Infinite extent …"), which the fixture's `open` does not
 * keep. Also the checks every page gets at phone width: nothing wider than the viewport.
 */
import type { Page } from 'playwright-core';
import type { Dashboard } from '../fixtures/dashboard.js';

export interface Opened {
  page: Page;
  errors: string[];
  warnings: string[];
}

export const PHONE = { width: 390, height: 844 };

export async function openAt(
  dashboard: Dashboard,
  path: string,
  viewport: { width: number; height: number },
): Promise<Opened> {
  const page = await dashboard.browser.newPage({ viewport });
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${dashboard.server.url}${path}`);
  await page.waitForSelector('body[data-ready="true"], body[data-ready="error"]');
  return { page, errors, warnings };
}

/** How far the page is wider than its viewport (0 when nothing overflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The page's bounding box of an element, or throws if it is not rendered. */
export async function box(page: Page, selector: string, index = 0) {
  const found = await page.locator(selector).nth(index).boundingBox();
  if (found === null) throw new Error(`${selector} is not rendered`);
  return found;
}
