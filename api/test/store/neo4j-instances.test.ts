/**
 * Several API instances over one Neo4j: two server processes (`node api/src/main.ts`, as
 * deployed, each with its own driver, read model and write queue) on the run's Neo4j database.
 * What one writes the other serves on its next request; a stale version is refused as CONFLICT
 * whichever instance the stale writer uses; writers on both at once all land or get CONFLICT,
 * and both end with the same map. How the lagging instance catches up (reload or change feed)
 * is not looked at, only what it answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED } from '../support/harness.js';
import { neo4jOptions, wipeNeo4j } from '../support/neo4j.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Instance {
  readonly name: string;
  readonly child: ChildProcess;
  readonly stderr: string[];
  gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string; extensions: { code: string } }[] }>;
  health(): Promise<{ engine: string; graphVersion: number }>;
}

const instances: Instance[] = [];

async function startInstance(name: string): Promise<Instance> {
  const { uri, user, password, database } = neo4jOptions();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database,
    PORT: String(port), HOST: '127.0.0.1', AUTH_MODE: 'none', LOG_LEVEL: 'warn', SEED_DIR: DEMO_SEED, NODE_ENV: 'development',
  };
  delete env['TEST_ENGINE'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    name, child, stderr,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Awaited<ReturnType<Instance['gql']>>;
    },
    async health() {
      return (await (await fetch(`${url}/healthz`)).json()) as { engine: string; graphVersion: number };
    },
  };
  instances.push(instance);
  // Up when /healthz answers; the test's own timeout bounds the wait.
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited at start:\n${stderr.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const data = (response: Awaited<ReturnType<Instance['gql']>>) => {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data;
};

const ACTOR = '{ actor(id: "krokom-kommun") { id name description version } }';
const actorOn = async (instance: Instance) => data(await instance.gql(ACTOR)).actor as { name: string; description: string | null; version: number };
const update = (instance: Instance, version: number, description: string) =>
  instance.gql('mutation($v: Int!, $d: String) { updateActor(id: "krokom-kommun", version: $v, patch: {description: $d}) { version description } }', { v: version, d: description });

let a: Instance;
let b: Instance;

beforeAll(async () => {
  await wipeNeo4j();
  // A seeds the empty database with the demo map; B starts on a database already written.
  a = await startInstance('A');
  b = await startInstance('B');
}, 180_000);

afterAll(async () => {
  await Promise.all(instances.map((i) => new Promise<void>((resolve) => {
    if (i.child.exitCode !== null || i.child.signalCode !== null) return resolve();
    i.child.once('exit', () => resolve());
    i.child.kill('SIGTERM');
  })));
});

describe('two API instances over one Neo4j', () => {
  it('serve the same map at the same graph version', async () => {
    const [ha, hb] = [await a.health(), await b.health()];
    expect(ha).toEqual(hb);
    expect(ha.engine).toBe('neo4j');
    expect(ha.graphVersion).toBeGreaterThan(0);
    const count = '{ actors(first: 1) { totalCount } networks(first: 1) { totalCount } }';
    expect(data(await b.gql(count))).toEqual(data(await a.gql(count)));
    expect(data(await a.gql(count)).actors.totalCount).toBeGreaterThan(100);
  });

  it('a node created through A is served by B, and one deleted through B is gone from A', async () => {
    const created = data(await a.gql(`mutation { createActor(input: {id: "krokom-familjecentral-ny", name: "Familjecentralen Ny",
      kind: FAMILY_CENTRE, sector: MUNICIPAL, level: LOCAL, firstLine: true, areaId: "krokom"}) { id version } }`)).createActor;
    expect(created).toEqual({ id: 'krokom-familjecentral-ny', version: 1 });
    const onB = data(await b.gql('{ actor(id: "krokom-familjecentral-ny") { name area { id } } search(text: "familjecentralen ny", first: 3) { id } }'));
    expect(onB.actor).toEqual({ name: 'Familjecentralen Ny', area: { id: 'krokom' } });
    expect(onB.search.map((hit: { id: string }) => hit.id)).toContain('krokom-familjecentral-ny');

    expect(data(await b.gql('mutation { deleteActor(id: "krokom-familjecentral-ny", version: 1) { id } }')).deleteActor.id).toBe('krokom-familjecentral-ny');
    expect(data(await a.gql('{ actor(id: "krokom-familjecentral-ny") { id } }')).actor).toBeNull();
    expect(await a.health()).toEqual(await b.health());
  });

  it('versions hold across instances: a write through A makes B’s stale update a CONFLICT, and B’s fresh one lands', async () => {
    const before = await actorOn(b);
    expect(await actorOn(a)).toEqual(before);
    expect(data(await update(a, before.version, 'Skrivet via A')).updateActor).toEqual({ version: before.version + 1, description: 'Skrivet via A' });

    // B's user read the old version; writing with it is refused, and nothing changes.
    const stale = await update(b, before.version, 'Skrivet via B med gammal version');
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const seenByB = await actorOn(b);
    expect(seenByB).toMatchObject({ version: before.version + 1, description: 'Skrivet via A' });

    expect(data(await update(b, seenByB.version, 'Skrivet via B')).updateActor.version).toBe(before.version + 2);
    expect(await actorOn(a)).toMatchObject({ version: before.version + 2, description: 'Skrivet via B' });
  });

  it('writers on both instances at once: every write lands or gets CONFLICT with nothing written, and both end with the same map', async () => {
    // 20 creates of different records, half through each instance, all at once: under contention a
    // write may be refused (CONFLICT, "try again") but never half-written, lost or INTERNAL.
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).gql(
      `mutation { createTopic(input: {id: "topic-parallel-${i}", name: "Parallellt ämne ${i}"}) { id } }`)));
    const landed = created.flatMap((r, i) => (r.errors?.length ? [] : [`topic-parallel-${i}`]));
    expect(created.flatMap((r) => r.errors ?? []).map((e) => e.extensions.code).filter((c) => c !== 'CONFLICT')).toEqual([]);
    expect(landed.length).toBeGreaterThan(0);
    console.log(`two instances, 20 simultaneous creates: ${landed.length} landed, ${20 - landed.length} CONFLICT (try again)`);
    const parallelTopics = async (instance: Instance) =>
      (data(await instance.gql('{ search(text: "parallellt ämne", first: 100) { id } }')).search as { id: string }[])
        .map((hit) => hit.id).filter((id) => id.startsWith('topic-parallel-')).sort();
    expect(await parallelTopics(a)).toEqual([...landed].sort());
    expect(await parallelTopics(b)).toEqual([...landed].sort());

    // 20 updates of one record with the version read before, through both at once: exactly one lands.
    const start = await actorOn(a);
    const updated = await Promise.all(Array.from({ length: 20 }, (_, i) => update(i % 2 ? b : a, start.version, `Samtidig skrivning ${i}`)));
    const codes = updated.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    const winner = codes.indexOf('OK');
    for (const instance of [a, b]) {
      expect(await actorOn(instance), instance.name).toMatchObject({ version: start.version + 1, description: `Samtidig skrivning ${winner}` });
    }
    expect(await a.health()).toEqual(await b.health());
    for (const instance of instances) expect(instance.stderr.join(''), instance.name).not.toMatch(/"level":"(error|fatal)"/);
  });
});
