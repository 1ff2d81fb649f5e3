/** Query results are reused only while the graph version stands still. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const topics = async () => ok(await server.gql('{ topics { name } stats { graphVersion } }'));

describe('response cache', () => {
  it('serves the new state right after a write', async () => {
    ok(await server.gql('mutation { createTopic(input: {name: "Barnäktenskap"}) { id } }'));
    const first = await topics();
    expect(await topics()).toEqual(first);
    ok(await server.gql('mutation { createTopic(input: {name: "Könsstympning"}) { id } }'));
    const after = await topics();
    expect(after.topics.map((t: { name: string }) => t.name)).toEqual(['Barnäktenskap', 'Könsstympning']);
    expect(after.stats.graphVersion).toBe(first.stats.graphVersion + 1);
  });

  it('does not keep an answer from an analysis of an older map for the new one', async () => {
    const ask = async () => ok(await server.gql('{ analysis(filter: {classes: [GAP, TO_FILL_IN, NOTE]}) { upToDate mapGraphVersion graphVersion } }')).analysis;
    await ask(); // the worker is running from the start
    ok(await server.gql('mutation { createTopic(input: {name: "Hedersnormer"}) { id } }'));
    // Asked again and again while the worker catches up: a cached stale answer would never turn current.
    let later = await ask();
    for (let tries = 0; !later.upToDate && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      later = await ask();
    }
    expect(later.upToDate).toBe(true);
    expect(later.graphVersion).toBe(later.mapGraphVersion);
  });

  it('never caches what depends on who asks or lives beside the map (accounts, tokens, audit log)', async () => {
    const { NOT_FROM_SNAPSHOT } = await import('../../src/server/response-cache.js');
    expect([...NOT_FROM_SNAPSHOT].sort()).toEqual(['accounts', 'apiTokens', 'auditLog', 'me', 'sharedViewSet', 'viewSet', 'viewSets']);
    const log = async () => ok(await server.gql('{ auditLog(first: 100) { id } }')).auditLog.length;
    const before = await log();
    ok(await server.gql('mutation { createTopic(input: {name: "Granskning"}) { id } }'));
    expect(await log()).toBe(before + 1);
    await server.accounts.create({ username: 'ny.person', role: 'viewer' });
    const names = async () => ok(await server.gql('{ accounts { username } }')).accounts.map((a: { username: string }) => a.username);
    const first = await names();
    await server.accounts.create({ username: 'en.till', role: 'viewer' });
    expect((await names()).length).toBe(first.length + 1);
  });

  it('keeps answers to different variables apart', async () => {
    const q = 'query($t: String!) { search(text: $t) { label } }';
    expect(ok(await server.gql(q, { t: 'barn' })).search).toEqual([{ label: 'Barnäktenskap' }]);
    expect(ok(await server.gql(q, { t: 'kons' })).search).toEqual([{ label: 'Könsstympning' }]);
  });
});
