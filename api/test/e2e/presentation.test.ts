/**
 * Presenting the map to a room, in Chromium against the real server with the demo map:
 *  - views saved from the map ("Spara vyn") into a presentation, three slides, stepped through
 *    with the arrow keys in presentation mode (full screen layout, controls hidden, large labels);
 *  - with AUTH_MODE=local, a share link opens that presentation without signing in, and stops
 *    working once revoked;
 *  - axe finds nothing serious in either language.
 * Screenshots: test-artifacts/present-*.png.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, openMap } from './support-map/map-page.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function slideShown(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`.presentation[data-slide="${n}"] .map-canvas[data-layout-done="true"]`, { timeout: 30_000 });
}

describe.runIf(browserAvailable)('presenting the map', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('saved views as slides', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ seedDemo: true });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('saves three views from the map and steps through them with the arrow keys', async () => {
      const { analysis } = ok(await server.gql('{ analysis(filter: { area: "stromsund", kinds: [MISSING_REPRESENTATION] }) { findings { id } } }'));
      const finding = (analysis.findings as { id: string }[])[0]!;
      const views = [
        { path: '/?area=krokom', caption: 'Krokoms aktörer', title: 'Länsträffen' },
        { path: '/?area=ragunda&layout=municipality', caption: 'Ragunda' },
        { path: `/?finding=${finding.id}`, caption: 'Vem saknas i länsnätverket?' },
      ];
      for (const view of views) {
        const page = await openMap(browser, `${server.url}${view.path}`);
        await page.getByRole('button', { name: 'Spara vyn' }).click();
        await page.getByLabel('Bildtext').fill(view.caption);
        if (view.title) await page.getByLabel('Namn på den nya presentationen').fill(view.title);
        await page.getByRole('button', { name: 'Spara', exact: true }).click();
        await page.getByText(/Vyn sparades i ”Länsträffen”/).waitFor();
        await page.close();
      }

      const page = await openMap(browser, `${server.url}/presentationer`, false);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Länsträffen/ }) });
      await card.getByText('3 vyer').waitFor();
      expect(await axeViolations(page, AXE)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/present-list.png` });
      await card.getByRole('button', { name: 'Presentera' }).click();

      await slideShown(page, 1);
      // The map fills the screen; the site header is not on the page.
      expect(await page.locator('.site-header').count()).toBe(0);
      const box = await page.locator('.presentation .map-canvas').boundingBox();
      expect(box!.height).toBeGreaterThan(700);
      expect(await page.locator('.present-caption').innerText()).toContain('Krokoms aktörer');
      await page.screenshot({ path: `${ARTIFACTS}/present-slide-1.png` });

      await page.keyboard.press('ArrowRight');
      await slideShown(page, 2);
      expect(await page.locator('.present-caption').innerText()).toContain('Ragunda');
      await page.screenshot({ path: `${ARTIFACTS}/present-slide-2.png` });

      await page.keyboard.press('ArrowRight');
      await slideShown(page, 3);
      expect(await page.locator('.present-caption').innerText()).toContain('Vem saknas i länsnätverket?');
      // The slide draws its finding with the gap overlay: Strömsund as a ghost beside the network.
      expect(Number(await page.locator('.presentation .map-canvas').getAttribute('data-overlay-ghosts'))).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: `${ARTIFACTS}/present-slide-3.png` });
      expect(await page.locator('.present-counter').innerText()).toBe('Bild 3 av 3');
      expect(await axeViolations(page, AXE)).toEqual([]);

      // At the end, → stays; ← goes back; Esc leaves for the list.
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('.presentation').getAttribute('data-slide')).toBe('3');
      await page.keyboard.press('ArrowLeft');
      await slideShown(page, 2);
      await page.keyboard.press('Escape');
      await page.waitForURL(/\/presentationer/);
      await page.close();
    });

    it('reorders views, shares and stops sharing from the presentations page', async () => {
      ok(await server.gql('mutation { createViewSet(input: { title: "Ordning", views: [{ caption: "A", state: "area=berg" }, { caption: "B", state: "area=are" }] }) { id } }'));
      const page = await openMap(browser, `${server.url}/presentationer?lang=en`, false);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Ordning/ }) });
      await card.getByRole('button', { name: 'Move down: A' }).click();
      await card.locator('ol > li').first().getByText('B').waitFor();
      await card.getByRole('button', { name: 'Create a share link' }).click();
      const link = await card.getByLabel(/Share link/).inputValue();
      expect(link).toMatch(/\/visning\/[A-Za-z0-9_-]{43}$/);
      expect(await axeViolations(page, AXE)).toEqual([]);

      const visitor = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await visitor.goto(link);
      await slideShown(visitor, 1);
      expect(await visitor.locator('.present-caption').innerText()).toContain('B');
      await card.getByRole('button', { name: 'Stop sharing' }).click();
      await card.getByText('Not shared.').waitFor();
      await visitor.reload();
      await visitor.getByText('Länken fungerar inte längre').waitFor();
      await visitor.close();
      await page.close();
    });
  });

  describe('a share link with sign-in on (AUTH_MODE=local)', () => {
    let server: TestServer;
    let editor: Record<string, string>;
    beforeAll(async () => {
      server = await startTestServer({ seedDemo: true, authMode: 'local' });
      const { account } = await server.accounts.create({ username: 'editor', role: 'editor' });
      editor = { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'test')).secret}` };
    });
    afterAll(async () => {
      await server?.close();
    });

    it('opens its presentation without signing in and stops working once revoked', async () => {
      const created = ok(await server.gql(`mutation { createViewSet(input: { title: "Delad träff", views: [
        { caption: "Ett", state: "area=krokom" }, { caption: "Två", state: "area=krokom&rels=SITS_IN,MEMBER_OF" }, { caption: "Tre", state: "area=berg" }] }) { id } }`, {}, editor));
      const id = (created.createViewSet as { id: string }).id;
      const shared = ok(await server.gql(`mutation { shareViewSet(id: "${id}") { path } }`, {}, editor));
      const path = (shared.shareViewSet as { path: string }).path;

      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
      // Anyone else is sent to sign in; the share link is not.
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe('/auth/sign-in');
      await page.goto(`${server.url}${path}`);
      await slideShown(page, 1);
      expect(new URL(page.url()).pathname).toBe(path);
      await page.screenshot({ path: `${ARTIFACTS}/present-shared.png` });
      await page.keyboard.press('ArrowRight');
      await slideShown(page, 2);
      expect(await axeViolations(page, AXE)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      await slideShown(page, 3);
      expect(await page.locator('.present-counter').innerText()).toBe('Bild 3 av 3');

      ok(await server.gql(`mutation { revokeViewSetShare(id: "${id}") { shared } }`, {}, editor));
      await page.reload();
      await page.getByText('Länken fungerar inte längre').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/present-revoked.png` });
      await page.close();
    });
  });
});
