/**
 * A Kuzu database made by an earlier version (an Actor table without the contact-channel
 * columns) opens, gains the columns at init, keeps its records, and takes an actor with a phone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, stripComments } from '../../src/store/cypher-files.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { ok, startTestServer } from '../support/harness.js';

const root = mkdtempSync(join(tmpdir(), 'aktorskartan-migrate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Today's schema with the Actor columns added since taken out: the schema of the earlier version. */
function earlierSchema(): string[] {
  const text = stripComments(readFileSync(join(CYPHER_DIR, 'schema', 'kuzu.cypher'), 'utf8')).replace(', phone STRING, website STRING, email STRING, personDependent BOOLEAN', '');
  return text.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}

async function makeEarlierDatabase(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const db = new kuzu.Database(`${dir}/graph.kuzu`);
  const conn = new kuzu.Connection(db);
  const run = async (statement: string) => {
    const result = await conn.query(statement);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  };
  for (const statement of earlierSchema()) await run(statement);
  await run(`CREATE (:Actor {id: 'gammal-enhet', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
    name: 'Gammal enhet', kind: 'OTHER', sector: 'MUNICIPAL', level: 'LOCAL', firstLine: false})`);
  await conn.close();
  await db.close();
}

async function actorColumns(dir: string): Promise<string[]> {
  const db = new kuzu.Database(`${dir}/graph.kuzu`);
  const conn = new kuzu.Connection(db);
  const result = await conn.query("CALL TABLE_INFO('Actor') RETURN name");
  const first = Array.isArray(result) ? result[0]! : result;
  const names = (first.getAllSync() as { name: string }[]).map((r) => r.name);
  first.close();
  await conn.close();
  await db.close();
  return names;
}

describe('Kuzu migration at init', () => {
  it('adds the contact-channel columns to an earlier database, keeps its actors, and writes a phone', async () => {
    const dir = join(root, 'earlier');
    await makeEarlierDatabase(dir);
    expect(await actorColumns(dir)).not.toContain('phone');

    const store = new KuzuStore(dir);
    await store.init();
    await store.init(); // idempotent: a second start changes nothing and does not fail
    const server = await startTestServer({ sharedStore: store });
    try {
      const old = ok(await server.gql('{ actor(id: "gammal-enhet") { name phone website email } }'));
      expect(old.actor).toEqual({ name: 'Gammal enhet', phone: null, website: null, email: null });
      const created = ok(await server.gql(`mutation { createActor(input: {id: "ny-enhet", name: "Ny enhet", kind: OTHER, sector: MUNICIPAL,
        level: LOCAL, phone: "063-14 30 00", email: "ny.enhet@example.se"}) { phone email } }`));
      expect(created.createActor).toEqual({ phone: '063-14 30 00', email: 'ny.enhet@example.se' });
    } finally {
      await server.close();
      await store.close();
    }
    expect(await actorColumns(dir)).toEqual(expect.arrayContaining(['phone', 'website', 'email', 'personDependent']));
    const reopened = new KuzuStore(dir);
    await reopened.init();
    const graph = await reopened.loadGraph();
    await reopened.close();
    expect(graph.nodes.find((n) => n.props['id'] === 'ny-enhet')?.props['phone']).toBe('063-14 30 00');
  });
});
