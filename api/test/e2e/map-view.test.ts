/**
 * The map view in a real browser against the real server with the Jämtland demo map: it lays
 * out, filters to a municipality, finds an actor from the keyboard, shows a finding from a link,
 * speaks English, exports a PNG, and passes axe-core's WCAG 2.1 A/AA rules in both languages.
 * Screenshots go to test-artifacts/map-*.png. Build the UI first (`npm run build -w ui`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, canvasCounts, openMap, tableRows, waitForCanvas } from './support-map/map-page.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DEFAULT_GRAPH_FILTER = '{ nodeTypes: [ACTOR, NETWORK], relationshipTypes: [MEMBER_OF, CONVENES, REFERS_TO, PART_OF] }';

describe.runIf(browserAvailable)('the map view in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let defaultIds: Set<string>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchBrowser()]);
    const { graph } = ok(await server.gql(`{ graph(filter: ${DEFAULT_GRAPH_FILTER}) { nodes { id } } }`));
    defaultIds = new Set((graph.nodes as { id: string }[]).map((n) => n.id));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string): Promise<Page> => openMap(browser, `${server.url}${path}`);

  it('lays out the whole map, then narrows it to Strömsund and its networks', async () => {
    const page = await open('/');
    const all = await canvasCounts(page);
    expect(all.nodes).toBe(defaultIds.size);
    expect(all.edges).toBeGreaterThan(200);
    expect(await page.locator('.map-canvas').getAttribute('aria-label')).toContain(`${all.nodes} noder`);
    await page.screenshot({ path: `${ARTIFACTS}/map-overview.png` });

    const { graph } = ok(await server.gql(`{ graph(filter: { area: "stromsund", nodeTypes: [ACTOR, NETWORK], relationshipTypes: [MEMBER_OF, CONVENES, REFERS_TO, PART_OF] }) { nodes { id type label } } }`));
    const expected = graph.nodes as { id: string; type: string; label: string }[];
    await page.getByRole('combobox', { name: 'Område', exact: true }).selectOption('stromsund');
    await waitForCanvas(page, 'data-node-count', expected.length);
    await page.waitForSelector('.map-canvas[data-layout-done="true"]');
    expect(expected.length).toBeLessThan(all.nodes);
    expect(new URL(page.url()).searchParams.get('area')).toBe('stromsund');

    const rows = await tableRows(page);
    expect(rows).toHaveLength(expected.length);
    const actors = rows.filter((r) => r.type === 'Aktör');
    expect(actors.length).toBe(expected.filter((n) => n.type === 'ACTOR').length);
    expect(actors.every((r) => r.area === 'Strömsund')).toBe(true);
    // The networks: exactly those that lie in Strömsund or have a Strömsund actor as member.
    const { actors: inArea, networks } = ok(await server.gql(`{
      actors(filter: { area: "stromsund" }, first: 500) { edges { node { memberships { network { name } } } } }
      networks(filter: { area: "stromsund" }, first: 500) { edges { node { name } } } }`));
    const expectedNetworks = new Set<string>([
      ...(networks.edges as { node: { name: string } }[]).map((e) => e.node.name),
      ...(inArea.edges as { node: { memberships: { network: { name: string } }[] } }[]).flatMap((e) => e.node.memberships.map((m) => m.network.name)),
    ]);
    expect(new Set(rows.filter((r) => r.type === 'Nätverk').map((r) => r.name))).toEqual(expectedNetworks);
    await page.locator('.map-canvas').screenshot({ path: `${ARTIFACTS}/map-stromsund.png` });
    await page.close();
  });

  it('finds an actor from the keyboard and shows its details', async () => {
    const page = await open('/');
    const search = page.getByRole('combobox', { name: /Sök aktör/ });
    await search.focus();
    await page.keyboard.type('Ostersund socialtjanst');
    await page.getByRole('option', { name: /Socialtjänst Östersund/ }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Socialtjänst Östersund' });
    await detail.waitFor();
    expect(new URL(page.url()).searchParams.get('select')).toBe('ostersund-socialtjanst');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    const text = await detail.innerText();
    expect(text).toContain('Socialtjänst');
    expect(text).toContain('Kommunal');
    expect(text).toMatch(/Medlem i nätverk/);
    await detail.getByText('Brister som gäller noden').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/map-search-detail.png` });
    await page.close();
  });

  it('highlights a finding’s subjects from ?finding= and explains it', async () => {
    const { analysis } = ok(await server.gql(`{ analysis(filter: { kinds: [MISSING_REPRESENTATION] }) {
      findings { id subjects { nodes } explanation(lang: SV) } } }`));
    const findings = analysis.findings as { id: string; subjects: { nodes: string[] }; explanation: string }[];
    const finding = findings.find((f) => f.subjects.nodes.includes('stromsund') && f.subjects.nodes.includes('net-lansnatverk-foraldraskapsstod'));
    expect(finding).toBeDefined();
    const page = await open(`/?finding=${finding!.id}`);
    const present = finding!.subjects.nodes.filter((id) => defaultIds.has(id));
    expect(present.length).toBeGreaterThan(0);
    // The subjects and, for a network lacking someone, its members (who *is* in it), with a ghost for who is not.
    await waitForCanvas(page, 'data-overlay-ghosts', 1);
    const highlighted = (await canvasCounts(page)).highlighted;
    expect(highlighted).toBeGreaterThan(present.length);
    const banner = page.getByRole('region', { name: 'Brist som visas på kartan' });
    expect(await banner.innerText()).toContain(finding!.explanation);
    const marked = (await tableRows(page)).filter((r) => r.name.includes('Markerad'));
    expect(marked).toHaveLength(highlighted);
    await page.screenshot({ path: `${ARTIFACTS}/map-finding.png` });
    await page.locator('.map-canvas').screenshot({ path: `${ARTIFACTS}/map-finding-canvas.png` });

    await banner.getByRole('button', { name: 'Sluta visa bristen' }).click();
    await waitForCanvas(page, 'data-highlighted-count', 0);
    expect(new URL(page.url()).searchParams.has('finding')).toBe(false);
    await page.close();
  });

  it('says what happened when nothing matches, or when the server fails, and what to do', async () => {
    const page = await open('/?sectors=TARGET_GROUP&kinds=POLICE');
    expect((await canvasCounts(page)).nodes).toBe(0);
    await page.getByText('Inga aktörer matchar filtren – ändra eller rensa filtren').waitFor();
    await page.getByRole('button', { name: 'Rensa filtren' }).first().click();
    await waitForCanvas(page, 'data-node-count', defaultIds.size);
    expect(new URL(page.url()).search).toBe('');

    await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' }));
    await page.getByRole('combobox', { name: 'Område', exact: true }).selectOption('berg');
    const alert = page.getByRole('alert').filter({ hasText: 'Kartan kunde inte hämtas' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('HTTP 503');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.waitForSelector('.map-canvas[data-layout-done="true"]');
    await page.close();
  });

  it('speaks English, exports a PNG, and passes axe in both languages', async () => {
    const page = await open('/');
    const swedish = await axeViolations(page, AXE);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Map of actors and networks' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Legend' }).isVisible()).toBe(true);
    expect(await page.locator('.map-canvas').getAttribute('aria-label')).toMatch(/^Map picture with \d+ nodes/);
    expect(await page.locator('.map-legend').innerText()).toContain('Social services and specialised support');
    const english = await axeViolations(page, AXE);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^aktorskartan-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
    // The SVG carries the frame as text: title, what is shown, the legend, the source and the date.
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as SVG' }).click()]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    writeFileSync(`${ARTIFACTS}/map-export.png`, bytes);
    writeFileSync(`${ARTIFACTS}/map-export.svg`, svg);
    expect(svg).toContain('Aktörskartan: the whole map');
    expect(svg).toMatch(/\d+ nodes and \d+ links shown\./);
    expect(svg).toContain('Joint municipality and region');
    expect(svg).toMatch(/Source: Aktörskartan[^<]* · \d{1,2} [A-Z][a-z]+ \d{4}/);
    // The PNG starts with its title: dark text in the header band, an empty margin above it.
    // In the page (a string: the API's TypeScript has no DOM types): dark pixels in two bands.
    const band = (await page.evaluate(`(async (base64) => {
      const image = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const dark = (y0, y1) => {
        const { data } = g.getImageData(40, y0, 400, y1 - y0);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 90 && data[i + 1] < 90 && data[i + 2] < 90) n += 1;
        return n;
      };
      return { margin: dark(0, 40), title: dark(55, 96) };
    })(${JSON.stringify(bytes.toString('base64'))})`)) as { margin: number; title: number };
    expect(band.margin).toBe(0);
    expect(band.title).toBeGreaterThan(200);
    await page.screenshot({ path: `${ARTIFACTS}/map-english.png` });

    const overview = await openMap(browser, `${server.url}/oversikt`, false);
    await overview.getByRole('table').first().waitFor();
    const onOverview = await axeViolations(overview, AXE);
    expect({ swedish, english, overview: onOverview }).toEqual({ swedish: [], english: [], overview: [] });
    await Promise.all([page.close(), overview.close()]);
  });
});
