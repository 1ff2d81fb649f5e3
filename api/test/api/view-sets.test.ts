/**
 * Saved views and presentations with AUTH_MODE=local: an editor saves views in order, reorders
 * them, shares the set; the share token opens that set (and its maps) without signing in, but no
 * other query; revoking ends the link at once. Bad input is refused field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
let editor: Record<string, string>;
let viewer: Record<string, string>;

const SET_FIELDS = 'id title showPersonNames shared sharedAt views { id caption state viewBox { x1 y1 x2 y2 } finding { id kind } graph { nodes { id type label } edges { id } } }';

beforeAll(async () => {
  server = await startTestServer({ seedDemo: true, authMode: 'local' });
  const bearer = async (role: 'editor' | 'viewer') => {
    const { account } = await server.accounts.create({ username: role, role });
    return { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'test')).secret}` };
  };
  editor = await bearer('editor');
  viewer = await bearer('viewer');
});
afterAll(() => server.close());

interface ViewSet {
  id: string;
  title: string;
  shared: boolean;
  views: { id: string; caption: string; state: string; viewBox: unknown; finding: { id: string; kind: string } | null; graph: { nodes: { id: string; type: string; label: string }[]; edges: unknown[] } }[];
}

async function createSet(views: { caption: string; state: string; viewBox?: object }[], title = 'Länsträff') {
  const data = ok(await server.gql(`mutation($input: ViewSetInput!) { createViewSet(input: $input) { ${SET_FIELDS} } }`, { input: { title, views } }, editor));
  return data.createViewSet as ViewSet;
}

describe('saved views and presentations', () => {
  it('keeps views in order with their state, viewport and caption, and draws each from its state', async () => {
    const { analysis } = ok(await server.gql('{ analysis(filter: { area: "krokom" }) { findings { id kind } } }', {}, viewer));
    const finding = (analysis.findings as { id: string; kind: string }[])[0]!;
    const set = await createSet([
      { caption: 'Hela länet', state: '' },
      { caption: 'Krokom', state: 'area=krokom', viewBox: { x1: -100, y1: -50, x2: 300, y2: 250 } },
      { caption: 'En brist', state: `area=krokom&finding=${finding.id}` },
    ]);
    expect(set.views.map((v) => v.caption)).toEqual(['Hela länet', 'Krokom', 'En brist']);
    expect(set.views[1]!.viewBox).toEqual({ x1: -100, y1: -50, x2: 300, y2: 250 });
    expect(set.views[2]!.finding).toEqual(finding);
    const { graph } = ok(await server.gql('{ graph(filter: { area: "krokom", nodeTypes: [ACTOR, NETWORK], relationshipTypes: [MEMBER_OF, CONVENES, REFERS_TO, PART_OF] }) { nodes { id } } }', {}, viewer));
    expect(set.views[1]!.graph.nodes.map((n) => n.id).sort()).toEqual((graph.nodes as { id: string }[]).map((n) => n.id).sort());
    expect(set.views[0]!.graph.nodes.length).toBeGreaterThan(set.views[1]!.graph.nodes.length);

    // Reordering is sending the views in the new order.
    const reordered = [set.views[2]!, set.views[0]!, set.views[1]!].map((v) => ({ caption: v.caption, state: v.state, viewBox: v.viewBox }));
    const updated = ok(await server.gql(`mutation($id: ID!, $input: ViewSetInput!) { updateViewSet(id: $id, input: $input) { ${SET_FIELDS} } }`, { id: set.id, input: { title: 'Länsträff 2', views: reordered } }, editor));
    expect((updated.updateViewSet as ViewSet).views.map((v) => v.caption)).toEqual(['En brist', 'Hela länet', 'Krokom']);
    const listed = ok(await server.gql('{ viewSets { id title views { caption } } }', {}, viewer));
    expect((listed.viewSets as { id: string; title: string }[]).find((s) => s.id === set.id)?.title).toBe('Länsträff 2');
  });

  it('hides person names unless the view set shows them', async () => {
    const set = await createSet([{ caption: 'Personer', state: 'rels=SITS_IN,MEMBER_OF' }]);
    const persons = set.views[0]!.graph.nodes.filter((n) => n.type === 'PERSON');
    expect(persons.length).toBeGreaterThan(0);
    expect(new Set(persons.map((p) => p.label))).toEqual(new Set(['Person']));
    const shown = ok(await server.gql(`mutation($id: ID!, $input: ViewSetInput!) { updateViewSet(id: $id, input: $input) { ${SET_FIELDS} } }`, {
      id: set.id, input: { title: 'Personer', showPersonNames: true, views: [{ caption: 'Personer', state: 'rels=SITS_IN,MEMBER_OF' }] },
    }, editor));
    expect((shown.updateViewSet as ViewSet).views[0]!.graph.nodes.filter((n) => n.type === 'PERSON').some((p) => p.label !== 'Person')).toBe(true);
  });

  it('opens a shared view set by its token without signing in — that set only — until revoked', async () => {
    const set = await createSet([{ caption: 'Ett', state: 'area=berg' }, { caption: 'Två', state: 'area=krokom' }], 'Delad');
    const other = await createSet([{ caption: 'Hemlig', state: '' }], 'Inte delad');
    const anonymousBefore = await server.gql('{ viewSet(id: "x") { id } }');
    expect(failure(anonymousBefore).extensions.code).toBe('UNAUTHENTICATED');

    const shared = ok(await server.gql('mutation($id: ID!) { shareViewSet(id: $id) { token path viewSet { shared } } }', { id: set.id }, editor));
    const { token, path } = shared.shareViewSet as { token: string; path: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/visning/${token}`);
    // Only its hash is stored.
    const records = await server.store.auxFind('viewshare', token);
    expect(records).toEqual([]);

    const open = ok(await server.gql(`query($t: String!) { sharedViewSet(token: $t) { title views { caption graph { nodes { id } } } } }`, { t: token }));
    expect((open.sharedViewSet as { title: string }).title).toBe('Delad');
    expect((open.sharedViewSet as { views: { graph: { nodes: unknown[] } }[] }).views[0]!.graph.nodes.length).toBeGreaterThan(0);
    // The token opens nothing else: other queries stay closed to an anonymous caller.
    expect(failure(await server.gql(`{ viewSet(id: "${other.id}") { title } }`, {}, { authorization: `Bearer ${token}` })).extensions.code).toBe('UNAUTHENTICATED');
    expect(failure(await server.gql('{ graph { nodes { id } } }')).extensions.code).toBe('UNAUTHENTICATED');
    // The page itself opens without the sign-in redirect; other pages still redirect.
    expect((await fetch(`${server.url}${path}`, { redirect: 'manual' })).status).not.toBe(302);
    expect((await fetch(`${server.url}/visning/${token}/x`, { redirect: 'manual' })).status).toBe(302);
    expect((await fetch(`${server.url}/`, { redirect: 'manual' })).status).toBe(302);

    // Read just before revoking, in the same words as after: no cached answer may outlive the link.
    expect(ok(await server.gql('query($t: String!) { sharedViewSet(token: $t) { title } }', { t: token })).sharedViewSet).toEqual({ title: 'Delad' });
    ok(await server.gql('mutation($id: ID!) { revokeViewSetShare(id: $id) { shared } }', { id: set.id }, editor));
    const after = await server.gql('query($t: String!) { sharedViewSet(token: $t) { title } }', { t: token });
    expect(failure(after).extensions.code).toBe('NOT_FOUND');
  });

  it('a new share link replaces the old one', async () => {
    const set = await createSet([{ caption: 'Ett', state: '' }], 'Två länkar');
    const share = async () => (ok(await server.gql('mutation($id: ID!) { shareViewSet(id: $id) { token } }', { id: set.id }, editor)).shareViewSet as { token: string }).token;
    const first = await share();
    const second = await share();
    expect(first).not.toBe(second);
    expect(failure(await server.gql('query($t: String!) { sharedViewSet(token: $t) { title } }', { t: first })).extensions.code).toBe('NOT_FOUND');
    expect(ok(await server.gql('query($t: String!) { sharedViewSet(token: $t) { title } }', { t: second })).sharedViewSet).toEqual({ title: 'Två länkar' });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = ok(await server.gql('{ viewSets { id } }', {}, viewer)).viewSets as unknown[];
    const response = await server.gql('mutation($input: ViewSetInput!) { createViewSet(input: $input) { id } }', {
      input: { title: ' ', views: [{ caption: 'x', state: 'area=krokom&evil=1' }, { caption: 'y', state: 'layout=spiral', viewBox: { x1: 5, y1: 0, x2: 1, y2: 1 } }] },
    }, editor);
    const error = failure(response);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((f) => f.field).sort()).toEqual(['input.title', 'input.views.0.state', 'input.views.1.state', 'input.views.1.viewBox']);
    expect(ok(await server.gql('{ viewSets { id } }', {}, viewer)).viewSets).toHaveLength(before.length);
    // Viewers read presentations but may not make them.
    expect(failure(await server.gql('mutation { createViewSet(input: { title: "v", views: [] }) { id } }', {}, viewer)).extensions.code).toBe('FORBIDDEN');
  });
});
