/**
 * The change feed: a process whose read model is behind the store reads the feed since its
 * version and applies it; a hole in the feed (pruned, or an entry too big to keep) makes it
 * reload. Kuzu lets one process open a directory, so the "other process" here is a second
 * MapService over the same store object, or a writer that goes straight to the store API —
 * what a second API instance over one Neo4j database does, minus the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { MapService } from '../../src/service/map-service.js';
import { FEED_KIND, feedKey } from '../../src/store/feed.js';
import type { StoredProps } from '../../src/store/graph-store.js';
import { expectSameAsReload } from '../support/read-model-equality.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
let follower: MapService;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  follower = new MapService(server.store, createLogger('silent'));
  await follower.snapshot();
});
afterAll(() => server.close());

const actorProps = (name: string): StoredProps => ({
  name, kind: 'LEISURE', sector: 'MUNICIPAL', level: 'LOCAL', description: null, firstLine: false,
  preventionLevels: [], supportPhases: [], targetGroups: [], languages: [], lastVerifiedAt: null, source: 'feed test',
});

describe('catching up from the change feed', () => {
  it('a second service over the same store applies the other one’s writes from the feed, without reloading', async () => {
    const loads = follower.moves.loads;
    const before = (await follower.snapshot()).graphVersion;
    ok(await server.gql('mutation { createActor(input: {id: "feed-fritid", name: "Fritidsgård Feed", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "berg"}) { id } }'));
    ok(await server.gql('mutation { updateActor(id: "feed-fritid", version: 1, patch: {name: "Fritidsgården Feed"}) { id } }'));
    ok(await server.gql('mutation { deleteActor(id: "berg-skola") { id } }'));
    const caught = await follower.snapshot();
    expect(caught.graphVersion).toBe(before + 3);
    expect(caught.nodeOf('Actor', 'feed-fritid')?.name).toBe('Fritidsgården Feed');
    expect(caught.node('berg-skola')).toBeUndefined();
    expect(follower.moves.loads).toBe(loads);
    await expectSameAsReload(caught, server.store);
  });

  it('applies a batch an external writer sent straight to the store (validating what it reads)', async () => {
    const loads = follower.moves.loads;
    const basedOn = await server.store.graphVersion();
    await server.store.write({
      basedOn, now: '2026-12-01T10:00:00.000Z',
      ops: [{ op: 'upsertNode', label: 'Actor', id: 'external-actor', props: actorProps('Extern aktör'), expect: 'created' }],
    });
    const caught = await follower.snapshot();
    expect(caught.nodeOf('Actor', 'external-actor')).toMatchObject({ name: 'Extern aktör', version: 1, createdAt: '2026-12-01T10:00:00.000Z' });
    expect(follower.moves.loads).toBe(loads);
    // The writing service catches up the same way: it did not make this batch.
    await expectSameAsReload(await server.service.snapshot(), server.store);
  });

  it('reloads when the feed has a hole', async () => {
    const loads = follower.moves.loads;
    ok(await server.gql('mutation { updateActor(id: "external-actor", version: 1, patch: {name: "Extern aktör 2"}) { id } }'));
    const version = await server.store.graphVersion();
    await server.store.auxDelete(`feed-${feedKey(version)}`);
    expect((await server.store.feedAfter(version - 1, 10)).map((e) => e.graphVersion)).toEqual([]);
    const caught = await follower.snapshot();
    expect(caught.nodeOf('Actor', 'external-actor')?.name).toBe('Extern aktör 2');
    expect(follower.moves.loads).toBe(loads + 1);
  });

  it('reloads at an entry that holds no operations (a restore, or a batch too big to keep)', async () => {
    const loads = follower.moves.loads;
    ok(await server.gql('mutation { updateActor(id: "external-actor", version: 2, patch: {name: "Extern aktör 3"}) { id } }'));
    const version = await server.store.graphVersion();
    const [entry] = await server.store.feedAfter(version - 1, 1);
    expect(entry?.ops?.length).toBeGreaterThan(0);
    await server.store.auxPut({ id: `feed-${feedKey(version)}`, kind: FEED_KIND, key: feedKey(version), json: JSON.stringify({ ...entry, ops: null }), createdAt: entry!.now });
    expect((await follower.snapshot()).nodeOf('Actor', 'external-actor')?.name).toBe('Extern aktör 3');
    expect(follower.moves.loads).toBe(loads + 1);
  });
});
