/**
 * Importing from the UI alone, in Chromium against the real server with the demo map: the hub
 * downloads the template, uploads a workbook with one bad row (rejected, the row named by file,
 * line and column, nothing written), fixes it, sees the preview and the likely duplicate, and
 * imports. axe-clean in Swedish and English.
 */
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, openMap } from './support-map/map-page.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function workbook(kind: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const actors = book.addWorksheet('actors');
  actors.addRow(['name', 'kind', 'sector', 'level', 'area', 'firstLine']);
  actors.addRow(['Familjecentral Nyby Berg', 'FAMILY_CENTRE', 'MUNICIPAL', 'LOCAL', 'berg', 'true']);
  actors.addRow(['Socialtjänst IFO Berg', kind, 'MUNICIPAL', 'LOCAL', 'berg', '']);
  const memberships = book.addWorksheet('memberships');
  memberships.addRow(['actor', 'network', 'role']);
  memberships.addRow(['berg-familjecentral-nyby-berg', 'network-set-below', 'MEMBER']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.runIf(browserAvailable)('the import view in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('rejects a workbook with one bad row naming it, then imports the corrected one', async () => {
    const { networks } = ok(await server.gql(`{ networks(filter: { area: "berg" }, first: 1) { edges { node { id } } } }`));
    const network = (networks.edges as { node: { id: string } }[])[0]!.node.id;
    const page = await openMap(browser, `${server.url}/importera`, false);
    await page.getByRole('heading', { name: 'Importera en kartläggning', level: 1 }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner mallen (Excel)' }).click();
    expect((await download).suggestedFilename()).toBe('aktorskartan-mall.xlsx');
    expect(await axeViolations(page, AXE)).toEqual([]);

    const upload = async (kind: string) => {
      const content = await workbook(kind);
      const withNetwork = await (async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(content as unknown as ArrayBuffer);
        book.getWorksheet('memberships')!.getCell('B2').value = network;
        return Buffer.from(await book.xlsx.writeBuffer());
      })();
      await page.getByLabel('Välj filer att importera').setInputFiles({ name: 'kartlaggning.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: withNetwork });
    };

    await upload('SOCIAL_SERVICE'); // misspelt: not a kind of actor
    await page.getByText(/kan inte importeras/).waitFor();
    const errors = page.getByRole('table', { name: /Rader med fel/ });
    const row = await errors.locator('tbody tr').allInnerTexts();
    expect(row).toHaveLength(1);
    expect(row[0]).toMatch(/^actors\.csv\t3\tkind\t/);
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).count()).toBe(0);
    expect(ok(await server.gql(`{ actor(id: "berg-familjecentral-nyby-berg") { id } }`)).actor).toBeNull();
    expect(await axeViolations(page, AXE)).toEqual([]);

    await upload('SOCIAL_SERVICES');
    await page.getByText(/går att importera/).waitFor();
    const counts = await page.getByRole('table', { name: 'Förhandsgranskning' }).locator('tbody tr').allInnerTexts();
    expect(counts).toContain('actors.csv\t2\t0\t0');
    expect(counts).toContain('memberships.csv\t1\t0\t0');
    await page.getByText(/”Socialtjänst IFO Berg” liknar ”Socialtjänst Berg”/).waitFor();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Importen är klar. Kartan är uppdaterad.').waitFor();
    const { actor } = ok(await server.gql(`{ actor(id: "berg-familjecentral-nyby-berg") { name firstLine memberships { network { id } } } }`));
    expect(actor).toEqual({ name: 'Familjecentral Nyby Berg', firstLine: true, memberships: [{ network: { id: network } }] });
    await page.close();
  });

  it('downloads the map as shown and the findings, in the formats offered', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom`);
    const group = page.getByRole('group', { name: 'Ladda ner det som visas' });
    for (const [button, ending] of [['Excel (.xlsx)', '.xlsx'], ['GraphML', '.graphml'], ['GEXF (Gephi)', '.gexf']] as const) {
      const download = page.waitForEvent('download');
      await group.getByRole('button', { name: button }).click();
      const name = (await download).suggestedFilename();
      expect(name).toMatch(new RegExp(`^aktorskartan-krokom-.*\\${ending}$`));
    }
    await page.goto(`${server.url}/brister?area=ragunda`);
    const findings = page.getByRole('group', { name: 'Ladda ner bristerna' });
    const download = page.waitForEvent('download');
    await findings.getByRole('button', { name: 'CSV-filer' }).click();
    expect((await download).suggestedFilename()).toMatch(/^aktorskartan-brister-.*\.csv$/);
    await page.close();
  });

  it('is axe-clean in English', async () => {
    const page = await openMap(browser, `${server.url}/importera?lang=en`, false);
    await page.getByRole('heading', { name: 'Import a mapping', level: 1 }).waitFor();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.close();
  });
});
