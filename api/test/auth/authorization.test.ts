/**
 * Every query and mutation, called as anonymous, viewer, editor and admin with AUTH_MODE=local:
 * allowed or refused exactly as the table below says. The table is written out here on purpose —
 * it is the specification the one policy in src/auth/policy.ts must meet.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, GraphQLEnumType, GraphQLInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType,
  isUnionType, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/server/app.js';
import { startTestServer, type TestServer } from '../support/harness.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const ADMIN_ONLY = new Set(['Query.accounts', 'Query.apiTokens', 'Query.auditLog', 'Mutation.createAccount', 'Mutation.updateAccount',
  'Mutation.resetPassword', 'Mutation.createApiToken', 'Mutation.revokeApiToken']);
// A shared presentation's token is its permission (it opens that view set only: test/api/view-sets.test.ts).
const ANYONE = new Set(['Query.me', 'Query.sharedViewSet']);

type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';
function expected(field: string, role: Role): boolean {
  if (ANYONE.has(field)) return true;
  if (role === 'anonymous') return false;
  if (ADMIN_ONLY.has(field)) return role === 'admin';
  if (field.startsWith('Mutation.')) return role === 'editor' || role === 'admin';
  return true;
}

/** A value of the right type for a required argument; authorization is decided before it matters. */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return `[${dummy(type.ofType)}]`;
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]!.name;
  if (named instanceof GraphQLInputObjectType) {
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return `{${fields.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')}}`;
  }
  switch (named.name) {
    case 'Int': return '1';
    case 'Float': return '0.5';
    case 'Boolean': return 'false';
    case 'LocalDate': return '"2026-01-01"';
    case 'DateTime': return '"2026-01-01T00:00:00.000Z"';
    default: return '"fuzz-x"';
  }
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${dummy(a.type)}`);
  const result = getNamedType(field.type);
  const selection = isObjectType(result) || isInterfaceType(result) || isUnionType(result) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

const fields = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
];

let server: TestServer;
const headers: Record<Role, Record<string, string>> = { anonymous: {}, viewer: {}, editor: {}, admin: {} };

beforeAll(async () => {
  server = await startTestServer({ authMode: 'local' });
  const admin = await server.accounts.create({ username: 'admin', role: 'admin' });
  for (const role of ['viewer', 'editor'] as const) await server.accounts.create({ username: role, role });
  const bearer = async (username: string) => {
    const account = (await server.accounts.byUsername(username))!;
    return { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'test')).secret}` };
  };
  headers.viewer = await bearer('viewer');
  headers.editor = await bearer('editor');
  headers.admin = await bearer(admin.account.username);
});
afterAll(() => server.close());

