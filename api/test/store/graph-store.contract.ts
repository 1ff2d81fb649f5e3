/**
 * The storage contract: what every GraphStore adapter must do, written once and run against each
 * engine (kuzu.contract.test.ts always; neo4j.contract.test.ts when NEO4J_URI is set).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import { StoreRefusedError, type GraphStore, type StoredProps, type WriteBatch, type WriteOp } from '../../src/store/graph-store.js';
import type { NodeLabel, RelationshipType } from '../../src/domain/vocabulary.js';

export interface ContractHarness {
  /** A store on an empty database. */
  open(): Promise<GraphStore>;
  /** Closes the store and opens the same database again (durability). */
  reopen(store: GraphStore): Promise<GraphStore>;
}

const NOW = '2026-01-02T03:04:05.678Z';
const LATER = '2026-02-03T04:05:06.789Z';
const meta = { lastVerifiedAt: '2025-12-01', source: 'contract test' };

const NODES: Record<NodeLabel, StoredProps> = {
  Area: { ...meta, name: 'Östersund', type: 'MUNICIPALITY' },
  Actor: {
    ...meta, name: "IFO Östersund — \"myndighet\"; Robert'); MATCH (n) DETACH DELETE n //", kind: 'SOCIAL_SERVICES',
    sector: 'MUNICIPAL', level: 'LOCAL', description: 'rad ett\nrad två', firstLine: true,
    preventionLevels: ['SELECTIVE', 'INDICATED'], supportPhases: ['ACUTE'], targetGroups: ['föräldrar med tonåringar'], languages: ['arabiska', 'tigrinja'],
    phone: '063-14 30 00', website: 'https://www.ostersund.se/ifo', email: 'ifo@ostersund.se', personDependent: true,
  },
  Network: {
    ...meta, name: 'Länsnätverk för föräldraskapsstöd', kind: 'NETWORK', level: 'REGIONAL', status: 'ACTIVE', formal: null,
    purpose: 'Erfarenhetsutbyte', meetingRhythm: null, timeLimited: true, endsOn: '2027-12-31', description: null,
  },
  Person: { ...meta, pseudonym: 'Samordnare A', note: null },
  Topic: { ...meta, name: 'Hedersrelaterat våld och förtryck', description: null },
  Routine: { ...meta, name: 'Rutin vid oro för barn', kind: 'ROUTINE', status: 'ADOPTED', description: null },
  Programme: { ...meta, name: 'ABC', description: 'Alla barn i centrum' },
};
const ID: Record<NodeLabel, string> = {
  Area: 'ostersund', Actor: 'ostersund-ifo', Network: 'net-lansnatverk', Person: 'person-a', Topic: 'topic-hrv',
  Routine: 'routine-oro', Programme: 'prog-abc',
};
const SECOND_ACTOR = 'ostersund-forskola';

const RELS: [RelationshipType, NodeLabel, string, NodeLabel, string, StoredProps][] = [
  ['MEMBER_OF', 'Actor', ID.Actor, 'Network', ID.Network, { ...meta, role: 'CHAIR', since: '2024-01-01', until: null }],
  ['SITS_IN', 'Person', ID.Person, 'Network', ID.Network, { ...meta, role: 'MEMBER' }],
  ['REPRESENTS', 'Person', ID.Person, 'Actor', ID.Actor, meta],
  ['CONVENES', 'Actor', ID.Actor, 'Network', ID.Network, meta],
  ['REFERS_TO', 'Actor', SECOND_ACTOR, 'Actor', ID.Actor, {
    ...meta, trigger: 'REPORT_OF_CONCERN', kind: 'STATUTORY', status: 'WORKING', phase: 'ACUTE', routineId: ID.Routine, description: 'orosanmälan',
  }],
  ['PART_OF', 'Actor', SECOND_ACTOR, 'Actor', ID.Actor, meta],
  ['LOCATED_IN', 'Actor', ID.Actor, 'Area', ID.Area, meta],
  ['LOCATED_IN', 'Network', ID.Network, 'Area', ID.Area, meta],
  ['ADDRESSES', 'Network', ID.Network, 'Topic', ID.Topic, meta],
  ['WORKS_ON', 'Actor', ID.Actor, 'Topic', ID.Topic, meta],
  ['OFFERS', 'Actor', ID.Actor, 'Programme', ID.Programme, meta],
  ['HAS_ROUTINE', 'Actor', ID.Actor, 'Routine', ID.Routine, meta],
  ['COVERS', 'Routine', ID.Routine, 'Topic', ID.Topic, meta],
];
const relId = (i: number) => `rel-${i}`;

