/**
 * The undo of a delete is one write (restoreDeleted): the node with its memberships, referrals and
 * links comes back whole, in one batch with one audit event, or — when an end is gone since —
 * nothing does, and the error names each link that cannot come back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;

const IFO = 'krokom-ifo';
const SKOLA = 'krokom-skola';
const NET = 'net-hrv';
const NET2 = 'net-foraldrar';

/** A fresh small Krokom for each case: the IFO in two networks, referred to by the school, represented by a person. */
beforeEach(async () => {
  server = await startTestServer();
  ok(await server.gql(`mutation {
    county: createArea(input: {id: "jamtlands-lan", name: "Jämtlands län", type: COUNTY}) { id }
    krokom: createArea(input: {id: "krokom", name: "Krokom", type: MUNICIPALITY, parentId: "jamtlands-lan"}) { id }
    topic: createTopic(input: {id: "topic-hrv", name: "Hedersrelaterat våld"}) { id }
    ifo: createActor(input: {id: "${IFO}", name: "IFO Krokom", kind: SOCIAL_SERVICES, sector: MUNICIPAL, level: LOCAL, areaId: "krokom", topicIds: ["topic-hrv"], source: "test"}) { id }
    skola: createActor(input: {id: "${SKOLA}", name: "Skola Krokom", kind: SCHOOL, sector: MUNICIPAL, level: LOCAL, areaId: "krokom"}) { id }
    net: createNetwork(input: {id: "${NET}", name: "Samverkan HRV", kind: NETWORK, level: LOCAL, status: ACTIVE, areaId: "krokom"}) { id }
    net2: createNetwork(input: {id: "${NET2}", name: "Föräldraskapsstöd", kind: NETWORK, level: LOCAL, status: ACTIVE, areaId: "krokom"}) { id }
    person: createPerson(input: {id: "person-a", pseudonym: "Samordnare A"}) { id }
    routine: createRoutine(input: {id: "rutin-oro", name: "Rutin vid oro", kind: ROUTINE, status: ADOPTED, ownerIds: ["${SKOLA}"]}) { id }
  }`));
  ok(await server.gql(`mutation {
    m1: createMembership(input: {id: "m-ifo-hrv", actorId: "${IFO}", networkId: "${NET}", role: CHAIR, since: "2024-01-01"}) { id }
    m2: createMembership(input: {id: "m-ifo-foraldrar", actorId: "${IFO}", networkId: "${NET2}"}) { id }
    r: createReferral(input: {id: "r-skola-ifo", fromId: "${SKOLA}", toId: "${IFO}", trigger: REPORT_OF_CONCERN, kind: STATUTORY, status: WORKING, routineId: "rutin-oro"}) { id }
    l: createLink(input: {id: "l-person-ifo", type: REPRESENTS, sourceId: "person-a", targetId: "${IFO}"}) { id }
  }`));
});
afterEach(() => server.close());

/** What the UI sends back after deleting the IFO: its input and every relationship it had (as read before the delete). */
const restoreOfIfo = (overrides: Record<string, unknown> = {}) => ({
  node: { actor: { id: IFO, name: 'IFO Krokom', kind: 'SOCIAL_SERVICES', sector: 'MUNICIPAL', level: 'LOCAL', areaId: 'krokom', topicIds: ['topic-hrv'], source: 'test' } },
  memberships: [
    { id: 'm-ifo-hrv', actorId: IFO, networkId: NET, role: 'CHAIR', since: '2024-01-01' },
    { id: 'm-ifo-foraldrar', actorId: IFO, networkId: NET2 },
  ],
  referrals: [{ id: 'r-skola-ifo', fromId: SKOLA, toId: IFO, trigger: 'REPORT_OF_CONCERN', kind: 'STATUTORY', status: 'WORKING', routineId: 'rutin-oro' }],
  // The area link is also made by the actor's own areaId: given here as the UI gives it, written once.
  links: [
    { id: 'l-person-ifo', type: 'REPRESENTS', sourceId: 'person-a', targetId: IFO },
    { id: `${IFO}--located-in--krokom`, type: 'LOCATED_IN', sourceId: IFO, targetId: 'krokom' },
  ],
  ...overrides,
});

const RESTORE = `mutation Restore($node: DeletedNodeInput!, $memberships: [MembershipInput!], $referrals: [ReferralInput!], $links: [LinkInput!], $without: Boolean) {
  restoreDeleted(node: $node, memberships: $memberships, referrals: $referrals, links: $links, withoutMissingLinks: $without) {
    node { id ... on Actor { name area { id } topics { id } } } links { id type source target } leftOut { field missingId } } }`;

const linksAt = async (id: string) => ok(await server.gql(`query($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { id type source target } } }`, { id }))
  .neighbourhood.edges.filter((e: { source: string; target: string }) => e.source === id || e.target === id)
  .map((e: { id: string }) => e.id).sort();
const graphVersion = async () => (await server.service.snapshot()).graphVersion;
const deleteIfo = async () => ok(await server.gql(`mutation { deleteActor(id: "${IFO}") { id removedLinks { id } } }`)).deleteActor.removedLinks.length as number;

