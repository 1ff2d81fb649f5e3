/** The analysis through GraphQL: filters, languages, the side queries, and recomputation after a write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
});
afterAll(() => server.close());

const FINDINGS = `query($filter: AnalysisFilter) { analysis(filter: $filter) { graphVersion upToDate mapGraphVersion asOf
  findings { id kind severity concept rule subjects { nodes } areas { id } explanation(lang: EN) }
  summary { total countsByKind { kind count } countsBySeverity { severity count } } } }`;

describe('analysis query', () => {
  it('filters by area (including findings naming the area), minimum severity and kind', async () => {
    const all = ok(await server.gql(FINDINGS)).analysis;
    const stromsund = ok(await server.gql(FINDINGS, { filter: { area: 'stromsund' } })).analysis;
    expect(stromsund.findings.length).toBeGreaterThan(5);
    expect(stromsund.findings.length).toBeLessThan(all.findings.length);
    for (const f of stromsund.findings) expect(f.areas.map((a: { id: string }) => a.id)).toContain('stromsund');
    expect(stromsund.findings.some((f: { rule: string }) => f.rule === 'representation.county-parental-support-all-municipalities')).toBe(true);

    const high = ok(await server.gql(FINDINGS, { filter: { minSeverity: 'HIGH', kinds: ['FRAGILITY'] } })).analysis;
    expect(high.findings.length).toBeGreaterThan(0);
    expect(high.findings.every((f: { severity: string; kind: string }) => f.severity === 'HIGH' && f.kind === 'FRAGILITY')).toBe(true);
    expect(high.summary.total).toBe(high.findings.length);
    expect(all.summary.countsByKind.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(all.summary.total);
    expect(all.asOf).toBe('2026-11-25');
  });

  it('answers NOT_FOUND for an unknown area', async () => {
    expect(failure(await server.gql(FINDINGS, { filter: { area: 'atlantis' } })).extensions.code).toBe('NOT_FOUND');
  });

  it('is recomputed after a write: adding Strömsund to the county network removes its finding', async () => {
    await server.analysis.settled();
    const before = ok(await server.gql(FINDINGS, { filter: { area: 'stromsund', kinds: ['MISSING_REPRESENTATION'] } })).analysis;
    const missing = (a: { findings: { rule: string }[] }) => a.findings.filter((f) => f.rule === 'representation.county-parental-support-all-municipalities');
    expect(missing(before)).toHaveLength(1);
    expect(before).toMatchObject({ upToDate: true, mapGraphVersion: before.graphVersion });
    ok(await server.gql('mutation { createMembership(input: {actorId: "stromsund-kommun", networkId: "net-lansnatverk-foraldraskapsstod"}) { id } }'));
    // The worker computes the new version off the request path; once it is in, it is served.
    await server.analysis.settled();
    const after = ok(await server.gql(FINDINGS, { filter: { area: 'stromsund', kinds: ['MISSING_REPRESENTATION'] } })).analysis;
    expect(after).toMatchObject({ graphVersion: before.graphVersion + 1, upToDate: true, mapGraphVersion: before.graphVersion + 1 });
    expect(missing(after)).toHaveLength(0);
    ok(await server.gql('mutation { deleteMembership(id: "stromsund-kommun--member-of--net-lansnatverk-foraldraskapsstod") { id } }'));
  });

  it('gives the same finding the same id in another server with the same map', async () => {
    const other = await startTestServer({ seedDemo: true });
    try {
      const ids = async (s: TestServer) => ok(await s.gql('{ analysis { findings { id } } }')).analysis.findings.map((f: { id: string }) => f.id).sort();
      expect(await ids(other)).toEqual(await ids(server));
    } finally {
      await other.close();
    }
  });
});

describe('network overlaps, brokers and suggested links', () => {
  it('ranks overlapping networks with shared and unique members and the why', async () => {
    const { networkOverlaps } = ok(await server.gql(`{ networkOverlaps(minScore: 0.5, first: 5) {
      a { id } b { id } shared { id } onlyInA { id } onlyInB { id } sharedTopics { name } jaccard overlapCoefficient score explanation(lang: SV) } }`));
    expect(networkOverlaps.length).toBeGreaterThan(0);
    const scores = networkOverlaps.map((o: { score: number }) => o.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    const [top] = networkOverlaps;
    const total = top.shared.length + top.onlyInA.length + top.onlyInB.length;
    expect(top.jaccard).toBeCloseTo(top.shared.length / total, 10);
    expect(top.explanation).toContain(`${top.shared.length} av ${total} medlemmar`);
  });

  it('names the brokers, exactly on a county-sized map', async () => {
    const { brokers } = ok(await server.gql('{ brokers(first: 3) { method samples brokers { node { id } degree betweenness explanation(lang: EN) } } }'));
    expect(brokers.method).toBe('EXACT');
    expect(brokers.samples).toBeNull();
    expect(brokers.brokers).toHaveLength(3);
    expect(brokers.brokers[0].betweenness).toBeGreaterThanOrEqual(brokers.brokers[1].betweenness);
    expect(brokers.brokers[0].explanation).toContain('holds the map together');
  });

  it('suggests links with reasons, filtered by area', async () => {
    const { suggestedLinks } = ok(await server.gql('{ suggestedLinks(area: "berg", first: 10) { a { id area { id } } b { id area { id } } kind score reason(lang: SV) } }'));
    expect(suggestedLinks.length).toBeGreaterThan(0);
    for (const l of suggestedLinks) {
      expect([l.a.area?.id, l.b.area?.id]).toContain('berg');
      expect(l.reason.length).toBeGreaterThan(20);
    }
  });
});
