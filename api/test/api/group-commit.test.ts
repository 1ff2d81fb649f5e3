/**
 * Group commit (decision 011): the writes waiting in the service's queue are planned in order,
 * each against the model the earlier ones leave, and committed in one store transaction. Each
 * keeps its own outcome and its own graph version and change-feed entry. Runs on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/auth/principal.js';
import { AppError } from '../../src/errors/app-error.js';
import { createLogger } from '../../src/logger.js';
import { MapService } from '../../src/service/map-service.js';
import { createNode, updateNode } from '../../src/service/node-writes.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';
import { expectSameAsReload, readModelDifferences } from '../support/read-model-equality.js';

let server: TestServer;
/** A second process's read model over the same store, loaded before the writes. */
let follower: MapService;
const ACTORS = Array.from({ length: 30 }, (_, i) => `grupp-${i}`);

beforeAll(async () => {
  server = await startTestServer();
  ok(await server.gql(`mutation { createArea(input: {id: "grupp-kommun", name: "Gruppkommun", type: MUNICIPALITY}) { id } }`));
  const writer = server.service.as(systemPrincipal('group test'), 'createActor');
  for (const id of ACTORS) await createNode(writer, 'Actor', { id, name: `Förskola ${id}`, kind: 'PRESCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', areaId: 'grupp-kommun' });
  follower = new MapService(server.store, createLogger('silent'));
  await follower.snapshot();
});
afterAll(() => server?.close());

const settled = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('group commit', () => {
  it('commits writes queued together in one group; a bad one is refused alone with its field error and the others land', async () => {
    const writer = server.service.as(systemPrincipal('group test'), 'updateActor');
    const before = await server.service.snapshot();
    const groupsBefore = server.service.moves.groups;
    // Queued in one turn of the event loop: the first write starts a group, the rest form the next.
    const outcomes = await Promise.all([
      ...ACTORS.map((id, i) => settled(updateNode(writer, 'Actor', id, 1, { description: `grupp ${i}` }))),
      // At the version the write before it in this group makes: checked against that model, refused for its name.
      settled(updateNode(writer, 'Actor', ACTORS[3]!, 2, { name: '' })),
      settled(updateNode(writer, 'Actor', ACTORS[4]!, 7, { description: 'gammal version' })),
      // Planned against the model the write before it in the group leaves: created, then updated.
      settled(createNode(writer, 'Actor', { id: 'grupp-ny', name: 'Fritidsgård Ny', kind: 'LEISURE', sector: 'MUNICIPAL', level: 'LOCAL', areaId: 'grupp-kommun' })),
      settled(updateNode(writer, 'Actor', 'grupp-ny', 1, { description: 'ändrad i samma grupp' })),
    ]);
    expect(server.service.moves.groups - groupsBefore).toBe(2);

    for (const [i, id] of ACTORS.entries()) {
      expect(outcomes[i], id).toMatchObject({ value: { result: { id, version: 2, description: `grupp ${i}` } } });
    }
    const bad = outcomes[ACTORS.length] as { error: AppError };
    expect(bad.error).toBeInstanceOf(AppError);
    expect(bad.error.code).toBe('BAD_USER_INPUT');
    expect(bad.error.fields.map((f) => f.field)).toContain('patch.name');
    const stale = outcomes[ACTORS.length + 1] as { error: AppError };
    expect(stale.error.code).toBe('CONFLICT');
    expect(stale.error.fields.map((f) => f.field)).toContain('version');
    expect(outcomes[ACTORS.length + 3]).toMatchObject({ value: { result: { id: 'grupp-ny', version: 2, description: 'ändrad i samma grupp' } } });

    // One version and one feed entry per landed write, in order, without a gap.
    const after = await server.service.snapshot();
    const landed = ACTORS.length + 2;
    expect(after.graphVersion).toBe(before.graphVersion + landed);
    const feed = await server.store.feedAfter(before.graphVersion, 1_000);
    expect(feed.map((e) => e.graphVersion)).toEqual(Array.from({ length: landed }, (_, i) => before.graphVersion + 1 + i));
    expect(feed.flatMap((e) => e.ops ?? []).filter((op) => op.op === 'upsertNode').map((op) => op.id)).toEqual([...ACTORS, 'grupp-ny', 'grupp-ny']);
    expect(after.nodeOf('Actor', ACTORS[3]!)?.name).toBe(`Förskola ${ACTORS[3]}`);
    await expectSameAsReload(after, server.store);

    // Another process catches up from the feed, entry by entry, and sees the same map.
    const { loads, fromFeed } = follower.moves;
    const caught = await follower.snapshot();
    expect(caught.graphVersion).toBe(after.graphVersion);
    expect(follower.moves.loads).toBe(loads);
    expect(follower.moves.fromFeed - fromFeed).toBe(landed);
    expect(readModelDifferences(caught, after)).toEqual([]);
  });

  it('lands every one of many concurrent writes through HTTP', async () => {
    const before = await server.service.snapshot();
    const update = `mutation($id: ID!, $version: Int!, $d: String!) { updateActor(id: $id, version: $version, patch: {description: $d}) { id version description } }`;
    const responses = await Promise.all(ACTORS.map((id) => server.gql<{ updateActor: { id: string; version: number; description: string } }>(
      update, { id, version: before.nodeOf('Actor', id)!.version, d: `http ${id}` })));
    for (const [i, response] of responses.entries()) {
      expect(ok(response).updateActor).toMatchObject({ id: ACTORS[i], version: before.nodeOf('Actor', ACTORS[i]!)!.version + 1, description: `http ${ACTORS[i]}` });
    }
    const after = await server.service.snapshot();
    expect(after.graphVersion).toBe(before.graphVersion + ACTORS.length);
    const feed = await server.store.feedAfter(before.graphVersion, 1_000);
    expect(feed.map((e) => e.graphVersion)).toEqual(Array.from({ length: ACTORS.length }, (_, i) => before.graphVersion + 1 + i));
    await expectSameAsReload(after, server.store);
    expect(readModelDifferences(await follower.snapshot(), after)).toEqual([]);
  });
});