describe('restoreDeleted: the undo of a delete in one write', () => {
  it('puts the node back with every membership, referral and link under their old ids, as one batch with one audit event', async () => {
    const before = await linksAt(IFO);
    expect(before).toHaveLength(6);
    expect(await deleteIfo()).toBe(6);
    const version = await graphVersion();

    const { restoreDeleted } = ok(await server.gql(RESTORE, restoreOfIfo()));
    expect(restoreDeleted.node).toEqual({ id: IFO, name: 'IFO Krokom', area: { id: 'krokom' }, topics: [{ id: 'topic-hrv' }] });
    expect(restoreDeleted.leftOut).toEqual([]);
    expect(restoreDeleted.links.map((l: { id: string }) => l.id).sort()).toEqual(before);
    expect(await linksAt(IFO)).toEqual(before);
    const { actor } = ok(await server.gql(`{ actor(id: "${IFO}") { memberships { id role since network { id } } referralsIn { id routine { id } } } }`));
    expect(actor.memberships).toContainEqual({ id: 'm-ifo-hrv', role: 'CHAIR', since: '2024-01-01', network: { id: NET } });
    expect(actor.referralsIn).toEqual([{ id: 'r-skola-ifo', routine: { id: 'rutin-oro' } }]);

    // One write: one graph version, one change-feed entry, one audit event naming each record once.
    expect(await graphVersion()).toBe(version + 1);
    const feed = await server.store.feedAfter(version, 10);
    expect(feed).toHaveLength(1);
    expect(feed[0]!.ops?.map((op) => op.id).sort()).toEqual([IFO, ...before].sort());
    const [event] = ok(await server.gql('{ auditLog(first: 1) { operation changes { op id } } }')).auditLog;
    expect(event.operation).toBe('Restore');
    expect(event.changes.map((c: { id: string }) => c.id).sort()).toEqual([IFO, ...before].sort());
  });

  it('writes nothing when a link’s other end is gone since, naming that link with LINK_END_GONE; the retry works', async () => {
    await deleteIfo();
    ok(await server.gql(`mutation { deleteNetwork(id: "${NET2}") { id } deletePerson(id: "person-a") { id } }`));
    const version = await graphVersion();

    const error = failure(await server.gql(RESTORE, restoreOfIfo()));
    expect(error.extensions.code).toBe('LINK_END_GONE');
    expect(error.extensions.fields).toEqual([
      { field: 'memberships[1].networkId', message: `"${NET2}" is no longer on the map` },
      { field: 'links[0].sourceId', message: '"person-a" is no longer on the map' },
    ]);
    // Nothing half-written: the node is not back, so a second try is not refused for being there.
    expect(await graphVersion()).toBe(version);
    expect(ok(await server.gql(`{ actor(id: "${IFO}") { id } }`)).actor).toBeNull();
    expect(failure(await server.gql(RESTORE, restoreOfIfo())).extensions.code).toBe('LINK_END_GONE');

    // The explicit second choice: everything else back, and what was left out said.
    const { restoreDeleted } = ok(await server.gql(RESTORE, { ...restoreOfIfo(), without: true }));
    expect(restoreDeleted.leftOut).toEqual([
      { field: 'memberships[1].networkId', missingId: NET2 },
      { field: 'links[0].sourceId', missingId: 'person-a' },
    ]);
    expect(await linksAt(IFO)).toEqual([`${IFO}--located-in--krokom`, `${IFO}--works-on--topic-hrv`, 'm-ifo-hrv', 'r-skola-ifo']);
    expect(await graphVersion()).toBe(version + 1);
  });

  it('names a lost area, topic or routine too, and without them restores the rest (a referral keeps its route, not the routine)', async () => {
    await deleteIfo();
    ok(await server.gql('mutation { deleteTopic(id: "topic-hrv") { id } deleteRoutine(id: "rutin-oro") { id } }'));
    const error = failure(await server.gql(RESTORE, restoreOfIfo()));
    expect(error.extensions.code).toBe('LINK_END_GONE');
    expect(error.extensions.fields?.map((f) => f.field)).toEqual(['node.actor.topicIds', 'referrals[0].routineId']);
    const { restoreDeleted } = ok(await server.gql(RESTORE, { ...restoreOfIfo(), without: true }));
    expect(restoreDeleted.node.topics).toEqual([]);
    const { actor } = ok(await server.gql(`{ actor(id: "${IFO}") { referralsIn { id routine { id } } } }`));
    expect(actor.referralsIn).toEqual([{ id: 'r-skola-ifo', routine: null }]);
  });

  it('refuses a node that is there already with CONFLICT, and writes none of its links', async () => {
    ok(await server.gql(`mutation { deleteMembership(id: "m-ifo-hrv") { id } }`));
    const version = await graphVersion();
    const error = failure(await server.gql(RESTORE, restoreOfIfo()));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.extensions.fields?.map((f) => f.field)).toContain('node.actor.id');
    expect(await graphVersion()).toBe(version);
    expect(await linksAt(IFO)).not.toContain('m-ifo-hrv');
  });

  it('restores only what was at the node, and exactly one node', async () => {
    await deleteIfo();
    const astray = failure(await server.gql(RESTORE, restoreOfIfo({ links: [{ id: 'x', type: 'REPRESENTS', sourceId: 'person-a', targetId: SKOLA }] })));
    expect(astray.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'links[0].sourceId' }] });
    const two = failure(await server.gql(RESTORE, restoreOfIfo({ node: { topic: { name: 'A' }, programme: { name: 'B' } } })));
    expect(two.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'node' }] });
    const bad = failure(await server.gql(RESTORE, restoreOfIfo({ memberships: [{ id: 'm-ifo-hrv', actorId: IFO, networkId: NET, since: '2024-13-45' }] })));
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    expect(ok(await server.gql(`{ actor(id: "${IFO}") { id } }`)).actor).toBeNull();
  });
});
