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

  it('keeps answers to different variables apart', async () => {
    const q = 'query($t: String!) { search(text: $t) { label } }';
    expect(ok(await server.gql(q, { t: 'barn' })).search).toEqual([{ label: 'Barnäktenskap' }]);
    expect(ok(await server.gql(q, { t: 'kons' })).search).toEqual([{ label: 'Könsstympning' }]);
  });
});
