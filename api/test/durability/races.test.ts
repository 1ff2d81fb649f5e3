/**
 * Two writers race on the same actor through the real GraphQL API, 1,000 times each: each reads
 * the actor's version and sends updateActor(id, version, patch) with a description of its own.
 * Every attempt must either land (and return the next version) or be refused with CONFLICT —
 * never overwrite silently. Checked by counting: the final version is 1 + the successful updates,
 * the versions handed out are exactly 2…n+1, each one past the version its writer read, and the
 * final description is the one the last successful writer sent.
 *
 *
 * Through one API instance the writers meet in its write queue and its planner. So the race runs
 * a second time through two API instances (two MapServices, each with its own queue and read
 * model) over one store: their batches meet at the store, which refuses the stale one (counted),
 * and the refused instance catches up from the change feed and plans again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type GraphQLResponse, type TestServer } from '../support/harness.js';
import { StoreRefusedError, type GraphStore } from '../../src/store/graph-store.js';

const ATTEMPTS_PER_WRITER = 1_000;
const ACTOR = 'race-actor';

let server: TestServer;
/** A second API instance over the same store. */
let second: TestServer;
const storeRefusals = { count: 0 };

/** Counts the batches the store itself refused because another writer moved the graph first. */
function countingRefusals(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      // The map service commits its queue in groups (writeGroup); a single write goes the same way.
      if (key !== 'writeGroup') return Reflect.get(target, key, receiver) as unknown;
      return async (...args: Parameters<GraphStore['writeGroup']>) => {
        try {
          return await target.writeGroup(...args);
        } catch (error) {
          if (error instanceof StoreRefusedError && error.refusal.reason === 'graph-moved') storeRefusals.count++;
          throw error;
        }
      };
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({ wrapStore: countingRefusals });
  second = await startTestServer({ sharedStore: server.store });
  ok(await server.gql(`mutation {
    createArea(input: {id: "race-kommun", name: "Racekommun", type: MUNICIPALITY}) { id }
    createActor(input: {id: "${ACTOR}", name: "Förskola Race", kind: PRESCHOOL, sector: MUNICIPAL, level: LOCAL, areaId: "race-kommun"}) { id version }
  }`));
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

interface Landed {
  readonly writer: string;
  readonly read: number;
  readonly version: number;
  readonly description: string;
}

const READ = `query($id: ID!) { actor(id: $id) { version description } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $description: String!) {
  updateActor(id: $id, version: $version, patch: {description: $description}) { version description } }`;

async function writer(name: string, via: TestServer, landed: Landed[], conflicts: { count: number }, unexpected: unknown[]): Promise<void> {
  for (let i = 0; i < ATTEMPTS_PER_WRITER; i++) {
    const read = ok(await via.gql<{ actor: { version: number } }>(READ, { id: ACTOR })).actor.version;
    const description = `${name} attempt ${i} (read version ${read})`;
    // A little jitter between reading and writing, so either writer may get there first.
    if (Math.random() < 0.5) await new Promise((r) => setTimeout(r, Math.random() < 0.5 ? 0 : 1));
    const response: GraphQLResponse<{ updateActor: { version: number; description: string } }> =
      await via.gql(UPDATE, { id: ACTOR, version: read, description });
    const code = response.errors?.[0]?.extensions.code;
    if (!response.errors?.length && response.data?.updateActor) {
      landed.push({ writer: name, read, version: response.data.updateActor.version, description: response.data.updateActor.description });
      if (response.data.updateActor.description !== description) unexpected.push({ name, i, got: response.data.updateActor });
    } else if (code === 'CONFLICT' && response.errors?.length === 1) {
      conflicts.count++;
    } else {
      unexpected.push({ name, i, status: response.status, errors: response.errors });
    }
  }
}

async function race(label: string, a: TestServer, b: TestServer): Promise<void> {
    const landed: Landed[] = [];
    const conflicts = { count: 0 };
    const unexpected: unknown[] = [];
    const started = performance.now();
    const firstVersion = ok(await a.gql<{ actor: { version: number } }>(READ, { id: ACTOR })).actor.version;
    await Promise.all([writer('A', a, landed, conflicts, unexpected), writer('B', b, landed, conflicts, unexpected)]);
    const seconds = (performance.now() - started) / 1000;

    if (unexpected.length > 0) {
      const firstError = server.logs.find((line) => line.includes('"level":"error"'));
      throw new Error(
        `${unexpected.length} of ${2 * ATTEMPTS_PER_WRITER} attempts neither landed nor were refused with CONFLICT ` +
        `(${landed.length} landed, ${conflicts.count} conflicts). First: ${JSON.stringify(unexpected.slice(0, 2))}\nServer log: ${firstError ?? '(none)'}`,
      );
    }
    expect(landed.length + conflicts.count).toBe(2 * ATTEMPTS_PER_WRITER);
    // The race really happened: both writers landed updates and both were refused some.
    expect(conflicts.count).toBeGreaterThan(0);
    expect(new Set(landed.map((l) => l.writer))).toEqual(new Set(['A', 'B']));

    // Each landed update moved the version by exactly one from the version its writer read…
    for (const l of landed) expect(l.version, JSON.stringify(l)).toBe(l.read + 1);
    const versions = landed.map((l) => l.version).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: landed.length }, (_, i) => i + firstVersion + 1));

    for (const via of [a, b]) {
      const seen = ok(await via.gql<{ actor: { version: number; description: string } }>(READ, { id: ACTOR })).actor;
      expect(seen.version).toBe(firstVersion + landed.length);
    }
    const { actor } = ok(await a.gql<{ actor: { version: number; description: string } }>(READ, { id: ACTOR }));
    const last = landed.reduce((a, b) => (b.version > a.version ? b : a));
    expect(actor.description).toBe(last.description);

    const byWriter = (w: string) => landed.filter((l) => l.writer === w).length;
    console.log(
      `races (${label}): ${2 * ATTEMPTS_PER_WRITER} update attempts (2 writers × ${ATTEMPTS_PER_WRITER}) in ${seconds.toFixed(1)} s — ` +
      `${landed.length} landed (A ${byWriter('A')}, B ${byWriter('B')}), ${conflicts.count} conflicts caught, 0 overwritten; final version ${actor.version}`,
    );
}

describe('two writers racing on one actor', () => {
  it('every update lands with the next version or is refused with CONFLICT; none is silently overwritten', async () => {
    await race('one API instance', server, server);
  }, 180_000);

  it('through two API instances over one store, the writers meet at the store: it refuses the stale batch and the loser catches up from the feed', async () => {
    const refusedBefore = storeRefusals.count;
    const fromFeedBefore = second.service.moves.fromFeed + server.service.moves.fromFeed;
    await race('two API instances, one store', server, second);
    expect(storeRefusals.count - refusedBefore, 'no batch was refused by the store').toBeGreaterThan(0);
    expect(second.service.moves.fromFeed + server.service.moves.fromFeed - fromFeedBefore).toBeGreaterThan(0);
    // Neither instance reloaded the graph to catch up: one load each, at start-up.
    expect([server.service.moves.loads, second.service.moves.loads]).toEqual([1, 1]);
    console.log(`races (two API instances): the store refused ${storeRefusals.count - refusedBefore} stale batches`);
  }, 180_000);
});
