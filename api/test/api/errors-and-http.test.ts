/** What clients see when things go wrong, and the HTTP surface around /graphql. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_DIST } from '../../src/server/app.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';
import { onNeo4j } from '../support/neo4j.js';

describe('errors', () => {
  let server: TestServer;
  let broken = false;
  beforeAll(async () => {
    server = await startTestServer({
      wrapStore: (store): GraphStore => new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'loadGraph' && broken) return () => Promise.reject(new Error('disk on fire at /var/secret/path'));
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    });
  });
  afterAll(() => server.close());

  it('masks an unexpected failure as INTERNAL, without its detail, and logs the detail', async () => {
    broken = true;
    // The write commits, then reading the map back fails: the client must not see why.
    const response = await server.gql('mutation { createTopic(input: {name: "Trigger a reload"}) { id } }');
    broken = false;
    const text = JSON.stringify(response);
    expect(text).not.toContain('secret');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(response.errors?.[0]?.extensions.code).toBe('INTERNAL');
    expect(server.logs.some((l) => l.includes('disk on fire'))).toBe(true);
  });

  it('answers malformed JSON with 400 and BAD_USER_INPUT', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an over-large request with 413', async () => {
    const body = JSON.stringify({ query: '{ stats { graphVersion } }', variables: { pad: 'x'.repeat(13 * 1024 * 1024) } });
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
  });

  it('refuses a bad cursor and an over-large page with BAD_USER_INPUT naming the argument', async () => {
    expect(failure(await server.gql('{ actors(after: "garbage") { totalCount } }')).extensions.fields?.[0]?.field).toBe('after');
    expect(failure(await server.gql('{ actors(first: 501) { totalCount } }')).extensions.fields?.[0]?.field).toBe('first');
    expect(failure(await server.gql('{ neighbourhood(id: "x", depth: 9) { nodes { id } } }')).extensions.fields?.[0]?.field).toBe('depth');
  });

  it('refuses queries too deep or too costly before running them', async () => {
    const deep = '{ actors(first: 1) { edges { node { memberships { network { members { actor { memberships { network { members { actor { memberships { network { name } } } } } } } } } } } } } }';
    const tooDeep = failure(await server.gql(deep));
    expect(tooDeep.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooDeep.message).toMatch(/levels deep/);
    const costly = failure(await server.gql('{ actors(first: 500) { edges { node { memberships { network { members { actor { memberships { network { name } } } } } } } } } }'));
    expect(costly.message).toMatch(/would cost/);
  });

  it('answers NOT_FOUND for a filter naming an area that does not exist', async () => {
    const error = failure(await server.gql('{ actors(filter: {area: "atlantis"}) { totalCount } }'));
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.fields?.[0]?.field).toBe('filter.area');
  });

  it('blocks a cross-site form post (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { graphVersion } }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
  });
});

describe('HTTP surface', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('reports health with the engine and graph version', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', engine: onNeo4j ? 'neo4j' : 'kuzu', graphVersion: 0 });
  });

  it('sets protective headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it.runIf(existsSync(`${UI_DIST}/index.html`))('serves the UI and GraphiQL from the same port, with no CDN', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<html lang="sv"');
    const graphiql = await fetch(`${server.url}/graphiql`);
    expect(graphiql.status).toBe(200);
    const html = await graphiql.text();
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs|googleapis/);
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${server.url}${script}`)).status).toBe(200);
  });
});