function everythingBatch(): WriteOp[] {
  const ops: WriteOp[] = (Object.keys(NODES) as NodeLabel[]).map((label) => ({
    op: 'upsertNode', label, id: ID[label], props: NODES[label], expect: 'created',
  }));
  ops.push({ op: 'upsertNode', label: 'Actor', id: SECOND_ACTOR, props: { ...NODES.Actor, name: 'Förskola', kind: 'PRESCHOOL', preventionLevels: [], languages: [] }, expect: 'created' });
  RELS.forEach(([type, fromLabel, from, toLabel, to, props], i) =>
    ops.push({ op: 'upsertRel', type, fromLabel, toLabel, id: relId(i), from, to, props, expect: 'created' }));
  return ops;
}

async function snapshotOf(store: GraphStore): Promise<MapSnapshot> {
  const snapshot = MapSnapshot.fromStored(await store.loadGraph());
  expect(snapshot.problems).toEqual([]);
  return snapshot;
}

/** The graph with its records in id order (engines return them in any order). */
async function canonical(store: GraphStore) {
  const graph = await store.loadGraph();
  const byId = (a: { props: StoredProps }, b: { props: StoredProps }) => String(a.props['id']).localeCompare(String(b.props['id']));
  return { graphVersion: graph.graphVersion, nodes: [...graph.nodes].sort(byId), rels: [...graph.rels].sort(byId) };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(StoreRefusedError);
  return (error as StoreRefusedError).refusal.reason;
}

