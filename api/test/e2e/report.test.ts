/**
 * The gap report for one municipality, in Chromium: every finding of the municipality in full,
 * the summary figures, the map with the gap overlay; printed without the page furniture; and a
 * PDF generated in the browser with the summary, the map picture and the findings.
 * Screenshots and the PDF: test-artifacts/report-*.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, openMap } from './support-map/map-page.js';

/** The text a PDF shows: every deflated stream inflated, the strings of its text operators joined. */
function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  const source = pdf.toString('latin1');
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(source); m; m = streams.exec(source)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const t of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push(t[1]!.replace(/\\([()\\])/g, '$1'));
  }
  return Buffer.from(out.join(' '), 'latin1').toString('latin1');
}

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.runIf(browserAvailable)('the gap report per municipality', () => {
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

  it('lists every finding of the municipality in full, draws the map with the overlay, prints and makes a PDF', async () => {
    const { analysis } = ok(await server.gql('{ analysis(filter: { area: "ragunda" }) { summary { total } findings { id explanation(lang: SV) } } }'));
    const findings = analysis.findings as { id: string; explanation: string }[];
    expect(findings.length).toBeGreaterThan(5);

    const page = await openMap(browser, `${server.url}/rapport?area=ragunda`);
    await page.getByRole('heading', { name: 'Bristrapport för Ragunda', level: 1 }).waitFor();
    // All of them, not the first five per group.
    expect(await page.locator('.report-findings > li').count()).toBe(findings.length);
    const text = await page.locator('.report').innerText();
    for (const f of findings) expect(text).toContain(f.explanation);
    expect(text).toContain(`${analysis.summary.total} brister`);
    const canvas = page.locator('.report-map .map-canvas');
    const drawn = ['data-overlay-ghosts', 'data-overlay-hulls', 'data-overlay-breaks', 'data-overlay-marks'];
    const overlay = await Promise.all(drawn.map(async (a) => Number(await canvas.getAttribute(a))));
    expect(overlay.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/report-screen.png`, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.report-controls').isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}/report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bristrapport-ragunda-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = `${ARTIFACTS}/report-ragunda.pdf`;
    await download.saveAs(file);
    const pdf = readFileSync(file);
    const body = pdf.toString('latin1');
    expect(body.startsWith('%PDF-')).toBe(true);
    expect(pdf.length).toBeLessThan(2_000_000);
    // The map picture is in it (a JPEG), and the findings' text (in deflated streams, WinAnsi-encoded).
    expect(body).toMatch(/\/Subtype \/Image[\s\S]*?\/Filter \/DCTDecode|\/Filter \/DCTDecode[\s\S]*?\/Subtype \/Image/);
    const shown = pdfText(pdf);
    expect(shown).toContain('Bristrapport f\xf6r Ragunda');
    for (const f of findings.slice(0, 3)) expect(shown).toContain(f.explanation.slice(0, 18));
    await page.close();
  });

  it('speaks English and passes axe', async () => {
    const page = await openMap(browser, `${server.url}/rapport?area=krokom&lang=en`);
    await page.getByRole('heading', { name: 'Gap report for Krokom', level: 1 }).waitFor();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.close();
  });
});
