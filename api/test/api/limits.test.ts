/**
 * One request must not hold the server: documents too long to parse, operations with too many
 * aliases or root fields, and operations that would read the whole map many times over are
 * refused before they run, with a stable reason, while /healthz keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DIRECTIVES, MAX_TOKENS } from '../../src/server/document-limits.js';
import { MAX_ALIASES, MAX_ROOT_FIELDS } from '../../src/server/limits.js';
import { startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(() => server.close());

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const ALL_GRAPH_FIELDS = 'graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } }';

/** Sends the attack and polls /healthz while it is in flight; both must answer. */
async function whileHealthzPolls(attack: () => Promise<Awaited<ReturnType<TestServer['gql']>>>) {
  let done = false;
  const health: number[] = [];
  const poll = (async () => {
    do {
      health.push((await fetch(`${server.url}/healthz`)).status);
    } while (!done);
  })();
  const response = await attack().finally(() => {
    done = true;
  });
  await poll;
  return { response, health };
}

describe('one request cannot stall the server', () => {
  it('refuses 1,000 aliases of graph before running any, and /healthz keeps answering', async () => {
    const { response, health } = await whileHealthzPolls(() => server.gql(aliases(1000, 'graph { nodes { id label } edges { id source target } }')));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
    expect(response.errors?.[0]?.message).toContain(`at most ${MAX_ALIASES}`);
    expect(response.data).toBeUndefined();
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
  });

  it('refuses 20,000 aliases of actors(first: 1) { totalCount } before parsing them', async () => {
    const { response, health } = await whileHealthzPolls(() => server.gql(aliases(20_000, 'actors(first: 1) { totalCount }')));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
    expect(health.every((s) => s === 200)).toBe(true);
  });

  it('prices graph by the map it runs on: 60 full reads of the Jämtland map are too costly, one is fine', async () => {
    const many = await server.gql(aliases(60, ALL_GRAPH_FIELDS));
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_COSTLY' });
    expect(many.errors?.[0]?.message).toMatch(/would cost \d+ on this map/);
    const one = await server.gql(`{ ${ALL_GRAPH_FIELDS} }`);
    expect(one.errors).toBeUndefined();
    expect((one.data as { graph: { nodes: unknown[] } }).graph.nodes.length).toBeGreaterThan(300);
  });

  it('prices actors by the actors it filters and sorts, whatever the page size', async () => {
    // 100 aliases of a one-item page: today's page-size-only price was 300; the map's is ~20,000.
    const within = await server.gql(aliases(MAX_ALIASES, 'actors(first: 1) { totalCount }'));
    expect(within.errors).toBeUndefined();
  });

  it(`refuses more than ${MAX_ROOT_FIELDS} root fields, aliased or not`, async () => {
    const response = await server.gql(`{ ${'stats { graphVersion } '.repeat(MAX_ROOT_FIELDS + 1)} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROOT_FIELDS' });
  });

  it('counts aliases inside fragments too', async () => {
    const fragment = `fragment Many on Query { ${Array.from({ length: 60 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const response = await server.gql(`{ ...Many ... on Query { ...Many } } ${fragment}`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
  });

  it('refuses 12 MB of tokens before parsing', async () => {
    const { response, health } = await whileHealthzPolls(() => server.gql(`{ ${'__typename '.repeat(1_050_000)} }`));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
    expect(response.errors?.[0]?.message).toContain(String(MAX_TOKENS));
    expect(health.every((s) => s === 200)).toBe(true);
  });

  it('refuses 200,000 directives before parsing', async () => {
    const response = await server.gql(`{ __typename ${'@include(if: true) '.repeat(200_000)} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DIRECTIVES' });
    expect(response.errors?.[0]?.message).toContain(String(MAX_DIRECTIVES));
  });

  it('refuses 5,000 levels of nesting before the parser overflows its stack', async () => {
    for (const query of [`{ ${'actor(id: "x") { '.repeat(5000)}id${' }'.repeat(5000)} }`, `query($v: Int = ${'['.repeat(5000)}1${']'.repeat(5000)}) { __typename }`]) {
      const response = await server.gql(query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
      expect(response.errors?.[0]?.message).not.toMatch(/call stack/i);
    }
  });

  it('applies the same document limits to GET requests', async () => {
    const query = encodeURIComponent(`{ __typename ${'@skip(if: false) '.repeat(MAX_DIRECTIVES + 1)} }`);
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]?.extensions.reason).toBe('TOO_MANY_DIRECTIVES');
  });

  it('still answers a query with a few directives', async () => {
    const response = await server.gql('query($all: Boolean!) { stats @include(if: $all) { graphVersion } me @skip(if: $all) { signedIn } }', { all: true });
    expect(response.errors).toBeUndefined();
    expect(response.data).toHaveProperty('stats.graphVersion');
  });
});
