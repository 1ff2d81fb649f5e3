/**
 * Crash safety: the built server (`node api/dist/main.js --empty`) is killed with SIGKILL at a
 * random moment while it imports a synthetic map (a few thousand records through importData),
 * again and again on the same database. After every crash the database must open, pass the
 * integrity check, and hold every import whole or not at all: for each import, none or all of its
 * nodes and relationships, one audit event per import that landed, and a graph version that
 * counts exactly the imports that landed. An import whose APPLIED answer reached the client
 * before the kill must be there. Then the server restarts on it and answers /healthz.
 *
 * Each import carries its own id prefix (c0-, c1-, …), so the imports never overlap and the
 * database accumulates the ones that landed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, formatIntegrityReport } from '../../src/backup/integrity.js';
import type { StoredGraph } from '../../src/store/graph-store.js';
import { generateNationalMap, templateCsvFiles } from '../../src/synthetic/national-map.js';
import { tempRoot, withStore } from './support.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CRASHES = 10;
const SCALE = 0.015;

const temp = tempRoot('crash');
const DATA_DIR = temp.dir('data');
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  temp.remove();
});

/** The same synthetic map under a per-import prefix: every node id, relationship id and reference. */
function prefixed(graph: StoredGraph, prefix: string): StoredGraph {
  const p = (id: unknown) => `${prefix}${String(id)}`;
  return {
    graphVersion: 0,
    nodes: graph.nodes.map((n) => ({ label: n.label, props: { ...n.props, id: p(n.props['id']) } })),
    rels: graph.rels.map((r) => ({
      type: r.type, from: p(r.from), to: p(r.to),
      props: { ...r.props, id: p(r.props['id']), ...(typeof r.props['routineId'] === 'string' ? { routineId: p(r.props['routineId']) } : {}) },
    })),
  };
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly stderr: string[];
}

async function startServer(): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env['NEO4J_URI'];
  const child = spawn(process.execPath, ['api/dist/main.js', '--empty'], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited at start (${child.exitCode ?? child.signalCode}):\n${stderr.join('')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { child, url, stderr };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no /healthz within 30 s:\n${stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

const IMPORT = 'mutation($files: [ImportFileInput!]!, $dryRun: Boolean) { importData(files: $files, dryRun: $dryRun) { status graphVersion errors { file line column message } } }';

function sendImport(url: string, files: readonly { name: string; content: string }[], dryRun = false): Promise<{ status?: string; failed?: string }> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: IMPORT, variables: { files, dryRun } }),
  }).then(
    async (response) => {
      const body = (await response.json()) as { data?: { importData?: { status: string; errors: unknown[] } }; errors?: unknown[] };
      if (!body.data?.importData) return { failed: JSON.stringify(body.errors) };
      if (!['APPLIED', 'DRY_RUN'].includes(body.data.importData.status)) return { failed: JSON.stringify(body.data.importData.errors.slice(0, 3)) };
      return { status: body.data.importData.status };
    },
    (error: unknown) => ({ failed: String(error) }),
  );
}

const base = generateNationalMap({ seed: 2026, scale: SCALE });
const filesOf = (i: number) => templateCsvFiles(prefixed(base, `c${i}-`)).map(({ name, content }) => ({ name, content }));
const ROWS = templateCsvFiles(base).reduce((n, f) => n + f.rows, 0);

/** What the database holds of each import, read with the server stopped. */
async function inspect(imports: number) {
  return withStore(DATA_DIR, async (store) => {
    const report = await checkIntegrity(store);
    const graph = await store.loadGraph();
    const perImport = Array.from({ length: imports }, (_, i) => {
      const prefix = `c${i}-`;
      return {
        nodes: graph.nodes.filter((n) => String(n.props['id']).startsWith(prefix)).length,
        rels: graph.rels.filter((r) => r.from.startsWith(prefix)).length,
      };
    });
    const audit = (await store.auxList('audit', 10_000, '\uffff')).length;
    return { report, perImport, graphVersion: graph.graphVersion, totalNodes: graph.nodes.length, totalRels: graph.rels.length, audit };
  });
}

let importMs = 0;
let server: Running;

