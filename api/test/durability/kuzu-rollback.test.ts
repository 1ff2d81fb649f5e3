/**
 * Found by the race test (races.test.ts): on Kuzu 0.11.3, once a transaction that updated a row is
 * rolled back, later transactions updating the same row can fail with "Write-write conflict of
 * updating the same row" — for every write after it, until the database is reopened. Every
 * refused batch rolls back after bumping the Meta row, so two writers racing leave the store
 * unable to write at all (every mutation answers INTERNAL), and the adapter's own ROLLBACK then
 * fails with "No active transaction for ROLLBACK", hiding the cause.
 *
 * A CHECKPOINT after the ROLLBACK clears the state (measured below on raw Kuzu). The store-level
 * tests fail until KuzuStore.write does that (or equivalent).
 */
import { mkdirSync } from 'node:fs';
import kuzu from 'kuzu';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreRefusedError, type StoredProps, type WriteBatch } from '../../src/store/graph-store.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { tempRoot } from './support.js';

const temp = tempRoot('rollback');
afterAll(() => temp.remove());

const NOW = '2026-11-25T12:00:00.000Z';
const topic = (name: string): StoredProps => ({ name, description: null, lastVerifiedAt: null, source: null });
const upsert = (id: string, name: string, expect: WriteBatch['ops'][number] extends infer O ? O extends { expect: infer E } ? E : never : never) =>
  ({ op: 'upsertNode', label: 'Topic', id, props: topic(name), expect }) as const;

async function rows(conn: kuzu.Connection, text: string): Promise<Record<string, unknown>[]> {
  const result = await conn.query(text);
  const results = Array.isArray(result) ? result : [result];
  try {
    return results.flatMap((r) => r.getAllSync());
  } finally {
    for (const r of results) r.close();
  }
}

describe('KuzuStore after refused (rolled-back) batches', () => {
  it('still commits the next valid batch after graph-moved refusals', async () => {
    const store = new KuzuStore(temp.dir('graph-moved'));
    try {
      await store.init();
      let version = await store.write({ ops: [upsert('t', 'v1', 'created')], basedOn: 0, now: NOW });
      for (let round = 0; round < 10; round++) {
        // A writer that planned against the version before: refused after the Meta bump, rolled back.
        await expect(store.write({ ops: [upsert('t', `stale ${round}`, 'any')], basedOn: version - 1, now: NOW }))
          .rejects.toThrow(StoreRefusedError);
        version = await store.write({ ops: [upsert('t', `round ${round}`, 'any')], basedOn: version, now: NOW });
      }
      expect(version).toBe(11);
      const graph = await store.loadGraph();
      expect(graph.nodes.find((n) => n.props['id'] === 't')?.props['name']).toBe('round 9');
    } finally {
      await store.close();
    }
  });

  it('still commits after a version-mismatch refusal in the middle of a batch', async () => {
    const store = new KuzuStore(temp.dir('version-mismatch'));
    try {
      await store.init();
      let version = await store.write({ ops: [upsert('a', 'a1', 'created'), upsert('b', 'b1', 'created')], basedOn: 0, now: NOW });
      for (let round = 0; round < 5; round++) {
        await expect(store.write({ ops: [upsert('a', `a ${round}`, 'any'), upsert('b', 'b?', { was: 999 })], basedOn: version, now: NOW }))
          .rejects.toThrow(StoreRefusedError);
        version = await store.write({ ops: [upsert('a', `a ${round}`, 'any')], basedOn: version, now: NOW });
      }
      expect(version).toBe(6);
    } finally {
      await store.close();
    }
  });
});

describe('Kuzu 0.11.3 itself', () => {
  it('writes the same row again after rollbacks when each ROLLBACK is followed by a CHECKPOINT (the fix)', async () => {
    mkdirSync(temp.dir('raw'));
    const db = new kuzu.Database(`${temp.dir('raw')}/graph.kuzu`);
    const conn = new kuzu.Connection(db);
    const keepAlive = setInterval(() => undefined, 60_000);
    try {
      await rows(conn, 'CREATE NODE TABLE M(id STRING, v INT64, PRIMARY KEY (id))');
      await rows(conn, "CREATE (:M {id: 'graph', v: 0})");
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i++) {
        await rows(conn, 'BEGIN TRANSACTION');
        try {
          await rows(conn, "MATCH (m:M {id: 'graph'}) SET m.v = m.v + 1 RETURN m.v");
          if (i % 2 === 1) {
            await rows(conn, 'ROLLBACK');
            await rows(conn, 'CHECKPOINT');
            outcomes.push('r');
          } else {
            await rows(conn, 'COMMIT');
            outcomes.push('c');
          }
        } catch {
          outcomes.push('X');
          await rows(conn, 'ROLLBACK').catch(() => undefined);
        }
      }
      expect(outcomes.join('')).toBe('cr'.repeat(20));
      expect((await rows(conn, "MATCH (m:M {id: 'graph'}) RETURN m.v AS v"))[0]!['v']).toBe(20);
    } finally {
      clearInterval(keepAlive);
      await conn.close();
      await db.close();
    }
  });
});
