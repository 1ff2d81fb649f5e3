/**
 * The chain view's path diagram: from a first-line actor, every route drawn left to right, one
 * box per actor and one arrow per handover, the break crossed; an actor with no route at all gets
 * the ghost "Nästa steg saknas". Screenshots: test-artifacts/chain-diagram-*.png.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, openMap } from './support-map/map-page.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.runIf(browserAvailable)('the chain view as a path diagram', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every route left to right with a box per actor and an arrow per step', async () => {
    const { referralPaths } = ok(await server.gql('{ referralPaths(from: "ragunda-skola", toKinds: [SOCIAL_SERVICES, RESOURCE_CENTRE], maxHops: 3) { hops actors { id } } }'));
    const routes = referralPaths as { hops: number; actors: { id: string }[] }[];
    expect(routes.length).toBeGreaterThan(0);
    const page = await openMap(browser, `${server.url}/kedjor?from=ragunda-skola`, false);
    const diagram = page.locator('.route-diagram svg');
    await diagram.waitFor();
    const shown = Math.min(routes.length, 8);
    // A box per actor on each route drawn, and one arrow fewer than boxes per route.
    const boxes = await diagram.locator('rect').count();
    expect(boxes).toBeGreaterThanOrEqual(shown * 2);
    expect(await diagram.locator('line').count()).toBe(boxes - shown);
    if (routes.length <= 8) expect(boxes).toBe(routes.reduce((n, r) => n + r.actors.length, 0));
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.locator('.route-diagram').screenshot({ path: `${ARTIFACTS}/chain-diagram-routes.png` });
    await page.close();
  });

  it('shows the contact channels of where a route ends on its card, as links (Telefon, Webb, E-post)', async () => {
    const { referralPaths } = ok(await server.gql('{ referralPaths(from: "ragunda-skola", toKinds: [SOCIAL_SERVICES, RESOURCE_CENTRE], maxHops: 3) { actors { id } } }'));
    const end = (referralPaths as { actors: { id: string }[] }[])[0]!.actors.at(-1)!.id;
    const { actor } = ok(await server.gql(`{ actor(id: "${end}") { version name } }`));
    ok(await server.gql(`mutation($id: ID!, $v: Int!) { updateActor(id: $id, version: $v, patch: { phone: "0696-68 10 00", website: "https://www.example.se/ifo", email: "ifo@example.se" }) { id } }`, { id: end, v: actor.version }));
    const page = await openMap(browser, `${server.url}/kedjor?from=ragunda-skola`, false);
    const channels = page.locator('.route-list .contact-channels', { hasText: actor.name }).first();
    await channels.waitFor();
    expect(await channels.getAttribute('aria-label')).toBe(`Kontakt med ${actor.name}`);
    expect(await channels.locator('dt').allTextContents()).toEqual(['Telefon', 'Webb', 'E-post']);
    expect(await channels.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['tel:0696681000', 'https://www.example.se/ifo', 'mailto:ifo@example.se']);
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.close();
  });

  it('draws an actor with no route onward with a ghost next step', async () => {
    const { actors } = ok(await server.gql('{ actors(filter: { firstLine: true }, first: 500) { edges { node { id } } } }'));
    let lonely: string | undefined;
    for (const { node } of actors.edges as { node: { id: string } }[]) {
      const { referralPaths } = ok(await server.gql(`{ referralPaths(from: "${node.id}", toKinds: [SOCIAL_SERVICES, RESOURCE_CENTRE], maxHops: 3) { hops } }`));
      if ((referralPaths as unknown[]).length === 0) {
        lonely = node.id;
        break;
      }
    }
    expect(lonely).toBeDefined();
    const page = await openMap(browser, `${server.url}/kedjor?from=${lonely!}`, false);
    await page.locator('.route-diagram svg').waitFor();
    expect(await page.locator('.route-diagram svg text').allTextContents()).toContain('Nästa steg saknas');
    await page.locator('.route-diagram').screenshot({ path: `${ARTIFACTS}/chain-diagram-none.png` });
    await page.close();
  });
});
