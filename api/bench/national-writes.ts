/**
 * The write-path budgets on the synthetic national map (seed 42, scale 1), in a process of its own:
 *   node --import tsx bench/national-writes.ts [--scale 1]
 *   - import of the whole map (all or nothing): ≤ 60 s
 *   - /healthz p99 while the import and then the analysis run: ≤ 50 ms
 *   - full analysis in the worker after the import: ≤ 2 s (the rules' own speed is issue 8's)
 *   - one updateActor through HTTP: median ≤ 50 ms
 *   - restore of a backup of the whole map into an empty database: ≤ 60 s
 * Prints one JSON line. Numbers, not assertions: the machine is shared.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportBackup } from '../src/backup/export.js';
import { importData } from '../src/service/import-data.js';
import { restoreInto } from '../src/store/kuzu/restore-writer.js';
import { generateNationalMap, templateCsvFiles } from '../src/synthetic/national-map.js';
import { ok, startTestServer } from '../test/support/harness.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN) * 10) / 10;
};

/** Polls /healthz every 20 ms (one request at a time) until `done` settles; the latencies. */
async function healthWhile(url: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const samples: number[] = [];
  while (!finished) {
    const t = performance.now();
    try {
      await (await fetch(`${url}/healthz`)).json();
      samples.push(performance.now() - t);
    } catch (error) {
      // Counted, not hidden: a health check that fails is the worst latency of all.
      failures.push(String(error));
      samples.push(Number.POSITIVE_INFINITY);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return samples;
}

const failures: string[] = [];
const scale = arg('scale', 1);
const graph = generateNationalMap({ seed: arg('seed', 42), scale });
const files = templateCsvFiles(graph).map((f) => ({ name: f.name, content: f.content }));
const server = await startTestServer();
const out: Record<string, unknown> = { scale, nodes: graph.nodes.length, relationships: graph.rels.length };
try {
  const writer = server.service.as({ kind: 'system', id: 'bench', name: 'bench' } as never, 'importData');
  let t = performance.now();
  const importing = importData(writer, files, false);
  const duringImport = await healthWhile(server.url, importing);
  const report = (await importing).result;
  out['importMs'] = Math.round(performance.now() - t);
  out['importStatus'] = report.status;
  out['importErrors'] = report.errors.slice(0, 3);
  out['healthzDuringImport'] = { n: duringImport.length, p50: quantile(duringImport, 0.5), p99: quantile(duringImport, 0.99), max: quantile(duringImport, 1) };

  t = performance.now();
  const analysing = server.analysis.settled();
  const duringAnalysis = await healthWhile(server.url, analysing);
  out['analysisInWorkerMs'] = Math.round(performance.now() - t);
  const latest = await server.analysis.latest(await server.service.snapshot());
  out['analysisComputedInMs'] = latest.results.analysis.computedInMs;
  out['analysisTimings'] = latest.results.analysis.timings;
  out['healthzDuringAnalysis'] = { n: duringAnalysis.length, p50: quantile(duringAnalysis, 0.5), p99: quantile(duringAnalysis, 0.99), max: quantile(duringAnalysis, 1) };

  const actors = (await server.service.snapshot()).all('Actor').slice(0, 40);
  const updates: number[] = [];
  for (const [i, actor] of actors.entries()) {
    const current = (await server.service.snapshot()).nodeOf('Actor', actor.id)!;
    const start = performance.now();
    ok(await server.gql(`mutation($id: ID!, $v: Int!, $d: String!) { updateActor(id: $id, version: $v, patch: {description: $d}) { version } }`,
      { id: actor.id, v: current.version, d: `bench ${i}` }));
    updates.push(performance.now() - start);
  }
  out['updateActorMs'] = { n: updates.length, median: quantile(updates.slice(5), 0.5), p95: quantile(updates.slice(5), 0.95) };
  out['readModel'] = server.service.moves;

  // One write, then until the analysis of its version is in on the API's side (the worker is warm:
  // the analysis after a write, not the first after start-up or an import).
  await server.analysis.settled();
  const toResults: number[] = [];
  const runs: number[] = [];
  for (const [i, actor] of actors.slice(0, 5).entries()) {
    const current = (await server.service.snapshot()).nodeOf('Actor', actor.id)!;
    ok(await server.gql(`mutation($id: ID!, $v: Int!, $d: String!) { updateActor(id: $id, version: $v, patch: {description: $d}) { version } }`,
      { id: actor.id, v: current.version, d: `bench again ${i}` }));
    const start = performance.now();
    await server.analysis.settled();
    toResults.push(performance.now() - start);
    runs.push((await server.analysis.latest(await server.service.snapshot())).results.analysis.computedInMs);
  }
  out['writeToResultsMs'] = { n: toResults.length, median: quantile(toResults, 0.5), max: quantile(toResults, 1), runMedian: quantile(runs, 0.5) };

  const { backup } = await exportBackup(server.store);
  const dir = mkdtempSync(join(tmpdir(), 'aktorskartan-bench-restore-'));
  try {
    t = performance.now();
    const restored = await restoreInto(dir, backup);
    out['restoreMs'] = Math.round(performance.now() - t);
    out['restored'] = { nodes: restored.nodes, relationships: restored.relationships };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await server.close();
}
out['healthzFailures'] = failures.slice(0, 3);
out['maxRssMb'] = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
