/**
 * What `npm run bench` measures through HTTP on a running test server, the same for each engine
 * (run.ts on Kuzu, neo4j.ts on Neo4j): warm reads, the first read after a write, a write, and how
 * many store calls a request makes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { GraphStore } from '../src/store/graph-store.js';
import type { TestServer } from '../test/support/harness.js';

export type Row = [what: string, value: string, budget: string];

export function summary(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]! };
}
export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export async function timeQuery(url: string, query: string, runs: number, beforeEach?: () => Promise<void>): Promise<number[]> {
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

/** Wraps a store so every call is counted. */
export function counting(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let calls = 0;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (...args: unknown[]) => ((calls += 1), value.apply(target, args)) : value;
    },
  });
  return { store: wrapped, calls: () => calls, reset: () => (calls = 0) };
}

const GRAPH = '{ graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } } }';
const WRITE = 'mutation { markVerified(ids: ["berg-forskola"]) }';
const actorsQuery = (n: number) => `{ actors(first: ${n}) { totalCount edges { node { id name kind sector area { id name }
  memberships { role network { id name } } } } } }`;

/** The HTTP budgets on `server` (the demo map seeded), its store counted by `counter`. */
export async function measureApi(server: TestServer, counter: { calls: () => number; reset: () => void }): Promise<Row[]> {
  const rows: Row[] = [];
  const graph = summary(await timeQuery(server.url, GRAPH, 200));
  rows.push(['graph, whole Jämtland map, HTTP, warm', `median ${fmt(graph.median)}, p95 ${fmt(graph.p95)}`, 'median < 20 ms']);
  // After a write the next request reloads the snapshot and executes the query afresh.
  const write = async () => {
    await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: WRITE }) });
  };
  const graphMiss = summary(await timeQuery(server.url, GRAPH, 50, write));
  rows.push(['graph, first request after a write (reload + execute)', `median ${fmt(graphMiss.median)}, p95 ${fmt(graphMiss.p95)}`, '—']);
  const writes = summary(await timeQuery(server.url, WRITE, 50));
  rows.push(['a write (markVerified of one actor), HTTP', `median ${fmt(writes.median)}, p95 ${fmt(writes.p95)}`, '—']);

  const actors = summary(await timeQuery(server.url, actorsQuery(50), 200));
  rows.push(['actors(first: 50) with members and areas, warm', `median ${fmt(actors.median)}, p95 ${fmt(actors.p95)}`, 'median < 10 ms']);
  const perRequest: number[] = [];
  for (const n of [5, 50, 200]) {
    await timeQuery(server.url, actorsQuery(n), 0);
    counter.reset();
    await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: actorsQuery(n) }) });
    perRequest.push(counter.calls());
  }
  rows.push(['store calls per actors request (5 / 50 / 200)', perRequest.join(' / '), 'constant']);

  const search = summary(await timeQuery(server.url, '{ search(text: "Ostersund socialtjanst", first: 10) { id label } }', 200));
  rows.push(['search, warm', `median ${fmt(search.median)}, p95 ${fmt(search.p95)}`, '—']);
  return rows;
}

export function printRows(title: string, rows: readonly Row[]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\n${title}\n\n`);
  for (const [what, value, budget] of rows) process.stdout.write(`${what.padEnd(width)}  ${value}   [budget: ${budget}]\n`);
}

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** From spawning the built server (as `npm start` runs it) to a healthy /healthz, on the database `env` names. */
export async function coldStart(env: NodeJS.ProcessEnv): Promise<number> {
  const port = 4500 + Math.floor(Math.random() * 400);
  const start = performance.now();
  // From the repository root, as `npm start` runs it (the rules files are found relative to it).
  const child = spawn(process.execPath, [MAIN], { cwd: REPO, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
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
