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

/** A finding's title in the view: its explanation's first sentence (as ui/src/views/gaps/group.ts cuts it). */
function firstSentence(text: string): string {
  const match = /[.!?](\s+)(?=[A-ZÅÄÖÉ0-9])/u.exec(text);
  return match === null ? text.trim() : text.slice(0, match.index + 1).trim();
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

  it('Gaps: lists what to fill in apart from the gaps, shows one fact with its variants, and gives a municipality its page', async () => {
    type Listed = { id: string; explanation: string; missingField: string | null; variants: { id: string; explanation: string }[] };
    type Municipality = { municipality: { id: string; name: string }; gaps: number; sections: { section: string; gaps: number }[]; top: { id: string; explanation: string }[] };
    const { analysis: gaps } = ok(await server.gql<{ analysis: { findings: Listed[]; summary: { countsByClass: { class: string; count: number }[] }; municipalities: Municipality[] } }>(
      '{ analysis { findings { id explanation missingField variants { id explanation } } summary { countsByClass { class count } } municipalities { municipality { id name } gaps sections { section gaps } top { id explanation } } } }',
    ));
    const { analysis: toFillIn } = ok(await server.gql<{ analysis: { findings: Listed[] } }>(
      '{ analysis(filter: {classes: [TO_FILL_IN]}) { findings { id explanation missingField variants { id explanation } } } }',
    ));
    const fillInCount = gaps.summary.countsByClass.find((c) => c.class === 'TO_FILL_IN')?.count ?? 0;
    const gapCount = gaps.summary.countsByClass.find((c) => c.class === 'GAP')?.count ?? 0;
    expect(fillInCount, 'the demo map has things to fill in').toBeGreaterThan(0);
    const firstToFill = toFillIn.findings[0]!;
    expect(firstToFill.missingField, 'a thing to fill in names the missing fact').toBeTruthy();
    const grouped = gaps.findings.find((f) => f.variants.length > 1);
    expect(grouped, 'the demo map has a gap collapsed from several findings').toBeDefined();

    // The two lists apart: the gaps list has no missing facts; "Att fylla i" lists them, each naming its fact.
    const page = await open('/brister');
    const gapsButton = page.getByRole('button', { name: `Brister (${gapCount})` });
    const fillInButton = page.getByRole('button', { name: `Att fylla i (${fillInCount})` });
    await expect(gapsButton.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.gaps-total').innerText()).resolves.toBe(`${gapCount} brister`);
    expect(await page.locator('.missing-field').count()).toBe(0);
    await fillInButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]list=fill-in/);
    await expect(fillInButton.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.gaps-total').innerText()).resolves.toBe(fillInCount === 1 ? 'En uppgift att fylla i' : `${fillInCount} uppgifter att fylla i`);
    await page.getByText(`Saknas i kartan: ${firstToFill.missingField!}`).first().waitFor();
    const fillInTitles = new Set(toFillIn.findings.map((f) => firstSentence(f.explanation)));
    const listed = await page.locator('.finding-title').allInnerTexts();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((title) => !fillInTitles.has(title))).toEqual([]);
    expect(await page.locator('.missing-field').count()).toBe(listed.length);
    await expect(page.getByRole('button', { name: firstSentence(grouped!.explanation) }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/gaps-fill-in.png`, fullPage: true });

    // One fact, one entry: the grouped gap says how many variants it stands for and lists them.
    await page.goto(`${server.url}/brister?finding=${grouped!.id}`);
    const openFinding = page.locator('.finding--open');
    await openFinding.waitFor();
    await expect(openFinding.locator('.tag--variants').innerText()).resolves.toBe(`${grouped!.variants.length} varianter`);
    const variantsText = await openFinding.locator('.variant-list').innerText();
    for (const variant of grouped!.variants) expect(variantsText).toContain(variant.explanation);
    await expect(page.locator('.finding').filter({ hasText: firstSentence(grouped!.explanation) }).count()).resolves.toBe(1);

    // The municipality with the most gaps: its page in the report's frame, its five most pressing first.
    const busiest = [...gaps.municipalities].sort((a, b) => b.gaps - a.gaps)[0]!;
    expect(busiest.top).toHaveLength(5);
    await page.goto(`${server.url}/brister`);
    await page.getByRole('heading', { level: 2, name: 'Per kommun' }).waitFor();
    const link = page.locator('.municipality-list').getByRole('link', { name: busiest.municipality.name, exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('municipality') === busiest.municipality.id);
    await page.getByRole('heading', { level: 2, name: 'De 5 viktigaste' }).waitFor();
    await expect(page.locator('main h1').innerText()).resolves.toBe(`Brister i ${busiest.municipality.name}`);
    const top = await page.locator('.top-list > li').allInnerTexts();
    expect(top).toHaveLength(5);
    busiest.top.forEach((finding, i) => expect(top[i]).toContain(firstSentence(finding.explanation)));
    const frame: Record<string, string> = {
      DECISION: 'Beslut', ROUTINES: 'Rutiner', COORDINATION: 'Samordning', COUNTY_NETWORKS: 'Länsnätverk',
      ARENAS: 'Arenor', TARGET_GROUPS: 'Målgrupper', PHASES: 'Stödets faser',
    };
    expect(busiest.sections.map((s) => s.section)).toEqual(Object.keys(frame));
    const sectionHeadings = await page.locator('.frame-section h3').allInnerTexts();
    expect(sectionHeadings).toEqual(busiest.sections.map((s) => `${frame[s.section]} (${s.gaps})`));
    expectHeadingsInOrder(await headingLevels(page));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/gaps-municipality.png`, fullPage: true });

    // A gap in a section opens in place, from the keyboard, and its map link still works.
    const firstInSection = page.locator('.frame-section .finding-title').first();
    await firstInSection.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('finding') && url.searchParams.get('municipality') === busiest.municipality.id);
    await expect(page.locator('.frame-section .finding--open').getByRole('link', { name: 'Visa på kartan' }).getAttribute('href')).resolves.toMatch(/^\/\?finding=/);

    await page.goto(`${server.url}/brister?lang=en&municipality=${busiest.municipality.id}`);
    await page.getByRole('heading', { level: 2, name: 'The 5 most pressing' }).waitFor();
    await expect(page.locator('main h1').innerText()).resolves.toBe(`Gaps in ${busiest.municipality.name}`);
    await page.getByRole('heading', { level: 2, name: 'In the report’s frame' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The report's summary reads the same municipality summary: the frame in a table, the top five in order.
    await page.goto(`${server.url}/rapport?area=${busiest.municipality.id}`);
    const frameTable = page.locator('.report-summary table', { has: page.locator('caption', { hasText: 'I rapportens ram' }) });
    await frameTable.waitFor();
    const rows = await frameTable.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual(busiest.sections.map((s) => `${frame[s.section]} ${s.gaps}`));
    expect(await page.locator('.report-top > li').allInnerTexts()).toEqual(busiest.top.map((f) => f.explanation));

    await page.goto(`${server.url}/brister?lang=en&list=fill-in`);
    await page.getByRole('button', { name: `To fill in (${fillInCount})` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
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