export function describeGraphStoreContract(engine: string, harness: ContractHarness): void {
  describe(`GraphStore contract: ${engine}`, () => {
    let store: GraphStore;
    const write = (ops: WriteOp[], basedOn: number, now = NOW) => store.write({ ops, basedOn, now } satisfies WriteBatch);

    beforeEach(async () => {
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty at graph version 0, and init can run again', async () => {
      await store.init();
      expect(await store.graphVersion()).toBe(0);
      const graph = await store.loadGraph();
      expect(graph).toEqual({ graphVersion: 0, nodes: [], rels: [] });
    });

    it('round-trips every node label and relationship type with every property', async () => {
      expect(await write(everythingBatch(), 0)).toBe(1);
      const snapshot = await snapshotOf(store);
      expect(snapshot.graphVersion).toBe(1);
      for (const label of Object.keys(NODES) as NodeLabel[]) {
        expect(snapshot.nodeOf(label, ID[label]), label).toEqual({
          label, id: ID[label], version: 1, createdAt: NOW, updatedAt: NOW, ...NODES[label],
        });
      }
      expect(snapshot.nodeOf('Actor', SECOND_ACTOR)?.preventionLevels).toEqual([]);
      RELS.forEach(([type, , from, , to, props], i) => {
        expect(snapshot.rels.get(relId(i)), `${type} ${i}`).toEqual({
          type, id: relId(i), from, to, version: 1, createdAt: NOW, updatedAt: NOW,
          ...props,
        });
      });
      expect(snapshot.rels.size).toBe(RELS.length);
    });

    it('bumps a record version on update and keeps createdAt', async () => {
      await write(everythingBatch(), 0);
      const updated = { ...NODES.Topic, name: 'HRV', description: 'ny beskrivning' };
      expect(await write([{ op: 'upsertNode', label: 'Topic', id: ID.Topic, props: updated, expect: { was: 1 } }], 1, LATER)).toBe(2);
      const topic = (await snapshotOf(store)).nodeOf('Topic', ID.Topic);
      expect(topic).toMatchObject({ version: 2, createdAt: NOW, updatedAt: LATER, name: 'HRV', description: 'ny beskrivning' });
    });

    it('refuses a whole batch when one record is not at the version the writer read', async () => {
      await write(everythingBatch(), 0);
      const before = await canonical(store);
      const reason = await refusal(write([
        { op: 'upsertNode', label: 'Area', id: 'berg', props: { ...NODES.Area, name: 'Berg' }, expect: 'created' },
        { op: 'upsertNode', label: 'Topic', id: ID.Topic, props: { ...NODES.Topic, name: 'stale edit' }, expect: { was: 7 } },
      ], 1));
      expect(reason).toBe('version-mismatch');
      expect(await store.graphVersion()).toBe(1);
      expect(await canonical(store)).toEqual(before);
    });

    it('refuses a batch planned against an old graph version (another writer got there first)', async () => {
      await write(everythingBatch(), 0);
      const reason = await refusal(write([{ op: 'deleteNode', label: 'Topic', id: ID.Topic }], 0));
      expect(reason).toBe('graph-moved');
      expect((await snapshotOf(store)).nodeOf('Topic', ID.Topic)).toBeDefined();
    });

    it('lets exactly one of two racing batches on the same version commit', async () => {
      await write(everythingBatch(), 0);
      const results = await Promise.allSettled([
        write([{ op: 'upsertNode', label: 'Area', id: 'berg', props: { ...NODES.Area, name: 'Berg' }, expect: 'created' }], 1),
        write([{ op: 'upsertNode', label: 'Area', id: 'krokom', props: { ...NODES.Area, name: 'Krokom' }, expect: 'created' }], 1),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await store.graphVersion()).toBe(2);
      const areas = (await snapshotOf(store)).all('Area').map((a) => a.id);
      expect(areas.filter((id) => id === 'berg' || id === 'krokom')).toHaveLength(1);
    });

    it('refuses a relationship whose end does not exist, writing nothing', async () => {
      await write(everythingBatch(), 0);
      const reason = await refusal(write([
        { op: 'upsertNode', label: 'Area', id: 'berg', props: { ...NODES.Area, name: 'Berg' }, expect: 'created' },
        { op: 'upsertRel', type: 'LOCATED_IN', fromLabel: 'Actor', toLabel: 'Area', id: 'dangling', from: 'no-such-actor', to: 'berg', props: meta, expect: 'created' },
      ], 1));
      expect(reason).toBe('missing-endpoint');
      expect((await snapshotOf(store)).node('berg')).toBeUndefined();
    });

    it('deletes a node together with every relationship touching it', async () => {
      await write(everythingBatch(), 0);
      await write([{ op: 'deleteNode', label: 'Network', id: ID.Network }], 1);
      const snapshot = await snapshotOf(store);
      expect(snapshot.node(ID.Network)).toBeUndefined();
      const touching = RELS.filter(([, , from, , to]) => from === ID.Network || to === ID.Network).length;
      expect(snapshot.rels.size).toBe(RELS.length - touching);
    });

    it('puts a deleted node back with its relationships under their old ids in one batch, or, with one end gone, writes none of it', async () => {
      await write(everythingBatch(), 0);
      const before = await canonical(store);
      const touching = everythingBatch().filter((op) => op.op === 'upsertRel' && (op.from === ID.Network || op.to === ID.Network));
      await write([{ op: 'deleteNode', label: 'Network', id: ID.Network }], 1);
      // The undo of a delete (service/restore.ts): the node first, then what went with it, in one batch.
      const restore: WriteOp[] = [{ op: 'upsertNode', label: 'Network', id: ID.Network, props: NODES.Network, expect: 'created' }, ...touching];
      const gone: WriteOp = { op: 'upsertRel', type: 'MEMBER_OF', fromLabel: 'Actor', toLabel: 'Network', id: 'rel-gone', from: 'deleted-since', to: ID.Network, props: { ...meta, role: 'MEMBER', since: null, until: null }, expect: 'created' };
      expect(await refusal(write([...restore, gone], 2))).toBe('missing-endpoint');
      expect((await snapshotOf(store)).node(ID.Network)).toBeUndefined();
      expect(await store.graphVersion()).toBe(2);

      await write(restore, 2);
      const after = await canonical(store);
      const ids = (records: { props: StoredProps }[]) => records.map((r) => r.props['id']);
      expect(ids(after.nodes)).toEqual(ids(before.nodes));
      expect(ids(after.rels)).toEqual(ids(before.rels));
      expect(after.rels.map((r) => r.props['role'] ?? null)).toEqual(before.rels.map((r) => r.props['role'] ?? null));
    });

    it('deletes one relationship by id and leaves the rest', async () => {
      await write(everythingBatch(), 0);
      await write([{ op: 'deleteRel', type: 'LOCATED_IN', id: relId(7) }], 1);
      const snapshot = await snapshotOf(store);
      expect(snapshot.rels.has(relId(7))).toBe(false);
      expect(snapshot.rels.has(relId(6))).toBe(true);
      expect(snapshot.rels.size).toBe(RELS.length - 1);
    });

    it('keeps records beside the map: put, get, find by key, list newest first, delete', async () => {
      const rec = (id: string, key: string, createdAt: string) => ({ id, kind: 'account', key, json: JSON.stringify({ id, note: "Robert'); DROP" }), createdAt });
      await store.auxPut(rec('a1', 'anna', '2026-01-01T00:00:00.000Z'));
      await store.auxPut(rec('a2', 'bo', '2026-01-02T00:00:00.000Z'));
      await store.auxPut({ ...rec('t1', 'hash', '2026-01-03T00:00:00.000Z'), kind: 'token' });
      expect(await store.auxGet('a1')).toEqual(rec('a1', 'anna', '2026-01-01T00:00:00.000Z'));
      expect(await store.auxGet('nope')).toBeNull();
      expect((await store.auxFind('account', 'bo')).map((r) => r.id)).toEqual(['a2']);
      expect((await store.auxList('account', 10, '9999')).map((r) => r.id)).toEqual(['a2', 'a1']);
      expect((await store.auxList('account', 1, '2026-01-02T00:00:00.000Z')).map((r) => r.id)).toEqual(['a1']);
      await store.auxDelete('a1');
      expect(await store.auxGet('a1')).toBeNull();
      // Records beside the map are not part of the map.
      expect((await store.loadGraph()).nodes).toEqual([]);
    });

    it('writes a batch’s audit record in the same transaction, and not at all when the batch is refused', async () => {
      const audit = (id: string) => ({ id, kind: 'audit', key: 'someone', json: '{}', createdAt: NOW });
      await store.write({ ops: everythingBatch(), basedOn: 0, now: NOW, aux: [audit('e1')] });
      expect(await store.auxGet('e1')).not.toBeNull();
      await refusal(store.write({ ops: [{ op: 'deleteNode', label: 'Topic', id: ID.Topic }], basedOn: 0, now: NOW, aux: [audit('e2')] }));
      expect(await store.auxGet('e2')).toBeNull();
    });

    it('keeps one change-feed entry per committed batch, in version order, and none for a refused batch', async () => {
      await write(everythingBatch(), 0);
      const rename: WriteOp = { op: 'upsertNode', label: 'Topic', id: ID.Topic, props: { ...NODES.Topic, name: 'HRV' }, expect: { was: 1 } };
      await write([rename], 1, LATER);
      await refusal(write([{ op: 'deleteNode', label: 'Topic', id: ID.Topic }], 1));
      const feed = await store.feedAfter(0, 10);
      expect(feed.map((e) => e.graphVersion)).toEqual([1, 2]);
      expect(feed[1]).toEqual({ graphVersion: 2, now: LATER, ops: [rename] });
      expect((await store.feedAfter(1, 10)).map((e) => e.graphVersion)).toEqual([2]);
      expect(await store.feedAfter(0, 1)).toHaveLength(1);
      // Feed entries are records beside the map: a load does not see them.
      expect((await store.loadGraph()).nodes.some((n) => n.props['kind'] === 'feed')).toBe(false);
    });

    it('commits a group of batches in one transaction, each with its own version and feed entry; a refused batch fails the group and names itself', async () => {
      await write(everythingBatch(), 0);
      const rename = (name: string, was: number): WriteOp => ({ op: 'upsertNode', label: 'Topic', id: ID.Topic, props: { ...NODES.Topic, name }, expect: { was } });
      const audit = (id: string) => ({ id, kind: 'audit', key: 'someone', json: '{}', createdAt: LATER });
      // The same record twice in one group: the second batch sees the first one's version.
      expect(await store.writeGroup([
        { ops: [rename('HRV', 1)], basedOn: 1, now: LATER, aux: [audit('g1')] },
        { ops: [rename('HRV 2', 2)], basedOn: 2, now: LATER, aux: [audit('g2')] },
        { ops: [{ op: 'deleteNode', label: 'Programme', id: ID.Programme }], basedOn: 3, now: LATER },
      ])).toEqual([2, 3, 4]);
      const feed = await store.feedAfter(1, 10);
      expect(feed.map((e) => e.graphVersion)).toEqual([2, 3, 4]);
      expect(feed[1]).toEqual({ graphVersion: 3, now: LATER, ops: [rename('HRV 2', 2)] });
      expect(await store.auxGet('g2')).not.toBeNull();
      const snapshot = await snapshotOf(store);
      expect(snapshot.nodeOf('Topic', ID.Topic)).toMatchObject({ name: 'HRV 2', version: 3 });
      expect(snapshot.node(ID.Programme)).toBeUndefined();

      // The second batch is stale: nothing of the group lands, and the refusal says which batch.
      const refused = await store.writeGroup([
        { ops: [rename('Ny', 3)], basedOn: 4, now: LATER, aux: [audit('g3')] },
        { ops: [rename('Fel', 1)], basedOn: 5, now: LATER },
      ]).then(() => null, (e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreRefusedError);
      expect((refused as StoreRefusedError).refusal.reason).toBe('version-mismatch');
      expect((refused as StoreRefusedError).batchIndex).toBe(1);
      expect(await store.graphVersion()).toBe(4);
      expect(await store.auxGet('g3')).toBeNull();
      expect((await store.feedAfter(4, 10))).toEqual([]);
      expect((await snapshotOf(store)).nodeOf('Topic', ID.Topic)?.name).toBe('HRV 2');
      // A group planned on an old version is refused at its first batch.
      const moved = await store.writeGroup([{ ops: [rename('Gammal', 3)], basedOn: 3, now: LATER }]).then(() => null, (e: unknown) => e);
      expect((moved as StoreRefusedError).refusal.reason).toBe('graph-moved');
      expect((moved as StoreRefusedError).batchIndex).toBe(0);
    });

    it('runs the ops of many small batches of a group as bulk statements and still names the batch a refusal is about', async () => {
      await write(everythingBatch(), 0);
      const actor = (i: number, expect: { was: number } | 'created'): WriteOp => ({
        op: 'upsertNode', label: 'Actor', id: `grupp-${i}`, expect, props: { ...NODES.Actor, name: `Aktör ${i}`, languages: i % 2 ? [] : ['arabiska'] },
      });
      const batches = (make: (i: number) => WriteOp, from: number): WriteBatch[] =>
        Array.from({ length: 20 }, (_, i) => ({ ops: [make(i)], basedOn: from + i, now: LATER }));
      expect(await store.writeGroup(batches((i) => actor(i, 'created'), 1))).toEqual(Array.from({ length: 20 }, (_, i) => 2 + i));
      // The thirteenth batch read an old version of its actor: the group is refused, naming it.
      const refused = await store.writeGroup(batches((i) => actor(i, { was: i === 13 ? 4 : 1 }), 21)).then(() => null, (e: unknown) => e);
      expect((refused as StoreRefusedError).refusal).toMatchObject({ reason: 'version-mismatch', id: 'grupp-13' });
      expect((refused as StoreRefusedError).batchIndex).toBe(13);
      expect(await store.graphVersion()).toBe(21);
      const snapshot = await snapshotOf(store);
      expect(snapshot.nodeOf('Actor', 'grupp-3')).toMatchObject({ version: 1, languages: [] });
      expect((await store.feedAfter(1, 100)).map((e) => e.ops?.[0]?.id)).toEqual(Array.from({ length: 20 }, (_, i) => `grupp-${i}`));
    });

    it('writes runs of many records as one bulk statement, with the same version and endpoint checks', async () => {
      await write(everythingBatch(), 0);
      const actor = (i: number, props: StoredProps = {}): WriteOp => ({
        op: 'upsertNode', label: 'Actor', id: `bulk-${i}`, expect: 'created',
        // Lists and booleans vary row to row: Kuzu types bulk rows from their values.
        props: { ...NODES.Actor, name: `Aktör ${i}`, languages: i % 3 === 0 ? [] : ['arabiska'], preventionLevels: i % 2 ? ['UNIVERSAL'] : [], firstLine: i % 2 === 0, ...props },
      });
      const member = (i: number, from = `bulk-${i}`): WriteOp => ({
        op: 'upsertRel', type: 'MEMBER_OF', fromLabel: 'Actor', toLabel: 'Network', id: `bulk-m-${i}`, from, to: ID.Network,
        props: { ...meta, role: 'MEMBER', since: i % 2 ? '2024-01-01' : null, until: null }, expect: 'created',
      });
      const twenty = Array.from({ length: 20 }, (_, i) => i);
      expect(await write([...twenty.map((i) => actor(i)), ...twenty.map((i) => member(i))], 1)).toBe(2);
      const snapshot = await snapshotOf(store);
      expect(snapshot.all('Actor').filter((a) => a.id.startsWith('bulk-'))).toHaveLength(20);
      expect(snapshot.nodeOf('Actor', 'bulk-3')).toMatchObject({ languages: [], preventionLevels: ['UNIVERSAL'], firstLine: false, version: 1 });
      expect(snapshot.relOf('MEMBER_OF', 'bulk-m-3')).toMatchObject({ from: 'bulk-3', since: '2024-01-01', version: 1 });
      // One stale record among twenty refuses the whole run; so does one missing end.
      expect(await refusal(write(twenty.map((i) => ({ ...actor(i), expect: i === 7 ? { was: 5 } : { was: 1 } })), 2))).toBe('version-mismatch');
      expect(await refusal(write(twenty.map((i) => ({ ...member(i, i === 4 ? 'no-such-actor' : `bulk-${i}`), id: `bulk-n-${i}` })), 2))).toBe('missing-endpoint');
      expect((await snapshotOf(store)).nodeOf('Actor', 'bulk-0')?.version).toBe(1);
      expect(await store.graphVersion()).toBe(2);
      await write(twenty.map((i) => ({ op: 'deleteNode', label: 'Actor', id: `bulk-${i}` }) as WriteOp), 2);
      expect((await snapshotOf(store)).rels.has('bulk-m-0')).toBe(false);
    });

    it('keeps what was committed across a restart', async () => {
      await write(everythingBatch(), 0);
      store = await harness.reopen(store);
      expect(await store.graphVersion()).toBe(1);
      expect((await snapshotOf(store)).nodeOf('Actor', ID.Actor)?.name).toBe(NODES.Actor['name']);
    });
  });
}
