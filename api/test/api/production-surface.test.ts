/**
 * What a production server (introspection and GraphiQL off) shows a stranger: no "Did you mean"
 * hints that rebuild the schema field by field, no GraphiQL page under any name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness.js';

const PROBES = ['{ actorz { id } }', '{ actors(frist: 1) { totalCount } }', '{ actors(filter: {kinds: [SCHOOLS]}) { totalCount } }'];

describe('"Did you mean" suggestions', () => {
  let production: TestServer;
  let development: TestServer;
  beforeAll(async () => {
    [production, development] = await Promise.all([startTestServer({ authMode: 'local', introspection: false }), startTestServer({ introspection: true })]);
  });
  afterAll(() => Promise.all([production.close(), development.close()]));

  it('are off with introspection off, for anonymous callers too', async () => {
    for (const probe of PROBES) {
      const response = await production.gql(probe);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.map((e) => e.message).join(' ')).not.toMatch(/Did you mean/);
    }
  });

  it('still help while developing', async () => {
    const response = await development.gql(PROBES[0]!);
    expect(response.errors?.[0]?.message).toMatch(/Did you mean "actor" or "actors"\?/);
  });
});

describe('GraphiQL off', () => {
  const ui = mkdtempSync(join(tmpdir(), 'aktorskartan-ui-'));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Aktörskartan</title>');
  writeFileSync(join(ui, 'graphiql.html'), '<!doctype html><title>Aktörskartan · GraphiQL</title>');
  let off: TestServer;
  let on: TestServer;
  beforeAll(async () => {
    [off, on] = await Promise.all([startTestServer({ graphiql: false, uiDir: ui }), startTestServer({ graphiql: true, uiDir: ui })]);
  });
  afterAll(async () => {
    await Promise.all([off.close(), on.close()]);
    rmSync(ui, { recursive: true, force: true });
  });

  it('serves the app page, not GraphiQL, at /graphiql and at /graphiql.html', async () => {
    for (const path of ['/graphiql', '/graphiql.html']) {
      const page = await (await fetch(`${off.url}${path}`)).text();
      expect(page, path).not.toContain('GraphiQL');
      expect(page, path).toContain('<title>Aktörskartan</title>');
    }
  });

  it('serves GraphiQL when on', async () => {
    expect(await (await fetch(`${on.url}/graphiql`)).text()).toContain('GraphiQL');
  });
});
