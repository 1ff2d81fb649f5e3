/** Helpers for driving the map view in the browser tests and the UI benchmark. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface CanvasCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly highlighted: number;
}

/** Opens a page in Swedish at desktop size; for the map, waits until it is laid out. */
export async function openMap(browser: Browser, url: string, waitForMap = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE', acceptDownloads: true });
  page.on('pageerror', (error) => console.error(`page error on ${url}: ${error.message}`));
  await page.goto(url);
  if (waitForMap) await page.waitForSelector('.map-canvas[data-layout-done="true"]', { timeout: 30_000 });
  return page;
}

export async function canvasCounts(page: Page): Promise<CanvasCounts> {
  const canvas = page.locator('.map-canvas');
  const read = async (name: string) => Number(await canvas.getAttribute(name));
  return { nodes: await read('data-node-count'), edges: await read('data-edge-count'), highlighted: await read('data-highlighted-count') };
}

/** Waits until one of the canvas's data attributes reads the given value. */
export async function waitForCanvas(page: Page, attribute: string, value: number | string): Promise<void> {
  // A selector, not waitForFunction: the app's CSP forbids the eval that a string predicate needs.
  await page.waitForSelector(`.map-canvas[${attribute}="${String(value)}"]`, { timeout: 30_000 });
}

export interface TableRowText {
  readonly name: string;
  readonly type: string;
  readonly kind: string;
  readonly sector: string;
  readonly area: string;
  readonly links: string;
}

/** The rows of the map's table as shown (the name cell includes its "Markerad"/"Vald" tags). */
export async function tableRows(page: Page): Promise<TableRowText[]> {
  // Runs in the page; typed structurally, since this package compiles without the DOM library.
  type Row = { children: ArrayLike<{ innerText: string }> };
  const cells = await page
    .locator('.map-table--nodes tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from((row as unknown as Row).children, (cell) => cell.innerText.trim())));
  return cells.map((c) => ({ name: c[0] ?? '', type: c[1] ?? '', kind: c[2] ?? '', sector: c[3] ?? '', area: c[4] ?? '', links: c[5] ?? '' }));
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules on the page; the serious and critical violations, printed if any.
 * axe is evaluated through the DevTools protocol rather than added as a <script> tag: the app's
 * Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
 */
export async function axeViolations(page: Page, axePath: string): Promise<string[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = (await page.evaluate("axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })")) as AxeResult;
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of serious) {
    console.error(`axe ${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`);
  }
  return serious.map((v) => `${v.id} (${v.nodes.length})`);
}
