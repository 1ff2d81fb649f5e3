/**
 * GraphiQL is linked from the main navigation, so it is held to the same bar as the app: an axe
 * audit (WCAG 2.1 A and AA, and axe's best practices: landmarks, one main, a level-one heading)
 * finds nothing, with the editors loaded and a result shown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = (await page.evaluate("axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']})")) as {
    violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
  };
  return result.violations.map((v) => `${v.id} [${v.impact}] ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join(' | ')}`);
}

describe.runIf(browserAvailable)('GraphiQL in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes axe with the editors loaded and a result shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    await page.goto(`${server.url}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByText('FirstActors').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: /execute|kör/i }).first().click();
    // A locator: the CSP forbids the eval of waitForFunction's in-page polling of a string.
    await page.locator('.result-window, .graphiql-response', { hasText: 'totalCount' }).first().waitFor({ timeout: 10_000 });
    expect(await violations(page)).toEqual([]);
  });
});