describe('authorization of every query and mutation', () => {
  it('covers the whole schema', () => {
    expect(fields.length).toBeGreaterThan(60);
  });

  for (const role of ['anonymous', 'viewer', 'editor', 'admin'] as const) {
    it(`as ${role}`, async () => {
      const wrong: string[] = [];
      for (const [kind, field] of fields) {
        const name = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
        const response = await server.gql(operation(kind, field), undefined, headers[role]);
        const code = response.errors?.[0]?.extensions.code;
        const refused = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
        if (refused === expected(name, role)) wrong.push(`${name}: ${refused ? `refused (${code})` : `allowed (${code ?? 'ok'})`}`);
        if (refused) expect(code, name).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      expect(wrong).toEqual([]);
    });
  }
});

/**
 * An editor limited to Krokom (and what lies within it): each write allowed or refused exactly as
 * this table says, checked before anything runs, on the demo map.
 */
describe('an editor limited to Krokom', () => {
  let demo: TestServer;
  let krokom: Record<string, string> = {};
  beforeAll(async () => {
    demo = await startTestServer({ authMode: 'local', seedDemo: true });
    const { account } = await demo.accounts.create({ username: 'krokom-editor', role: 'editor' });
    await demo.accounts.update(account.id, { areas: ['krokom'] });
    krokom = { authorization: `Bearer ${(await demo.accounts.createToken(account.id, 'test')).secret}` };
  });
  afterAll(() => demo.close());

  const CASES: readonly (readonly [string, string, Record<string, unknown>, boolean])[] = [
    ['updates a Krokom actor', 'mutation($id: ID!) { updateActor(id: $id, version: 1, patch: { description: "x" }) { id } }', { id: 'krokom-socialtjanst' }, true],
    ['updates a Berg actor', 'mutation($id: ID!) { updateActor(id: $id, version: 1, patch: { description: "x" }) { id } }', { id: 'berg-socialtjanst' }, false],
    ['moves a Krokom actor to Berg', 'mutation { updateActor(id: "krokom-socialtjanst", version: 2, patch: { areaId: "berg" }) { id } }', {}, false],
    ['deletes a Berg actor', 'mutation { deleteActor(id: "berg-forskola") { id } }', {}, false],
    ['creates an actor in Krokom', 'mutation { createActor(input: { name: "Fritidsgård Krokom", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "krokom" }) { id } }', {}, true],
    ['creates an actor in Berg', 'mutation { createActor(input: { name: "Fritidsgård Berg", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "berg" }) { id } }', {}, false],
    ['creates an actor in no area', 'mutation { createActor(input: { name: "Fritidsgård", kind: LEISURE, sector: MUNICIPAL, level: LOCAL }) { id } }', {}, false],
    ['confirms a Krokom and a Berg fact at once', 'mutation { markVerified(ids: ["krokom-socialtjanst", "berg-socialtjanst"]) }', {}, false],
    ['confirms a Krokom fact', 'mutation { markVerified(ids: ["krokom-socialtjanst"]) }', {}, true],
    ['adds a Berg actor to a Krokom network', 'mutation { createMembership(input: { actorId: "berg-socialtjanst", networkId: "krokom-net-hrv-samverkan" }) { id } }', {}, false],
    // The undo of a delete is judged part by part, as the creates it stands for.
    ['restores a deleted Krokom actor with its Krokom membership', 'mutation { restoreDeleted(node: { actor: { id: "krokom-aterstalld", name: "Återställd", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "krokom" } }, memberships: [{ actorId: "krokom-aterstalld", networkId: "krokom-net-hrv-samverkan" }]) { node { id } } }', {}, true],
    ['restores a deleted Berg actor', 'mutation { restoreDeleted(node: { actor: { id: "berg-aterstalld", name: "Återställd", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "berg" } }) { node { id } } }', {}, false],
    ['restores a Krokom actor with a referral from a Berg actor', 'mutation { restoreDeleted(node: { actor: { id: "krokom-aterstalld-2", name: "Återställd 2", kind: LEISURE, sector: MUNICIPAL, level: LOCAL, areaId: "krokom" } }, referrals: [{ fromId: "berg-socialtjanst", toId: "krokom-aterstalld-2", trigger: REPORT_OF_CONCERN, kind: INFORMAL, status: WORKING }]) { node { id } } }', {}, false],
    ['restores a topic (which lies in no area)', 'mutation { restoreDeleted(node: { topic: { id: "topic-aterstalld", name: "Återställt ämne" } }) { node { id } } }', {}, false],
    ['imports files', 'mutation { importData(files: [{ name: "topics.csv", content: "name\\nX\\n" }], dryRun: true) { status } }', {}, false],
    // A presentation is a reading of the map, not a change to it: areas do not limit it.
    ['saves a presentation of Berg', 'mutation { createViewSet(input: { title: "Berg", views: [{ caption: "Berg", state: "area=berg" }] }) { id } }', {}, true],
  ];

  it.each(CASES)('%s', async (_name, query, variables, allowed) => {
    const response = await demo.gql(query, variables, krokom);
    const code = response.errors?.[0]?.extensions.code;
    if (allowed) expect(code === 'FORBIDDEN' ? response.errors : 'not refused').toBe('not refused');
    else expect(code).toBe('FORBIDDEN');
  });

  it('does not limit an editor without areas', async () => {
    await demo.accounts.create({ username: 'county-editor', role: 'editor' });
    const account = (await demo.accounts.byUsername('county-editor'))!;
    const token = { authorization: `Bearer ${(await demo.accounts.createToken(account.id, 'test')).secret}` };
    const response = await demo.gql('mutation { markVerified(ids: ["berg-socialtjanst"]) }', {}, token);
    expect(response.errors).toBeUndefined();
  });
});
