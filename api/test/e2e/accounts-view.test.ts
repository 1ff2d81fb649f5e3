/**
 * With AUTH_MODE=local, in a real browser: signing in on the sign-in page, choosing one's own
 * password in place of the one-time password, the administrator's
 * accounts view (create an account, see its one-time password once), and an axe audit of both.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = (await page.evaluate("axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']})")) as {
    violations: { id: string; impact: string | null; nodes: unknown[] }[];
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

describe.runIf(browserAvailable)('signing in and managing accounts in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let password: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ authMode: 'local' });
    password = (await server.accounts.bootstrapAdmin())!;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs the administrator in, and lets them create an account whose password is shown once', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    const cspErrors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    await page.goto(`${server.url}/konton`);
    expect(page.url()).toBe(`${server.url}/auth/sign-in`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Användarnamn').fill('admin');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    // A one-time password: the first thing is choosing one's own.
    await page.waitForURL(`${server.url}/auth/password`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Engångslösenord').fill(password);
    await page.getByLabel('Nytt lösenord').fill('administratorns-eget-lösenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('administratorns-eget-lösenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Konton' }).click();
    await page.getByRole('heading', { name: 'Konton och API-nycklar' }).waitFor();
    await page.getByLabel('Användarnamn').fill('ny.redaktor');
    await page.getByLabel('Roll', { exact: true }).selectOption('EDITOR');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    const secret = await page.locator('.secret code').innerText();
    expect(secret).toMatch(/^[A-Za-z0-9]{20}$/);
    await page.getByRole('rowheader', { name: 'ny.redaktor' }).waitFor();
    expect((await server.accounts.byUsername('ny.redaktor'))?.role).toBe('editor');
    // An editor can be limited to a municipality (and what lies within it) from the same view.
    await page.getByLabel('Områden ny.redaktor får ändra').fill('krokom');
    await page.getByRole('button', { name: 'Spara områden' }).click();
    await expect.poll(async () => (await server.accounts.byUsername('ny.redaktor'))?.areas).toEqual(['krokom']);
    expect(await page.getByLabel('Områden ny.redaktor får ändra').inputValue()).toBe('krokom');
    expect(await seriousViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/accounts.png`, fullPage: true });
  });
});
