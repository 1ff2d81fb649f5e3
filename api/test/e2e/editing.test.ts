/**
 * Keeping the map from the UI alone, in Chromium against the real server with the demo map: a hub
 * adds an actor (the API's field message shown next to the field first), draws its membership by
 * dragging from it to a network, corrects a fact, confirms it, undoes a change, meets a conflict
 * that overwrites nothing, deletes seeing what goes with it, and fixes a finding from its card.
 * Every form passes axe's WCAG 2.1 A/AA rules in Swedish and English.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { axeViolations, openMap } from './support-map/map-page.js';
import { dragBetween, nodeOnPage, today } from './support-editing/editing-page.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const NETWORK = 'krokom-net-hrv-samverkan';

describe.runIf(browserAvailable)('editing the map in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let actorId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const graphVersion = async () => (await server.service.snapshot()).graphVersion;
  const actor = async (id: string) => ok(await server.gql(`query($id: ID!) { actor(id: $id) { id version name description lastVerifiedAt memberships { network { id } } } }`, { id })).actor;

  it('adds an actor, showing the API’s message next to the field it concerns', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom`);
    const editing = page.getByRole('region', { name: 'Redigera' }).first();
    await editing.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const form = page.getByRole('form', { name: 'Lägg till aktör' });
    await form.waitFor();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await form.getByLabel(/^Typ /).selectOption('FAMILY_CENTRE');
    await form.getByLabel(/^Sektor/).selectOption('MUNICIPAL');
    await form.getByLabel(/^Nivå/).selectOption('LOCAL');
    // Saved without a name: the API refuses, and says so at the name field.
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('alert').waitFor();
    const name = form.getByLabel(/^Namn/);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.edit-field--invalid .edit-error').first().innerText()).toBe('Får inte vara tomt.');

    await name.fill('Familjecentral Testby');
    await form.getByLabel('Område', { exact: true }).selectOption('krokom');
    await form.getByLabel('Möter föräldrar eller barn direkt').check();
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'Familjecentral Testby', level: 2 }).waitFor();
    actorId = new URL(page.url()).searchParams.get('select') ?? '';
    const saved = await actor(actorId);
    expect(saved).toMatchObject({ name: 'Familjecentral Testby', memberships: [] });
    // On the map at once, without a reload.
    await page.waitForSelector('.map-canvas[data-layout-done="true"]');
    await nodeOnPage(page, actorId);
    await page.close();
  });

  it('draws a membership by dragging from the actor to a network', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom`);
    await page.getByRole('button', { name: 'Rita koppling' }).click();
    await dragBetween(page, await nodeOnPage(page, actorId), await nodeOnPage(page, NETWORK));
    const form = page.getByRole('form', { name: 'Lägg till medlemskap' });
    await form.waitFor();
    expect(await form.getByLabel(/^Aktör/).inputValue()).toBe(actorId);
    expect(await form.getByLabel(/^Nätverk/).inputValue()).toBe(NETWORK);
    expect(await axeViolations(page, AXE)).toEqual([]);
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/^Sparat/).first().waitFor();
    expect((await actor(actorId)).memberships).toEqual([{ network: { id: NETWORK } }]);
    await page.close();
  });

  it('corrects a fact, confirms it today, and undoes the last change', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom&select=${actorId}`);
    const panel = page.locator('.map-detail');
    await panel.getByRole('button', { name: 'Ändra', exact: true }).click();
    const form = page.getByRole('form', { name: /^Ändra aktör/ });
    await form.getByLabel('Beskrivning').fill('Öppen förskola och föräldrastöd.');
    await form.getByRole('button', { name: 'Spara' }).click();
    await panel.getByText(/^Sparat: Familjecentral Testby/).waitFor();
    await panel.locator('.detail-properties').getByText('Öppen förskola och föräldrastöd.').waitFor(); // shown without a reload
    expect((await actor(actorId)).description).toBe('Öppen förskola och föräldrastöd.');

    await panel.locator('.node-editing').getByRole('button', { name: 'Bekräfta' }).click();
    await panel.getByText(/^Bekräftat i dag/).waitFor();
    expect((await actor(actorId)).lastVerifiedAt).toBe(today());

    // Undo takes back the confirmation (the last change), not the correction before it.
    await panel.getByRole('button', { name: 'Ångra min senaste ändring' }).click();
    await panel.getByText('Din senaste ändring är ångrad.').waitFor();
    expect(await actor(actorId)).toMatchObject({ lastVerifiedAt: null, description: 'Öppen förskola och föräldrastöd.' });
    await page.close();
  });

  it('shows both versions when someone else saved first, and overwrites nothing', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom&select=${actorId}`);
    const panel = page.locator('.map-detail');
    await panel.getByRole('button', { name: 'Ändra', exact: true }).click();
    const form = page.getByRole('form', { name: /^Ändra aktör/ });
    await form.getByLabel('Beskrivning').fill('Mitt förslag.');
    const { version } = await actor(actorId);
    ok(await server.gql(`mutation($id: ID!, $v: Int!) { updateActor(id: $id, version: $v, patch: { description: "Någon annans." }) { id } }`, { id: actorId, v: version }));
    await form.getByRole('button', { name: 'Spara' }).click();
    const conflict = page.locator('.edit-conflict');
    await conflict.waitFor();
    const row = await conflict.getByRole('row', { name: /Beskrivning/ }).innerText();
    expect(row).toContain('Mitt förslag.');
    expect(row).toContain('Någon annans.');
    expect((await actor(actorId)).description).toBe('Någon annans.');
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.close();
  });

  it('deletes only after showing what goes with it, and undo brings back the node with its links', async () => {
    const around = async () => ok(await server.gql(`query($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { id type source target role } } }`, { id: actorId }))
      .neighbourhood.edges.filter((e: { source: string; target: string }) => e.source === actorId || e.target === actorId)
      .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
    const membershipsBefore = (await actor(actorId)).memberships;
    const linksBefore = await around();
    expect(linksBefore.length).toBeGreaterThan(0);
    const page = await openMap(browser, `${server.url}/?area=krokom&select=${actorId}`);
    const panel = page.locator('.map-detail');
    await panel.getByRole('button', { name: 'Ta bort', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/Medlem i nätverk: Samverkan kring HRV Krokom/).waitFor();
    expect(await actor(actorId)).not.toBeNull();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.locator('.map-detail').waitFor({ state: 'detached' });
    expect(await actor(actorId)).toBeNull();
    const version = await graphVersion();
    await page.getByRole('button', { name: 'Ångra min senaste ändring' }).click();
    await page.getByText('Din senaste ändring är ångrad.').waitFor();
    expect((await actor(actorId)).memberships).toEqual(membershipsBefore);
    expect(await around()).toEqual(linksBefore);
    // The node and all its links came back in one write (restoreDeleted), not one write each.
    expect(await graphVersion()).toBe(version + 1);
    await page.close();
  });

  it('undoes nothing when a link’s other end was deleted meanwhile, says which, and offers to undo without it', async () => {
    ok(await server.gql(`mutation($id: ID!) {
      n: createNetwork(input: { id: "krokom-net-tillfalligt", name: "Tillfälligt nätverk", kind: NETWORK, level: LOCAL, status: ACTIVE, areaId: "krokom" }) { id }
      m: createMembership(input: { actorId: $id, networkId: "krokom-net-tillfalligt" }) { id }
    }`, { id: actorId }));
    const membershipsBefore = (await actor(actorId)).memberships;
    const page = await openMap(browser, `${server.url}/?area=krokom&select=${actorId}`);
    await page.locator('.map-detail').getByRole('button', { name: 'Ta bort', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.locator('.map-detail').waitFor({ state: 'detached' });
    // Someone else deletes the network meanwhile.
    ok(await server.gql('mutation { deleteNetwork(id: "krokom-net-tillfalligt") { id } }'));
    const version = await graphVersion();

    await page.getByRole('button', { name: 'Ångra min senaste ändring' }).click();
    const choice = page.locator('.edit-undo-choice');
    await choice.getByText('Ingenting är ångrat: kopplingarna till Tillfälligt nätverk kan inte komma tillbaka, för det finns inte längre på kartan.').waitFor();
    // Nothing half-written: the actor is not back without its link.
    expect(await actor(actorId)).toBeNull();
    expect(await graphVersion()).toBe(version);
    expect(await axeViolations(page, AXE)).toEqual([]);

    await choice.getByRole('button', { name: 'Ångra ändå, utan de kopplingarna' }).click();
    await page.getByText('Din senaste ändring är ångrad.').waitFor();
    expect((await actor(actorId)).memberships).toEqual(membershipsBefore.filter((m: { network: { id: string } }) => m.network.id !== 'krokom-net-tillfalligt'));
    expect(await graphVersion()).toBe(version + 1);
    await page.close();
  });

  it('fixes a finding from its card: the form that resolves it, and the finding goes without a reload', async () => {
    const { analysis } = ok(await server.gql(`{ analysis(filter: { kinds: [UNCONNECTED_ACTOR], classes: [TO_FILL_IN] }) { findings { rule subjects { nodes } explanation(lang: SV) } } }`));
    const finding = (analysis.findings as { rule: string; subjects: { nodes: string[] }; explanation: string }[]).find((f) => f.rule === 'unconnected.no-network' && f.subjects.nodes.length === 1)!;
    const actorOf = finding.subjects.nodes[0]!;
    const network = NETWORK;
    const page = await openMap(browser, `${server.url}/?select=${actorOf}`);
    const card = page.locator('.detail-finding', { hasText: finding.explanation.slice(0, 40) });
    await card.getByRole('button', { name: 'Åtgärda' }).click();
    const form = card.getByRole('form', { name: 'Lägg till medlemskap' });
    expect(await form.getByLabel(/^Aktör/).inputValue()).toBe(actorOf);
    await form.getByLabel(/^Nätverk/).selectOption(network);
    expect(await axeViolations(page, AXE)).toEqual([]);
    await form.getByRole('button', { name: 'Spara' }).click();
    await card.waitFor({ state: 'detached' });
    await server.analysis.settled();
    const after = ok(await server.gql(`{ analysis(filter: { kinds: [UNCONNECTED_ACTOR], classes: [TO_FILL_IN] }) { findings { rule subjects { nodes } } } }`)).analysis.findings as { rule: string; subjects: { nodes: string[] } }[];
    expect(after.some((f) => f.rule === 'unconnected.no-network' && f.subjects.nodes.includes(actorOf))).toBe(false);
    await page.close();
  });

  it('passes axe in every create form, and in the membership and referral forms, in Swedish and English', async () => {
    const kinds = ['Actor', 'Network', 'Person', 'Area', 'Topic', 'Routine', 'Programme'];
    const words = {
      sv: { add: 'Lägg till', cancel: 'Avbryt', what: 'Vad vill du lägga till?', relations: ['Lägg till medlemskap', 'Lägg till hänvisningsväg'] },
      en: { add: 'Add', cancel: 'Cancel', what: 'What do you want to add?', relations: ['Add a membership', 'Add a referral route'] },
    } as const;
    const violations: Record<string, unknown[]> = {};
    for (const lang of ['sv', 'en'] as const) {
      const w = words[lang];
      const page = await openMap(browser, `${server.url}/?area=krokom&select=krokom-socialtjanst&lang=${lang}`);
      const editing = page.locator('.edit-actions').first();
      const choose = page.getByLabel(w.what);
      expect(await choose.locator('option').count()).toBe(kinds.length);
      for (let i = 0; i < kinds.length; i++) {
        await choose.selectOption({ index: i });
        await editing.getByRole('button', { name: w.add, exact: true }).click();
        const form = page.locator('form.edit-form');
        await form.first().waitFor();
        violations[`${lang} ${kinds[i]}`] = await axeViolations(page, AXE);
        await form.first().getByRole('button', { name: w.cancel }).click();
        await form.first().waitFor({ state: 'detached' });
      }
      for (const name of w.relations) {
        await page.locator('.map-detail').getByRole('button', { name }).first().click();
        const form = page.locator('form.edit-form');
        await form.first().waitFor();
        violations[`${lang} ${name}`] = await axeViolations(page, AXE);
        await form.first().getByRole('button', { name: w.cancel }).click();
        await form.first().waitFor({ state: 'detached' });
      }
      await page.close();
    }
    expect(Object.keys(violations)).toHaveLength(2 * (kinds.length + 2));
    expect(Object.entries(violations).filter(([, v]) => v.length > 0)).toEqual([]);
  });

  it('speaks English and passes axe in the English forms', async () => {
    const page = await openMap(browser, `${server.url}/?area=krokom&select=krokom-socialtjanst&lang=en`);
    await page.locator('.map-detail').getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('form', { name: /^Edit actor/ });
    await form.getByLabel(/^Name/).waitFor();
    expect(await form.getByLabel(/^Name/).inputValue()).toBe('Socialtjänst Krokom');
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.getByRole('region', { name: 'Edit' }).first().getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('form', { name: 'Add actor' }).waitFor();
    expect(await axeViolations(page, AXE)).toEqual([]);
    await page.close();
  });
});

describe.runIf(browserAvailable)('an editor limited to Krokom, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let headers: Record<string, string>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ seedDemo: true, authMode: 'local' }), launchBrowser()]);
    const { account } = await server.accounts.create({ username: 'krokom', role: 'editor' });
    await server.accounts.update(account.id, { areas: ['krokom'] });
    headers = { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'e2e')).secret}` };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const description = async (id: string) => ok(await server.gql(`query($id: ID!) { actor(id: $id) { description } }`, { id }, headers)).actor.description as string | null;

  it('changes Krokom but cannot change Berg, and is told so', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE', extraHTTPHeaders: headers });
    for (const [id, allowed] of [['krokom-socialtjanst', true], ['berg-socialtjanst', false]] as const) {
      const before = await description(id);
      await page.goto(`${server.url}/?select=${id}`);
      await page.waitForSelector('.map-canvas[data-layout-done="true"]', { timeout: 30_000 });
      await page.locator('.map-detail').getByRole('button', { name: 'Ändra', exact: true }).click();
      const form = page.getByRole('form', { name: /^Ändra aktör/ });
      await form.getByLabel('Beskrivning').fill('Ändrat av Krokoms redaktör.');
      await form.getByRole('button', { name: 'Spara' }).click();
      if (allowed) {
        await page.locator('.map-detail').getByText(/^Sparat/).waitFor();
        expect(await description(id)).toBe('Ändrat av Krokoms redaktör.');
      } else {
        await form.getByText('Du har inte behörighet att ändra detta.').waitFor();
        expect(await description(id)).toBe(before);
      }
    }
    await page.close();
  });
});
