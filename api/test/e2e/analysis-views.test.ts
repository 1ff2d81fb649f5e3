/**
 * The three analysis views in a real browser against the real server with the Jämtland demo map:
 * Gaps (/brister), Duplicates (/dubbletter) and Chains (/kedjor). Each flow checks what a
 * coordinator sees against what the API says, switches to English, and runs axe-core (WCAG 2.1 A
 * and AA) on the view. Screenshots are saved to test-artifacts/ (gaps.png, duplicates.png, chains.png).
 * Needs the built UI: `npm run build -w ui`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const STROMSUND_COUNTY_FINDING = 'Strömsund är inte representerad i Länsnätverk för föräldraskapsstöd';
const VINR_A = 'net-kontaktpersonsnatverk-vinr';
const VINR_B = 'net-samordnarnatverk-vinr';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical WCAG 2.1 A/AA violations on the page, printed so a failure says what to fix. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = (await page.evaluate("axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']})")) as { violations: AxeViolation[] };
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of serious) console.error(`axe ${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  return serious;
}

/** Heading levels in document order: the view's title is the one h1, and no level is skipped. */
async function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate("[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName[1]))") as Promise<number[]>;
}
function expectHeadingsInOrder(levels: readonly number[]): void {
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - (levels[i - 1] ?? 1), `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1);
  });
}

describe.runIf(browserAvailable)('the gaps, duplicates and chains views in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    // The app's CSP allows only its own scripts; the test injects axe-core, so it bypasses CSP.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', bypassCSP: true });
    page.on('pageerror', (error) => console.error(`page error on ${path}: ${error.message}`));
    await page.goto(`${server.url}${path}`);
    await page.locator('main h1').waitFor();
    return page;
  }

  it('Gaps: lists findings, filters to Strömsund, opens the county-network finding and shows it on the map', async () => {
    const { analysis } = ok(await server.gql<{ analysis: { findings: { id: string; subjects: { nodes: string[] } }[] } }>(
      '{ analysis(filter: {area: "stromsund", kinds: [MISSING_REPRESENTATION]}) { findings { id subjects { nodes } } } }',
    ));
    const expected = analysis.findings.find((f) => f.subjects.nodes.includes('net-lansnatverk-foraldraskapsstod') && f.subjects.nodes.includes('stromsund'));
    expect(expected, 'the API reports Strömsund missing from the county parental-support network').toBeDefined();

    const page = await open('/brister');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Brister i kartan');
    await page.getByRole('heading', { level: 2, name: /^Saknad representation \(\d+\)$/ }).waitFor();
    expect(await page.locator('.finding').count()).toBeGreaterThan(10);

    await page.getByLabel('Område').selectOption('stromsund');
    await page.waitForURL(/[?&]area=stromsund/);
    const finding = page.getByRole('button', { name: STROMSUND_COUNTY_FINDING });
    await finding.click();
    await page.waitForURL(new RegExp(`finding=${expected!.id}`));
    await expect(finding.getAttribute('aria-expanded')).resolves.toBe('true');
    const details = page.locator('.finding--open');
    await expect(details.innerText()).resolves.toContain('Förslag på nästa steg');
    await expect(details.getByRole('link', { name: /Länsnätverk för föräldraskapsstöd/ }).getAttribute('href')).resolves.toBe('/?select=net-lansnatverk-foraldraskapsstod');

    expectHeadingsInOrder(await headingLevels(page));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/gaps.png`, fullPage: true });

    await details.getByRole('link', { name: 'Visa på kartan' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('finding') === expected!.id);
    await page.close();
  });

  it('Duplicates: shows the matrix and compares the two ViNR county networks', async () => {
    const { networkOverlaps } = ok(await server.gql<{ networkOverlaps: { a: { id: string; name: string }; b: { id: string; name: string }; score: number; shared: { id: string }[] }[] }>(
      '{ networkOverlaps(first: 200) { a { id name } b { id name } score shared { id } } }',
    ));
    const vinr = networkOverlaps.find((p) => [p.a.id, p.b.id].sort().join() === [VINR_A, VINR_B].sort().join());
    expect(vinr, 'the API reports the ViNR networks as overlapping').toBeDefined();
    const score = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(vinr!.score);

    const page = await open('/dubbletter');
    await page.locator('table.heatmap').waitFor();
    expect(await page.locator('table.heatmap tbody tr').count()).toBeGreaterThan(3);
    const cell = page.getByRole('button', { name: `Jämför ${vinr!.a.name} och ${vinr!.b.name}: poäng ${score}` });
    await expect(cell.innerText()).resolves.toBe(score);
    await cell.click();
    await page.waitForURL((url) => url.searchParams.get('a') === vinr!.a.id && url.searchParams.get('b') === vinr!.b.id);

    const comparison = page.locator('.pair-comparison');
    await comparison.getByRole('heading', { level: 3, name: `Gemensamma medlemmar (${vinr!.shared.length})` }).waitFor();
    const text = await comparison.innerText();
    expect(text).toContain(`${vinr!.shared.length} av`);
    expect(text).toContain(score);
    expect(text).toContain('Medlemslikhet (Jaccard)');
    await expect(comparison.getByRole('link', { name: `Visa ${vinr!.a.name} på kartan` }).getAttribute('href')).resolves.toBe(`/?focus=${vinr!.a.id}`);

    expectHeadingsInOrder(await headingLevels(page));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/duplicates.png`, fullPage: true });
    await page.close();
  });

  it('Chains: follows a preschool to social services, and shows where Ragunda’s school chain breaks', async () => {
    const page = await open('/kedjor');
    await page.getByLabel('Sök verksamhet').fill('förskola berg');
    await page.getByRole('button', { name: 'Förskola Berg' }).click();
    await page.waitForURL(/from=berg-forskola/);
    await page.getByRole('radio', { name: 'En viss aktör' }).check();
    await page.getByLabel('Sök aktör').fill('socialtjänst berg');
    await page.getByRole('button', { name: 'Socialtjänst Berg' }).click();
    await page.waitForURL(/target=berg-socialtjanst/);
    await page.getByRole('heading', { level: 2, name: 'Från Förskola Berg till Socialtjänst Berg' }).waitFor();
    const route = page.locator('.route').first();
    const routeText = await route.innerText();
    expect(routeText).toContain('Lagstadgad');
    expect(routeText).toContain('Rutin för orosanmälan inom skola/förskola (antagen)');
    await expect(page.locator('.chain-verdict').innerText()).resolves.toContain('Når stödet');

    await page.goto(`${server.url}/kedjor?from=ragunda-skola&target=ragunda-socialtjanst`);
    await page.getByRole('heading', { level: 2, name: 'Från Skola Ragunda till Socialtjänst Ragunda' }).waitFor();
    const broken = page.locator('.route--broken');
    await expect(broken.count()).resolves.toBe(1);
    expect(await broken.innerText()).toMatch(/Bruten[\s\S]*Ingen rutin/);
    const findings = page.locator('.chain-findings');
    await findings.getByRole('heading', { level: 2 }).waitFor();
    await expect(findings.innerText()).resolves.toContain('Överlämningen Skola Ragunda → Socialtjänst Ragunda är bruten.');

    expectHeadingsInOrder(await headingLevels(page));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/chains.png`, fullPage: true });

    await page.goto(`${server.url}/kedjor?area=berg&kind=PRESCHOOL`);
    const row = page.getByRole('row', { name: /Förskola Berg/ });
    await expect(row.innerText()).resolves.toMatch(/Förskola Berg\s+✓\s*Ja\s+1/);
    await row.getByRole('button', { name: 'Visa vägar från Förskola Berg' }).click();
    await page.waitForURL(/from=berg-forskola/);
    await page.getByRole('heading', { level: 2, name: 'Från Förskola Berg till specialiserat stöd' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('speaks English with ?lang=en', async () => {
    const expectations: [string, string, RegExp][] = [
      ['/brister?lang=en&area=stromsund', 'Gaps in the map', /Missing representation \(\d+\)/],
      ['/dubbletter?lang=en', 'Overlapping networks', /Overlap between the networks/],
      ['/kedjor?lang=en&from=ragunda-skola', 'Support chains', /From Skola Ragunda to specialised support/],
    ];
    for (const [path, title, heading] of expectations) {
      const page = await open(path);
      await expect(page.locator('main h1').innerText()).resolves.toBe(title);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
