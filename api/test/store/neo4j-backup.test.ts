/**
 * Backup and restore on Neo4j 5, and moving a map between the engines as the README says: the
 * demo map in Kuzu → `npm run backup` → `npm run restore` into Neo4j → `npm run backup` from Neo4j
 * gives the same file (apart from `exportedAt` and `engine`) → restored into Kuzu again, the same
 * again. A restore is all or nothing on Neo4j too, refuses a map that is not empty unless --force,
 * and a server already running on the database sees the restored map.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/auth/audit.js';
import { checkIntegrity } from '../../src/backup/integrity.js';
import { parseBackup, type Backup } from '../../src/backup/format.js';
import { createLogger } from '../../src/logger.js';
import { MapService } from '../../src/service/map-service.js';
import { restoreInto as restoreIntoKuzu } from '../../src/store/kuzu/restore-writer.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { restoreInto as restoreIntoNeo4j } from '../../src/store/neo4j/restore-writer.js';
import { exportAt, seedDemo, tempRoot, withoutExportedAt } from '../durability/support.js';
import { neo4jOptions, wipeNeo4j } from '../support/neo4j.js';

const API = fileURLToPath(new URL('../../', import.meta.url));
const temp = tempRoot('neo4j-backup');
afterAll(() => temp.remove());

/** The file with the fields that name when and where it was exported blanked. */
const portable = (text: string) => withoutExportedAt(text).replace(/"engine": "(kuzu|neo4j)"/, '"engine": "…"');

/** Runs a backup CLI as a person would, against the test run's Neo4j. */
function cli(script: 'backup' | 'restore', args: string[]) {
  const { uri, user, password, database } = neo4jOptions();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: API, encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, LOG_LEVEL: 'silent' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function withNeo4j<T>(work: (store: Neo4jStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore(neo4jOptions());
  try {
    await store.init();
    return await work(store);
  } finally {
    await store.close();
  }
}

const parsed = (text: string): Backup => {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.backup;
};

let fromKuzu: { backup: Backup; text: string };
const KUZU_FILE = temp.dir('from-kuzu.json');

beforeAll(async () => {
  await wipeNeo4j();
  const source = temp.dir('kuzu-source');
  await seedDemo(source);
  fromKuzu = await exportAt(source);
  writeFileSync(KUZU_FILE, fromKuzu.text);
});

describe('moving a map from Kuzu to Neo4j and back', () => {
  it('restores a Kuzu backup into Neo4j with the CLIs, and the Neo4j backup is the same file', async () => {
    const restored = cli('restore', ['--in', KUZU_FILE]);
    expect(restored.output).not.toMatch(/refused|failed/);
    expect(restored.status).toBe(0);
    const neo4jFile = temp.dir('from-neo4j.json');
    const backedUp = cli('backup', ['--out', neo4jFile]);
    expect(backedUp.status, backedUp.output).toBe(0);
    const text = readFileSync(neo4jFile, 'utf8');
    expect(parsed(text).engine).toBe('neo4j');
    expect(portable(text)).toBe(portable(fromKuzu.text));

    await withNeo4j(async (store) => {
      const report = await checkIntegrity(store);
      expect(report.problems).toEqual([]);
      expect(await store.graphVersion()).toBe(fromKuzu.backup.graphVersion);
      const [event] = await auditLog(store, 10, null);
      expect(event).toMatchObject({ operation: 'restore', whoId: 'system:restore' });
    });

    // And back: the Neo4j backup restored into a new Kuzu database exports the Kuzu file again.
    const kuzuAgain = temp.dir('kuzu-again');
    await restoreIntoKuzu(kuzuAgain, parsed(text));
    expect(portable((await exportAt(kuzuAgain)).text)).toBe(portable(fromKuzu.text));
  });

  it('refuses a Neo4j map that is not empty, writing nothing; --force replaces it and keeps the records beside the map', async () => {
    await withNeo4j((store) => store.auxPut({ id: 'acc-kept', kind: 'account', key: 'anna', json: '{}', createdAt: '2026-01-01T00:00:00.000Z' }));
    const before = await withNeo4j((store) => store.graphVersion());
    const refused = cli('restore', ['--in', KUZU_FILE]);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/not empty.*--force/);
    expect(await withNeo4j((store) => store.graphVersion())).toBe(before);

    const outcome = await restoreIntoNeo4j(neo4jOptions(), fromKuzu.backup, { force: true });
    expect(outcome).toMatchObject({ nodes: fromKuzu.backup.nodes.length, deleted: fromKuzu.backup.nodes.length, graphVersion: before + 1 });
    const graph = await withNeo4j(async (store) => {
      expect(await store.auxGet('acc-kept')).toMatchObject({ key: 'anna' });
      return store.loadGraph();
    });
    expect(graph.nodes).toHaveLength(fromKuzu.backup.nodes.length);
    expect(graph.rels).toHaveLength(fromKuzu.backup.relationships.length);
  });

  it('rolls back whole on Neo4j when a record cannot be written', async () => {
    await wipeNeo4j();
    const broken: Backup = {
      ...fromKuzu.backup,
      relationships: [...fromKuzu.backup.relationships, { ...fromKuzu.backup.relationships[0]!, from: 'no-such-actor', props: { ...fromKuzu.backup.relationships[0]!.props, id: 'zz-dangling' } }],
    };
    await expect(restoreIntoNeo4j(neo4jOptions(), broken)).rejects.toThrow(/zz-dangling.*was not written/);
    const twice: Backup = { ...fromKuzu.backup, nodes: [...fromKuzu.backup.nodes, fromKuzu.backup.nodes[0]!] };
    // The database's own reason reaches the caller (the uniqueness constraint of cypher/schema/neo4j.cypher).
    await expect(restoreIntoNeo4j(neo4jOptions(), twice)).rejects.toThrow(/already exists with label `\w+` and property `id`/);
    await withNeo4j(async (store) => {
      const graph = await store.loadGraph();
      expect(graph.nodes.length + graph.rels.length + graph.graphVersion).toBe(0);
      expect(await store.auxList('audit', 10, '\uffff')).toEqual([]);
    });
  });

  it('a server already running on the database serves the restored map, and its stale write is refused', async () => {
    await wipeNeo4j();
    await withNeo4j(async (store) => {
      const service = new MapService(store, createLogger('silent'));
      expect((await service.snapshot()).nodes.size).toBe(0);
      await restoreIntoNeo4j(neo4jOptions(), fromKuzu.backup);
      const snapshot = await service.snapshot();
      expect(snapshot.nodes.size).toBe(fromKuzu.backup.nodes.length);
      expect(snapshot.rels.size).toBe(fromKuzu.backup.relationships.length);
      // A batch planned before the restore is refused by the store, not written over it.
      await expect(store.write({ ops: [], basedOn: 0, now: '2026-01-01T00:00:00.000Z' })).rejects.toThrow(/graph-moved/);
    });
  });
});
