/**
 * checkIntegrity: passes on a healthy map, and names each kind of damage — a relationship without
 * an end, a record that does not fit the model, an id used twice, a referral to a missing routine,
 * a bad graph version — including damage written into a real Kuzu database behind the store's back.
 */
import kuzu from 'kuzu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, checkStoredGraph, formatIntegrityReport } from '../../src/backup/integrity.js';
import type { GraphStore, StoredGraph, StoredNode, StoredRel } from '../../src/store/graph-store.js';
import { seedDemo, tempRoot, withStore } from './support.js';

const temp = tempRoot('integrity');
afterAll(() => temp.remove());
const DEMO = temp.dir('demo');
let demo: StoredGraph;

beforeAll(async () => {
  await seedDemo(DEMO);
  demo = await withStore(DEMO, (store) => store.loadGraph());
});

const meta = { version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', lastVerifiedAt: null, source: null };
const area = (id: string): StoredNode => ({ label: 'Area', props: { id, ...meta, name: id, type: 'MUNICIPALITY' } });
const topic = (id: string): StoredNode => ({ label: 'Topic', props: { id, ...meta, name: id, description: null } });
const actor = (id: string, kind = 'SCHOOL'): StoredNode => ({
  label: 'Actor',
  props: { id, ...meta, name: id, kind, sector: 'MUNICIPAL', level: 'LOCAL', description: null, firstLine: true, preventionLevels: [], supportPhases: [], targetGroups: [], languages: [] },
});
const rel = (type: StoredRel['type'], id: string, from: string, to: string, extra: Record<string, string | null> = {}): StoredRel => ({ type, from, to, props: { id, ...meta, ...extra } });

/** Only loadGraph is used by the check. */
const storeOf = (graph: StoredGraph): GraphStore => ({ engine: 'kuzu', loadGraph: async () => graph } as unknown as GraphStore);

describe('checkIntegrity', () => {
  it('passes on the demo map, with its counts', async () => {
    const report = await withStore(DEMO, (store) => checkIntegrity(store));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, engine: 'kuzu', graphVersion: 1, nodes: demo.nodes.length, relationships: demo.rels.length });
    expect(report.nodesByLabel.Actor).toBeGreaterThan(150);
    expect(formatIntegrityReport(report)).toBe(`integrity: ok — graph version 1, ${demo.nodes.length} nodes, ${demo.rels.length} relationships`);
  });

  it('finds a relationship without an end, on either side', async () => {
    const report = await checkIntegrity(storeOf({
      graphVersion: 3,
      nodes: [actor('a1'), area('krokom')],
      rels: [rel('LOCATED_IN', 'a1-in-nowhere', 'a1', 'nowhere'), rel('LOCATED_IN', 'ghost-in-krokom', 'ghost', 'krokom')],
    }));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.id])).toEqual([['missing-end', 'a1-in-nowhere'], ['missing-end', 'ghost-in-krokom']]);
    expect(report.problems[0]!.message).toBe('LOCATED_IN "a1-in-nowhere" has no node at its end to "nowhere"');
  });

  it('finds records that do not fit the model, ids used twice, wrong end labels, missing routines, a bad graph version', () => {
    const report = checkStoredGraph({
      graphVersion: -1,
      nodes: [actor('a1', 'SPACESHIP'), actor('a2'), area('a2'), topic('t1')],
      rels: [
        rel('WORKS_ON', 'r1', 'a2', 't1'),
        rel('WORKS_ON', 'r1', 'a2', 't1'),
        rel('MEMBER_OF', 'm1', 'a2', 't1', { role: 'MEMBER', since: null, until: null }),
        rel('REFERS_TO', 'ref1', 'a2', 'a2', { trigger: 'VIOLENCE', kind: 'FORMAL', status: 'WORKING', phase: null, routineId: 'no-such-routine', description: null }),
      ],
    });
    const kinds = report.problems.map((p) => `${p.kind} ${p.id}`);
    expect(kinds).toEqual(expect.arrayContaining([
      'graph-version graph',
      'duplicate-id a2',
      'duplicate-id r1',
      'wrong-end-label m1',
      'missing-routine ref1',
      'invalid-record a1',
    ]));
    expect(report.problems.find((p) => p.id === 'a1')!.message).toMatch(/kind/);
  });

  it('finds damage written into a Kuzu database behind the store', async () => {
    const dir = temp.dir('damaged');
    await seedDemo(dir);
    // Written with Kuzu directly, as a bug or a hand edit would: a kind outside the vocabulary.
    const db = new kuzu.Database(`${dir}/graph.kuzu`);
    const conn = new kuzu.Connection(db);
    const result = await conn.query("MATCH (a:Actor) WITH a ORDER BY a.id LIMIT 1 SET a.kind = 'SPACESHIP' RETURN a.id AS id");
    const rows = (Array.isArray(result) ? result : [result]).flatMap((r) => {
      const all = r.getAllSync();
      r.close();
      return all;
    });
    await conn.close();
    await db.close();
    const damaged = String(rows[0]!['id']);
    const report = await withStore(dir, (store) => checkIntegrity(store));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'invalid-record', id: damaged })]);
  });
});
