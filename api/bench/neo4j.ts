/**
 * The budgets of `npm run bench` on Neo4j, beside Kuzu in the same run: a throw-away Neo4j 5
 * Community server is started for it (scripts/neo4j/, fetched from Maven Central on first use)
 * and stopped afterwards. Without Java 17 and Maven the Neo4j part is skipped, saying why.
 * Never pointed at NEO4J_URI: it empties the database it measures on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startNeo4j, whyUnavailable, type RunningNeo4j } from '../../scripts/neo4j/neo4j-server.mjs';
import { exportBackup } from '../src/backup/export.js';
import { createLogger } from '../src/logger.js';
import { seed } from '../src/server/seed.js';
import { MapService } from '../src/service/map-service.js';
import { restoreInto as restoreIntoKuzu } from '../src/store/kuzu/restore-writer.js';
import { Neo4jStore, type Neo4jOptions } from '../src/store/neo4j/neo4j-store.js';
import { restoreInto as restoreIntoNeo4j } from '../src/store/neo4j/restore-writer.js';
import { startTestServer } from '../test/support/harness.js';
import { coldStart, counting, fmt, measureApi, summary, type Row } from './measure.js';

const SEED = fileURLToPath(new URL('../../seed/jamtland-2024/', import.meta.url));

async function withStore<T>(options: Neo4jOptions, work: (store: Neo4jStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore(options);
  try {
    await store.init();
    return await work(store);
  } finally {
    await store.close();
  }
}

const wipe = (options: Neo4jOptions) => withStore(options, async (store) => {
  // The map, then the records beside it, through the adapter's own statements.
  const graph = await store.loadGraph();
  if (graph.nodes.length > 0) {
    await store.write({ ops: graph.nodes.map((n) => ({ op: 'deleteNode', label: n.label, id: String(n.props['id']) })), basedOn: graph.graphVersion, now: new Date().toISOString() });
  }
});

export async function neo4jBench(): Promise<Row[]> {
  const why = whyUnavailable();
  if (why) {
    process.stderr.write(`bench: Neo4j part skipped — ${why}\n`);
    return [];
  }
  let server: RunningNeo4j | null = null;
  try {
    server = await startNeo4j({ log: (line) => process.stderr.write(`${line}\n`) });
    const options: Neo4jOptions = { uri: server.uri, user: server.user, password: server.password, database: server.database };
    const env = { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database };
    const rows: Row[] = [[`Neo4j ${server.version} Community, local JVM: start → Bolt ready`, fmt(server.startMs), '—']];

    const seeded = await withStore(options, async (store) => {
      const service = new MapService(store, createLogger('warn'));
      const started = performance.now();
      const report = await seed(service, SEED);
      const ms = performance.now() - started;
      const snapshot = await service.snapshot();
      return { ms, report, snapshot, backup: (await exportBackup(store)).backup };
    });
    rows.push(['seed the demo map (first start)', `${fmt(seeded.ms)} (${seeded.snapshot.nodes.size} nodes, ${seeded.snapshot.rels.size} relationships, ${seeded.report.status})`, '—']);

    const colds: number[] = [];
    for (let i = 0; i < 5; i++) colds.push(await coldStart(env));
    const cold = summary(colds);
    rows.push(['cold start on existing database → healthy', `median ${fmt(cold.median)}, min ${fmt(cold.min)} (5 runs)`, '< 3000 ms']);

    const restoreStarted = performance.now();
    await restoreIntoNeo4j(options, seeded.backup, { force: true });
    rows.push(['restore the demo map (forced, over the same map)', fmt(performance.now() - restoreStarted), '—']);
    const kuzuDir = mkdtempSync(join(tmpdir(), 'aktorskartan-bench-restore-'));
    try {
      const started = performance.now();
      await restoreIntoKuzu(kuzuDir, seeded.backup);
      rows.push(['  the same file restored into an empty Kuzu, for comparison', fmt(performance.now() - started), '—']);
    } finally {
      rmSync(kuzuDir, { recursive: true, force: true });
    }

    await wipe(options);
    const store = new Neo4jStore(options);
    await store.init();
    const counter = counting(store);
    const api = await startTestServer({ seedDemo: true, wrapStore: () => counter.store });
    try {
      rows.push(...(await measureApi(api, counter)));
    } finally {
      await api.close();
      await store.close();
    }
    return rows;
  } catch (error) {
    process.stderr.write(`bench: the Neo4j part failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return [['Neo4j part', `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, '—']];
  } finally {
    await server?.stop();
  }
}
