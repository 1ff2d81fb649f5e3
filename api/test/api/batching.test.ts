/**
 * No N+1: a list query makes the same number of database calls whatever its page size, because
 * every field is answered from the request's snapshot of the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

const calls: string[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seedDemo: true,
    wrapStore: (store): GraphStore => new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return value.apply(target, args);
        };
      },
    }),
  });
});
afterAll(() => server.close());

const QUERY = `query($first: Int) { actors(first: $first) { edges { node { name area { name parent { name } }
  memberships { role network { name conveners { name } members { actor { name } } } } referralsOut { to { name } } } } } }`;

async function callsFor(first: number): Promise<string[]> {
  calls.length = 0;
  const data = ok(await server.gql(QUERY, { first }));
  expect(data.actors.edges).toHaveLength(first);
  return [...calls];
}

describe('database calls per request', () => {
  it('are the same for 5 and for 50 actors with their members and areas', async () => {
    await callsFor(1); // warm: the snapshot is loaded once per graph version
    const small = await callsFor(5);
    const large = await callsFor(50);
    expect(large).toEqual(small);
    expect(small.filter((c) => c === 'loadGraph')).toEqual([]);
  });

  it('reload the map once after a write, not once per field', async () => {
    ok(await server.gql('mutation { createTopic(input: {name: "Ny fråga"}) { id } }'));
    const after = await callsFor(50);
    expect(after.filter((c) => c === 'loadGraph').length).toBeLessThanOrEqual(1);
  });
});
