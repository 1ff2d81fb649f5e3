/**
 * `npm run bench`: the foundation's budgets, measured on this machine and printed.
 *   - graph (whole Jämtland map) through HTTP, warm: median < 20 ms
 *   - actors(first: 50) with members and areas, warm: median < 10 ms; store calls constant
 *   - cold start of the server on an existing database to healthy: < 3 s
 * On Kuzu, and on Neo4j beside it when a Neo4j server can be started here (bench/neo4j.ts;
 * `--kuzu-only` leaves it out). Numbers, not assertions: the machines are shared and noisy (tests never time things).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startTestServer } from '../test/support/harness.js';
import { analysisBench } from './analysis.js';
import { coldStart, counting, fmt, measureApi, printRows, summary, type Row } from './measure.js';
import { neo4jBench } from './neo4j.js';
import { createLogger } from '../src/logger.js';
import { seed } from '../src/server/seed.js';
import { MapService } from '../src/service/map-service.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';

const SEED = fileURLToPath(new URL('../../seed/jamtland-2024/', import.meta.url));

async function main(): Promise<void> {
  const rows: Row[] = [];

  // Seeding a fresh database (first start).
  const dataDir = mkdtempSync(join(tmpdir(), 'aktorskartan-bench-'));
  const store = new KuzuStore(dataDir);
  await store.init();
  const service = new MapService(store, createLogger('warn'));
  const seedStart = performance.now();
  const report = await seed(service, SEED);
  const seedMs = performance.now() - seedStart;
  const snapshot = await service.snapshot();
  await store.close();
  rows.push(['seed the demo map (first start)', `${fmt(seedMs)} (${snapshot.nodes.size} nodes, ${snapshot.rels.size} relationships, ${report.status})`, '—']);

  const colds: number[] = [];
  for (let i = 0; i < 5; i++) colds.push(await coldStart({ DATA_DIR: dataDir }));
  const cold = summary(colds);
  rows.push(['cold start on existing database → healthy', `median ${fmt(cold.median)}, min ${fmt(cold.min)} (5 runs)`, '< 3000 ms']);
  rmSync(dataDir, { recursive: true, force: true });

  let counter: ReturnType<typeof counting> | null = null;
  const server = await startTestServer({
    seedDemo: true,
    wrapStore: (s) => (counter = counting(s)).store,
  });
  try {
    rows.push(...(await measureApi(server, counter!)));
  } finally {
    await server.close();
  }

  const neo4jRows = process.argv.includes('--kuzu-only') ? [] : await neo4jBench();
  if (!process.argv.includes('--foundation-only')) rows.push(...(await analysisBench()));

  printRows(`Aktörskartan foundation benchmark (Node ${process.version}, ${new Date().toISOString()}) — Kuzu (embedded)`, rows);
  if (neo4jRows.length > 0) printRows('The same on Neo4j (bench/neo4j.ts)', neo4jRows);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
