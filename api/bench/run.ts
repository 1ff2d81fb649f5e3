/**
 * `npm run bench`: the foundation's budgets, measured on this machine and printed.
 *   - graph (whole Jämtland map) through HTTP, warm: median < 20 ms
 *   - actors(first: 50) with members and areas, warm: median < 10 ms; store calls constant
 *   - cold start of the server on an existing database to healthy: < 3 s
 * Numbers, not assertions: the machines are shared and noisy (tests never time things).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startTestServer } from '../test/support/harness.js';
import { analysisBench } from './analysis.js';
import { createLogger } from '../src/logger.js';
import { seed } from '../src/server/seed.js';
import { MapService } from '../src/service/map-service.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';
import type { GraphStore } from '../src/store/graph-store.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(new URL('../../seed/jamtland-2024/', import.meta.url));

function summary(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]! };
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function timeQuery(url: string, query: string, runs: number, beforeEach?: () => Promise<void>): Promise<number[]> {
  const body = JSON.stringify({ query });
  const once = async () => {
    await beforeEach?.();
    const start = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return performance.now() - start;
  };
  for (let i = 0; i < 20; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return samples;
}

async function coldStart(dataDir: string): Promise<number> {
  const port = 4500 + Math.floor(Math.random() * 400);
  const start = performance.now();
  // From the repository root, as `npm start` runs it (the rules files are found relative to it).
  const child = spawn(process.execPath, [MAIN], { cwd: REPO, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}: ${stderr}`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return performance.now() - start;
      } catch {
        // not listening yet
      }
      if (performance.now() - start > 30_000) throw new Error('server did not become healthy in 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** The write-path budgets on the national synthetic map, in a process of its own (bench/national-writes.ts). */
function nationalWritesBench(): [string, string, string][] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./national-writes.ts', import.meta.url))], { encoding: 'utf8', maxBuffer: 1 << 22 });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, any>;
  const health = (h: { n: number; p50: number; p99: number; max: number }) => `p50 ${h.p50} ms, p99 ${h.p99} ms, max ${h.max} ms (${h.n} requests)`;
  return [
    ['national map: import of the whole map (one transaction)', `${(r['importMs'] / 1000).toFixed(1)} s (${r['nodes']} nodes, ${r['relationships']} relationships, ${r['importStatus']})`, '≤ 60 s'],
    ['national map: /healthz during the import', health(r['healthzDuringImport']), 'p99 ≤ 50 ms'],
    ['national map: full analysis in the worker after the import', `${(r['analysisInWorkerMs'] / 1000).toFixed(1)} s to results (run ${(r['analysisComputedInMs'] / 1000).toFixed(1)} s)`, '≤ 2 s (rules: issue 8)'],
    ['national map: /healthz during the analysis', health(r['healthzDuringAnalysis']), 'p99 ≤ 50 ms'],
    ['national map: one updateActor through HTTP', `median ${r['updateActorMs'].median} ms, p95 ${r['updateActorMs'].p95} ms`, 'median ≤ 50 ms'],
    ['national map: restore of its backup into an empty database', `${(r['restoreMs'] / 1000).toFixed(1)} s`, '≤ 60 s'],
  ];
}

async function main(): Promise<void> {
  const rows: [string, string, string][] = [];

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
  for (let i = 0; i < 5; i++) colds.push(await coldStart(dataDir));
  const cold = summary(colds);
  rows.push(['cold start on existing database → healthy', `median ${fmt(cold.median)}, min ${fmt(cold.min)} (5 runs)`, '< 3000 ms']);
  rmSync(dataDir, { recursive: true, force: true });

  let calls = 0;
  const server = await startTestServer({
    seedDemo: true,
    wrapStore: (s): GraphStore => new Proxy(s, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (...args: unknown[]) => ((calls += 1), value.apply(target, args)) : value;
      },
    }),
  });
  try {
    const graph = summary(await timeQuery(server.url,
      '{ graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } } }', 200));
    rows.push(['graph, whole Jämtland map, HTTP, warm', `median ${fmt(graph.median)}, p95 ${fmt(graph.p95)}`, 'median < 20 ms']);
    // After a write the next request reloads the snapshot and executes the query afresh.
    const write = async () => {
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { markVerified(ids: ["berg-forskola"]) }' }) });
    };
    const graphMiss = summary(await timeQuery(server.url,
      '{ graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } } }', 50, write));
    rows.push(['graph, first request after a write (reload + execute)', `median ${fmt(graphMiss.median)}, p95 ${fmt(graphMiss.p95)}`, '—']);

    const actorsQuery = (n: number) => `{ actors(first: ${n}) { totalCount edges { node { id name kind sector area { id name }
      memberships { role network { id name } } } } } }`;
    const actors = summary(await timeQuery(server.url, actorsQuery(50), 200));
    rows.push(['actors(first: 50) with members and areas, warm', `median ${fmt(actors.median)}, p95 ${fmt(actors.p95)}`, 'median < 10 ms']);

    const perRequest: number[] = [];
    for (const n of [5, 50, 200]) {
      calls = 0;
      await timeQuery(server.url, actorsQuery(n), 0);
      calls = 0;
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: actorsQuery(n) }) });
      perRequest.push(calls);
    }
    rows.push(['store calls per actors request (5 / 50 / 200)', perRequest.join(' / '), 'constant']);

    const search = summary(await timeQuery(server.url, '{ search(text: "Ostersund socialtjanst", first: 10) { id label } }', 200));
    rows.push(['search, warm', `median ${fmt(search.median)}, p95 ${fmt(search.p95)}`, '—']);
  } finally {
    await server.close();
  }

  if (!process.argv.includes('--foundation-only')) rows.push(...(await analysisBench()));
  if (!process.argv.includes('--foundation-only')) rows.push(...nationalWritesBench());

  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\nAktörskartan foundation benchmark (Node ${process.version}, ${new Date().toISOString()})\n\n`);
  for (const [what, value, budget] of rows) process.stdout.write(`${what.padEnd(width)}  ${value}   [budget: ${budget}]\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