beforeAll(() => {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build', '-w', 'api'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`npm run build -w api failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`built the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 150_000);

describe('SIGKILL during an import', () => {
  it(`leaves every import whole or absent, ${CRASHES} crashes in a row on one database`, async () => {
    const testStarted = performance.now();
    // Import 0 runs to the end: it measures how long an import takes and what "all" is. A dry run
    // first measures the part before the write (parsing and planning): a kill later than that, on
    // an import that left nothing, hit the transaction.
    server = await startServer();
    const d0 = performance.now();
    expect(await sendImport(server.url, filesOf(0), true)).toEqual({ status: 'DRY_RUN' });
    const planMs = performance.now() - d0;
    const t0 = performance.now();
    const first = await sendImport(server.url, filesOf(0));
    importMs = performance.now() - t0;
    expect(first).toEqual({ status: 'APPLIED' });
    server.child.kill('SIGKILL');
    await exited(server.child);
    const reference = await inspect(1);
    expect(reference.report.problems).toEqual([]);
    const all = reference.perImport[0]!;
    expect(all.nodes).toBe(base.nodes.length);
    expect(all.rels).toBe(base.rels.length);

    const landed = new Set<number>([0]);
    const outcomes: string[] = [];
    const timeline: string[] = [];
    server = await startServer();
    for (let i = 1; i <= CRASHES; i++) {
      const files = filesOf(i);
      // Anywhere from early in the import to a little after a full import's time, so some kills
      // land in the transaction and some after its commit.
      const killAfter = importMs * (0.25 + 1.25 * Math.random());
      const sent = performance.now();
      let answered: { status?: string; failed?: string } | null = null;
      const request = sendImport(server.url, files).then((r) => {
        answered = r;
      });
      await new Promise((r) => setTimeout(r, killAfter));
      const answeredBeforeKill = answered as { status?: string } | null;
      server.child.kill('SIGKILL');
      await exited(server.child);
      await request;
      const killedAt = performance.now() - sent;

      // The database opens, passes the integrity check, and each import is all or nothing.
      const state = await inspect(i + 1);
      if (!state.report.ok) throw new Error(`after crash ${i}:\n${formatIntegrityReport(state.report)}`);
      state.perImport.forEach((got, j) => {
        const whole = got.nodes === all.nodes && got.rels === all.rels;
        const absent = got.nodes === 0 && got.rels === 0;
        expect(whole || absent, `crash ${i}, import ${j}: ${got.nodes}/${all.nodes} nodes, ${got.rels}/${all.rels} relationships`).toBe(true);
        if (j < i) expect(whole, `crash ${i}: an earlier import ${j} changed`).toBe(landed.has(j));
      });
      const thisOne = state.perImport[i]!;
      if (answeredBeforeKill?.status === 'APPLIED') expect(thisOne.nodes, `crash ${i}: import answered APPLIED before the kill is missing`).toBe(all.nodes);
      if (thisOne.nodes > 0) landed.add(i);
      // One committed batch per landed import: the graph version and the audit log count them.
      expect(state.graphVersion).toBe(landed.size);
      expect(state.audit).toBe(landed.size);
      expect(state.totalNodes).toBe(landed.size * all.nodes);
      expect(state.totalRels).toBe(landed.size * all.rels);
      outcomes.push(thisOne.nodes > 0 ? 'after commit' : killedAt < planMs ? 'before the write' : 'during the write');
      timeline.push(`${thisOne.nodes > 0 ? 'all' : 'none'}@${(killedAt / 1000).toFixed(1)}s${answeredBeforeKill ? ' (answered)' : ''}`);

      // The server starts again on it, reports the same graph version, and takes the next import.
      server = await startServer();
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; graphVersion?: number };
      expect(health.status).toBe('ok');
      if (health.graphVersion !== undefined) expect(health.graphVersion).toBe(landed.size);
    }
    server.child.kill('SIGTERM');
    await exited(server.child);
    expect(server.child.exitCode, server.stderr.join('')).toBe(0);
    const seconds = (performance.now() - testStarted) / 1000;
    const count = (what: string) => outcomes.filter((o) => o === what).length;
    console.log(
      `crash safety: ${CRASHES} crashes survived in ${seconds.toFixed(0)} s — SIGKILL during imports of ${ROWS} CSV rows ` +
      `(${all.nodes} nodes, ${all.rels} relationships; planning ${(planMs / 1000).toFixed(1)} s, a full import ${(importMs / 1000).toFixed(1)} s on the first run). ` +
      `Killed before the write: ${count('before the write')}, during the write (nothing landed): ${count('during the write')}, ` +
      `after the commit (landed whole): ${count('after commit')}. ${timeline.join(', ')}`,
    );
  }, 240_000);
});
