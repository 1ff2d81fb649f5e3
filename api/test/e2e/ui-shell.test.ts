/**
 * The UI shell in a real browser against the real server with the demo map: the page shows the
 * map's counts and every municipality, and GraphiQL loads from the server itself.
 * Screenshots are saved to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

describe.runIf(browserAvailable)('the UI shell in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const externalRequests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) externalRequests.push(r.url());
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('shows the map’s counts and all 8 municipalities in Swedish', async () => {
    const page = await open('/oversikt');
    const table = page.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(8);
    for (const name of ['Berg', 'Bräcke', 'Härjedalen', 'Krokom', 'Ragunda', 'Strömsund', 'Åre', 'Östersund']) {
      expect(rows.some((r) => r.startsWith(name)), name).toBe(true);
    }
    const { stats } = ok(await server.gql('{ stats { nodes { type count } } }'));
    const actors = stats.nodes.find((n: { type: string }) => n.type === 'ACTOR').count as number;
    await expect(page.getByText('Aktörer').first().isVisible()).resolves.toBe(true);
    expect(await page.locator('main').innerText()).toContain(String(actors));
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.screenshot({ path: `${ARTIFACTS}/ui-shell-overview.png`, fullPage: true });
  });

  it('loads GraphiQL from the server itself and runs a query', async () => {
    const page = await open('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    // GraphiQL fetches the schema first; a click before its editors are ready is lost.
    await page.waitForLoadState('networkidle');
    await page.getByText('FirstActors').first().waitFor();
    await page.getByRole('button', { name: /execute|kör/i }).first().click();
    // A locator, not waitForFunction with a string: the page's CSP (script-src 'self') forbids the
    // eval that Playwright's in-page polling of a string uses, so that wait failed whenever the
    // answer was not there at the first look.
    await page.locator('.result-window, .graphiql-response', { hasText: 'totalCount' }).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.result-window, .graphiql-response').first().innerText()).toContain('actors');
    await page.screenshot({ path: `${ARTIFACTS}/graphiql.png` });
    expect(externalRequests).toEqual([]);
  });
});
