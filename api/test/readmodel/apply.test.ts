/**
 * Apply, don't reload: every committed batch is applied to the read model from the batch itself.
 * After each kind of write the applied model must equal a full reload of the store, and the
 * service must not have reloaded. The search index and the map's graph view follow the batch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullGraph } from '../../src/readmodel/graph-view.js';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import { readSeedFiles } from '../../src/server/seed.js';
import { expectSameAsReload } from '../support/read-model-equality.js';
import { DEMO_SEED, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
let loadsAtStart: number;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  await server.service.snapshot();
  loadsAtStart = server.service.moves.loads;
});
afterAll(() => server.close());

const versionOf = async (id: string): Promise<number> => ok(await server.gql(`{ node(id: "${id}") { ... on Actor { version } ... on Area { version } ... on Routine { version } } }`)).node.version;

async function afterWrite(mutation: string, variables?: Record<string, unknown>): Promise<void> {
  ok(await server.gql(mutation, variables));
  await expectSameAsReload(await server.service.snapshot(), server.store);
  expect(server.service.moves.loads, 'the write reloaded the graph').toBe(loadsAtStart);
}

describe('applying committed batches to the read model', () => {
  it('matches a reload after an update, a create with links, and a moved referral', async () => {
    await afterWrite(`mutation { updateActor(id: "berg-skola", version: ${await versionOf('berg-skola')}, patch: {name: "Skola i Berg", firstLine: false}) { id } }`);
    await afterWrite(`mutation { createActor(input: {id: "berg-fritid", name: "Fritidsgård Berg", kind: LEISURE, sector: MUNICIPAL, level: LOCAL,
      areaId: "berg", topicIds: ["topic-hrv"]}) { id } }`);
    await afterWrite(`mutation { createReferral(input: {fromId: "berg-fritid", toId: "berg-socialtjanst", trigger: REPORT_OF_CONCERN, kind: INFORMAL, status: WORKING}) { id } }`);
    await afterWrite(`mutation { updateReferral(id: "ref-berg-skola--berg-socialtjanst--oro", version: 1, patch: {status: BROKEN}) { id } }`);
  });

  it('matches a reload after deleting a node with its links, and a routine that referrals named', async () => {
    await afterWrite('mutation { deleteActor(id: "berg-fritid") { id } }');
    await afterWrite('mutation { deleteRoutine(id: "berg-rutin-orosanmalan") { id } }');
    const referral = (await server.service.snapshot()).relOf('REFERS_TO', 'ref-berg-skola--berg-socialtjanst--oro');
    expect(referral?.routineId).toBeNull();
  });

  it('matches a reload after an import that updates nothing, and after an area is renamed', async () => {
    const files = readSeedFiles(DEMO_SEED);
    await afterWrite('mutation($files: [ImportFileInput!]!) { importData(files: $files) { status } }', { files });
    await afterWrite(`mutation { updateArea(id: "berg", version: ${await versionOf('berg')}, patch: {name: "Bergs kommun"}) { id } }`);
  });

  it('regression (found by the fuzz once writes were applied): confirming areas keeps their type', async () => {
    await afterWrite('mutation { markVerified(ids: ["sverige", "jamtlands-lan", "berg-skola"]) }');
    const snapshot = await server.service.snapshot();
    expect([snapshot.nodeOf('Area', 'sverige')?.type, snapshot.nodeOf('Area', 'jamtlands-lan')?.type]).toEqual(['NATION', 'COUNTY']);
  });

  it('moves the search index and the full graph view on with the batch instead of rebuilding them', async () => {
    const before = await server.service.snapshot();
    const view = fullGraph(before);
    ok(await server.gql('{ search(text: "Skola") { id } }'));
    ok(await server.gql(`mutation { updateArea(id: "berg", version: ${await versionOf('berg')}, patch: {name: "Bergsbygden"}) { id } }`));
    const after = await server.service.snapshot();
    // The carried view is patched, not rebuilt — and it is what a fresh build gives.
    const carried = fullGraph(after);
    expect(carried).not.toBe(view);
    const fresh = fullGraph(new MapSnapshot(after.graphVersion, [...after.nodes.values()], [...after.rels.values()]));
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(carried.nodes)).toEqual(byId(fresh.nodes));
    expect(byId(carried.edges)).toEqual(byId(fresh.edges));
    // A node's search text holds its area's name: the renamed area finds the school in it.
    const hits = ok(await server.gql('{ search(text: "Bergsbygden", types: [ACTOR]) { id } }')).search.map((h: { id: string }) => h.id);
    expect(hits).toContain('berg-skola');
  });
});
