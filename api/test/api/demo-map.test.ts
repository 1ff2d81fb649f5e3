/** The Jämtland demo map, loaded through the importer, read through GraphQL over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

const MUNICIPALITIES = ['berg', 'bracke', 'harjedalen', 'krokom', 'stromsund', 'ragunda', 'are', 'ostersund'];
const COUNTY_PARENTAL_SUPPORT = 'net-lansnatverk-foraldraskapsstod';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(() => server.close());

describe('the Jämtland 2024 demo map', () => {
  it('holds the actors of all 8 municipalities', async () => {
    for (const area of MUNICIPALITIES) {
      const data = ok(await server.gql('query($area: ID!) { actors(filter: {area: $area}, first: 1) { totalCount } }', { area }));
      expect(data.actors.totalCount, area).toBeGreaterThan(5);
    }
  });

  it('is as large as the report supports, and every record says where it comes from', async () => {
    const { stats } = ok(await server.gql('{ stats { nodes { type count } relationships { type count } } }'));
    const count = (list: { type: string; count: number }[], type: string) => list.find((x) => x.type === type)?.count ?? 0;
    expect(count(stats.nodes, 'ACTOR')).toBeGreaterThanOrEqual(150);
    expect(count(stats.nodes, 'NETWORK')).toBeGreaterThanOrEqual(20);
    expect(count(stats.relationships, 'MEMBER_OF')).toBeGreaterThanOrEqual(100);
    expect(count(stats.relationships, 'REFERS_TO')).toBeGreaterThanOrEqual(40);
    const snapshot = await server.service.snapshot();
    const unsourced = [...snapshot.nodes.values(), ...snapshot.rels.values()].filter((r) => !r.source?.match(/jamtland-2024|inferred/));
    expect(unsourced.map((r) => r.id)).toEqual([]);
  });

  it('leaves Strömsund and Åre out of the county network for parental support (L702, L884)', async () => {
    const { network } = ok(await server.gql(
      'query($id: ID!) { network(id: $id) { level members { actor { id area { id } } } } }', { id: COUNTY_PARENTAL_SUPPORT }));
    expect(network.level).toBe('REGIONAL');
    const areas = new Set(network.members.map((m: { actor: { area: { id: string } | null } }) => m.actor.area?.id));
    expect(areas.has('krokom')).toBe(true);
    expect(areas.has('stromsund')).toBe(false);
    expect(areas.has('are')).toBe(false);
  });

  it('filters actors by an area including the areas within it', async () => {
    const county = ok(await server.gql('{ actors(filter: {area: "jamtlands-lan"}, first: 0) { totalCount } }'));
    let local = 0;
    for (const area of MUNICIPALITIES) {
      local += ok(await server.gql('query($a: ID!) { actors(filter: {area: $a}, first: 0) { totalCount } }', { a: area })).actors.totalCount;
    }
    expect(county.actors.totalCount).toBeGreaterThan(local);
  });

  it('filters by sector, kind and first line together', async () => {
    const data = ok(await server.gql(`{ actors(filter: {kinds: [PRESCHOOL], sectors: [MUNICIPAL], firstLine: true}, first: 100) {
      edges { node { kind sector firstLine } } } }`));
    expect(data.actors.edges.length).toBeGreaterThan(3);
    for (const { node } of data.actors.edges) expect(node).toEqual({ kind: 'PRESCHOOL', sector: 'MUNICIPAL', firstLine: true });
  });

  it('pages through actors with cursors, in Swedish order, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await server.gql('query($after: String) { actors(first: 40, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } totalCount } }', { after }));
      seen.push(...page.actors.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.actors.pageInfo.hasNextPage) break;
      after = page.actors.pageInfo.endCursor;
    }
    const total = ok(await server.gql('{ actors(first: 0) { totalCount } }')).actors.totalCount;
    expect(seen).toHaveLength(total);
    expect([...seen].sort(new Intl.Collator('sv').compare)).toEqual(seen);
    const firstÖ = seen.findIndex((n) => n.startsWith('Ö'));
    const lastZ = seen.findLastIndex((n) => /^[A-Z]/.test(n) && !n.startsWith('Å') && !n.startsWith('Ä'));
    expect(firstÖ).toBeGreaterThan(lastZ);
  });

  it('finds "Östersund" when searching "Ostersund", across kinds', async () => {
    const { search } = ok(await server.gql('{ search(text: "Ostersund", first: 50) { id type label } }'));
    expect(search.length).toBeGreaterThan(5);
    expect(search.some((h: { label: string }) => h.label.includes('Östersund'))).toBe(true);
    expect(new Set(search.map((h: { type: string }) => h.type)).size).toBeGreaterThan(1);
    const typed = ok(await server.gql('{ search(text: "stromsund socialtjanst", first: 3, types: [ACTOR]) { id } }'));
    expect(typed.search[0].id).toBe('stromsund-socialtjanst');
  });

  it('serves the whole map in one graph query', async () => {
    const { graph, stats } = ok(await server.gql(`{ graph { graphVersion nodes { id type label } edges { id type source target } }
      stats { nodes { count } relationships { count } } }`));
    const sum = (l: { count: number }[]) => l.reduce((s, x) => s + x.count, 0);
    expect(graph.nodes).toHaveLength(sum(stats.nodes));
    expect(graph.edges).toHaveLength(sum(stats.relationships));
    const ids = new Set(graph.nodes.map((n: { id: string }) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('filters the graph to Strömsund: its actors and the networks they sit in, nobody from Berg', async () => {
    const { graph } = ok(await server.gql('{ graph(filter: {area: "stromsund"}) { nodes { id type areaId } edges { source target } } }'));
    const actors = graph.nodes.filter((n: { type: string }) => n.type === 'ACTOR');
    expect(actors.length).toBeGreaterThan(5);
    expect(actors.every((a: { areaId: string }) => a.areaId === 'stromsund')).toBe(true);
    expect(graph.nodes.some((n: { id: string }) => n.id === COUNTY_PARENTAL_SUPPORT)).toBe(false);
    expect(graph.nodes.some((n: { type: string; id: string }) => n.type === 'NETWORK')).toBe(true);
  });

  it('gives a node’s neighbourhood, growing with depth', async () => {
    const depth = async (d: number) =>
      ok(await server.gql('query($d: Int) { neighbourhood(id: "net-lansnatverk-foraldraskapsstod", depth: $d) { nodes { id } } }', { d })).neighbourhood.nodes.length;
    const one = await depth(1);
    const two = await depth(2);
    expect(one).toBeGreaterThan(5);
    expect(two).toBeGreaterThan(one);
  });

  it('finds routes to any specialised support by kind, and refuses both or neither target', async () => {
    const { referralPaths } = ok(await server.gql(`{ referralPaths(from: "berg-forskola", toKinds: [SOCIAL_SERVICES, RESOURCE_CENTRE], maxHops: 3) {
      actors { id kind } } }`));
    expect(referralPaths.length).toBeGreaterThan(0);
    for (const path of referralPaths) expect(['SOCIAL_SERVICES', 'RESOURCE_CENTRE']).toContain(path.actors.at(-1).kind);
    const both = await server.gql('{ referralPaths(from: "berg-forskola", to: "berg-socialtjanst", toKinds: [SOCIAL_SERVICES]) { hops } }');
    expect(both.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const neither = await server.gql('{ referralPaths(from: "berg-forskola") { hops } }');
    expect(neither.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('follows a referral chain from a preschool to social services', async () => {
    const { referralPaths } = ok(await server.gql(`{ referralPaths(from: "berg-forskola", to: "berg-socialtjanst", maxHops: 3) {
      hops actors { id } referrals { trigger kind routine { id } } } }`));
    expect(referralPaths.length).toBeGreaterThan(0);
    const [shortest] = referralPaths;
    expect(shortest.hops).toBe(1);
    expect(shortest.actors.map((a: { id: string }) => a.id)).toEqual(['berg-forskola', 'berg-socialtjanst']);
    expect(shortest.referrals[0]).toMatchObject({ trigger: 'REPORT_OF_CONCERN', kind: 'STATUTORY' });
  });
});
