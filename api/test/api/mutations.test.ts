/** Writing the map through GraphQL: every node type and relationship, with their errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  ok(await server.gql(`mutation {
    county: createArea(input: {id: "jamtlands-lan", name: "Jämtlands län", type: COUNTY}) { id }
    krokom: createArea(input: {name: "Krokom", type: MUNICIPALITY, parentId: "jamtlands-lan"}) { id }
    hrv: createTopic(input: {id: "topic-hrv", name: "Hedersrelaterat våld och förtryck"}) { id }
  }`));
});
afterAll(() => server.close());

const graphVersion = async () => (await server.service.snapshot()).graphVersion;

describe('node mutations', () => {
  it('creates an actor with a derived id, its area and topics in one write', async () => {
    const { createActor } = ok(await server.gql(`mutation {
      createActor(input: {name: "Förskola Krokom", kind: PRESCHOOL, sector: MUNICIPAL, level: LOCAL, firstLine: true,
        preventionLevels: [UNIVERSAL], areaId: "krokom", topicIds: ["topic-hrv"], source: "test"}) {
        id version firstLine preventionLevels area { id } topics { id } createdAt updatedAt lastVerifiedAt source } }`));
    expect(createActor).toMatchObject({
      id: 'krokom-forskola-krokom', version: 1, firstLine: true, preventionLevels: ['UNIVERSAL'],
      area: { id: 'krokom' }, topics: [{ id: 'topic-hrv' }], lastVerifiedAt: null, source: 'test',
    });
    expect(Date.parse(createActor.createdAt)).not.toBeNaN();
  });

  it('updates only the fields given, bumping the version', async () => {
    const { updateActor } = ok(await server.gql(`mutation {
      updateActor(id: "krokom-forskola-krokom", version: 1, patch: {description: "Kommunal förskola", topicIds: []}) {
        version description firstLine topics { id } area { id } } }`));
    expect(updateActor).toEqual({ version: 2, description: 'Kommunal förskola', firstLine: true, topics: [], area: { id: 'krokom' } });
  });

  it('refuses an update carrying a stale version with CONFLICT and writes nothing', async () => {
    const before = await graphVersion();
    const error = failure(await server.gql(`mutation { updateActor(id: "krokom-forskola-krokom", version: 1, patch: {name: "Overwritten"}) { id } }`));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.extensions.fields?.[0]?.field).toBe('version');
    expect(await graphVersion()).toBe(before);
    const { actor } = ok(await server.gql('{ actor(id: "krokom-forskola-krokom") { name version } }'));
    expect(actor).toEqual({ name: 'Förskola Krokom', version: 2 });
  });

  it('names every bad field of an input with BAD_USER_INPUT', async () => {
    const before = await graphVersion();
    const error = failure(await server.gql(`mutation {
      createActor(input: {id: "bad-actor", name: "  ", kind: SCHOOL, sector: MUNICIPAL, level: LOCAL, areaId: "nowhere", partOfId: "topic-hrv",
        lastVerifiedAt: "2024-01-01", targetGroups: ["ok", "bad\\u0007bell"]}) { id } }`));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['input.areaId', 'input.name', 'input.partOfId', 'input.targetGroups']);
    expect(await graphVersion()).toBe(before);
  });

  it('rejects a value outside an enum before any resolver runs', async () => {
    const error = failure(await server.gql('mutation { createArea(input: {name: "X", type: PLANET}) { id } }'));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a second node with an id already in use', async () => {
    const error = failure(await server.gql('mutation { createNetwork(input: {id: "krokom", name: "Dup", kind: NETWORK, level: LOCAL, status: ACTIVE}) { id } }'));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already belongs to an area/);
  });

  it('answers NOT_FOUND for an update of a missing node', async () => {
    const error = failure(await server.gql('mutation { updateTopic(id: "no-such-topic", version: 1, patch: {name: "x"}) { id } }'));
    expect(error.extensions.code).toBe('NOT_FOUND');
  });

  it('creates, updates and deletes every other node type', async () => {
    const created = ok(await server.gql(`mutation {
      n: createNetwork(input: {id: "net-krokom-hrv", name: "Lokalt nätverk heder", kind: NETWORK, level: LOCAL, status: ACTIVE,
        areaId: "krokom", convenerIds: ["krokom-forskola-krokom"], topicIds: ["topic-hrv"], timeLimited: true, endsOn: "2024-12-31"}) {
        id conveners { id } topics { id } timeLimited endsOn }
      p: createPerson(input: {pseudonym: "Samordnare A", representsIds: ["krokom-forskola-krokom"]}) { id represents { id } }
      r: createRoutine(input: {name: "Rutin heder", kind: ROUTINE, status: DRAFT, ownerIds: ["krokom-forskola-krokom"], topicIds: ["topic-hrv"]}) { id owners { id } topics { id } }
      g: createProgramme(input: {name: "ABC", offeredByIds: ["krokom-forskola-krokom"]}) { id offeredBy { id } }
    }`));
    expect(created.n).toEqual({ id: 'net-krokom-hrv', conveners: [{ id: 'krokom-forskola-krokom' }], topics: [{ id: 'topic-hrv' }], timeLimited: true, endsOn: '2024-12-31' });
    expect(created.p).toEqual({ id: 'samordnare-a', represents: [{ id: 'krokom-forskola-krokom' }] });
    expect(created.r.id).toBe('krokom-forskola-krokom-rutin-heder');
    expect(created.g).toEqual({ id: 'abc', offeredBy: [{ id: 'krokom-forskola-krokom' }] });
    const updated = ok(await server.gql(`mutation {
      updateNetwork(id: "net-krokom-hrv", version: 1, patch: {status: DORMANT}) { status version }
      updatePerson(id: "samordnare-a", version: 1, patch: {note: "pseudonym"}) { note }
      updateRoutine(id: "krokom-forskola-krokom-rutin-heder", version: 1, patch: {status: ADOPTED}) { status }
      updateProgramme(id: "abc", version: 1, patch: {description: "Alla barn i centrum"}) { description }
      updateArea(id: "krokom", version: 1, patch: {name: "Krokoms kommun"}) { name parent { id } }
      updateTopic(id: "topic-hrv", version: 1, patch: {description: "HRV"}) { description }
    }`));
    expect(updated).toEqual({
      updateNetwork: { status: 'DORMANT', version: 2 }, updatePerson: { note: 'pseudonym' }, updateRoutine: { status: 'ADOPTED' },
      updateProgramme: { description: 'Alla barn i centrum' }, updateArea: { name: 'Krokoms kommun', parent: { id: 'jamtlands-lan' } },
      updateTopic: { description: 'HRV' },
    });
    const deleted = ok(await server.gql(`mutation {
      deletePerson(id: "samordnare-a") { id removedLinks { type } }
      deleteProgramme(id: "abc") { removedLinks { type } }
    }`));
    expect(deleted.deletePerson.removedLinks).toEqual([{ type: 'REPRESENTS' }]);
    expect(deleted.deleteProgramme.removedLinks).toEqual([{ type: 'OFFERS' }]);
  });
});

describe('relationship mutations', () => {
  beforeAll(async () => {
    ok(await server.gql(`mutation {
      createActor(input: {id: "krokom-ifo", name: "IFO Krokom", kind: SOCIAL_SERVICES, sector: MUNICIPAL, level: LOCAL, areaId: "krokom"}) { id }
    }`));
  });

  it('adds a member to a network, changes its role, and refuses the same membership twice', async () => {
    const { createMembership } = ok(await server.gql(`mutation { createMembership(input: {actorId: "krokom-ifo", networkId: "net-krokom-hrv", since: "2024-02-01"}) {
      id role since actor { id } network { members { actor { id } } } } }`));
    expect(createMembership).toMatchObject({ id: 'krokom-ifo--member-of--net-krokom-hrv', role: 'MEMBER', since: '2024-02-01', actor: { id: 'krokom-ifo' } });
    const again = failure(await server.gql('mutation { createMembership(input: {actorId: "krokom-ifo", networkId: "net-krokom-hrv"}) { id } }'));
    expect(again.extensions.code).toBe('CONFLICT');
    const { updateMembership } = ok(await server.gql('mutation { updateMembership(id: "krokom-ifo--member-of--net-krokom-hrv", version: 1, patch: {role: CHAIR}) { role version } }'));
    expect(updateMembership).toEqual({ role: 'CHAIR', version: 2 });
  });

  it('refuses a membership whose ends are of the wrong kind, naming the field', async () => {
    const error = failure(await server.gql('mutation { createMembership(input: {actorId: "net-krokom-hrv", networkId: "krokom-ifo"}) { id } }'));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.[0]?.field).toMatch(/input\.(actorId|networkId)/);
  });

  it('records a referral route with its routine, and follows it', async () => {
    const { createReferral } = ok(await server.gql(`mutation { createReferral(input: {fromId: "krokom-forskola-krokom", toId: "krokom-ifo",
      trigger: REPORT_OF_CONCERN, kind: STATUTORY, status: WORKING, phase: ACUTE, routineId: "krokom-forskola-krokom-rutin-heder"}) {
      id from { id } to { id } routine { status } } }`));
    expect(createReferral).toMatchObject({ id: 'krokom-forskola-krokom--refers-to--krokom-ifo--report-of-concern', routine: { status: 'ADOPTED' } });
    const { referralPaths } = ok(await server.gql('{ referralPaths(from: "krokom-forskola-krokom", to: "krokom-ifo") { hops } }'));
    expect(referralPaths).toEqual([{ hops: 1 }]);
    const { updateReferral } = ok(await server.gql(`mutation { updateReferral(id: "${createReferral.id}", version: 1, patch: {status: BROKEN}) { status kind } }`));
    expect(updateReferral).toEqual({ status: 'BROKEN', kind: 'STATUTORY' });
  });

  it('refuses a referral naming a routine that does not exist', async () => {
    const error = failure(await server.gql(`mutation { createReferral(input: {fromId: "krokom-ifo", toId: "krokom-forskola-krokom",
      trigger: OTHER, kind: INFORMAL, status: WORKING, routineId: "no-routine"}) { id } }`));
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.fields?.[0]?.field).toBe('input.routineId');
  });

  it('creates and deletes a plain link, and refuses a link type joining the wrong kinds', async () => {
    const { createLink } = ok(await server.gql('mutation { createLink(input: {type: PART_OF, sourceId: "krokom-forskola-krokom", targetId: "krokom-ifo"}) { id type sourceId targetId } }'));
    expect(createLink).toEqual({ id: 'krokom-forskola-krokom--part-of--krokom-ifo', type: 'PART_OF', sourceId: 'krokom-forskola-krokom', targetId: 'krokom-ifo' });
    const { deleteLink } = ok(await server.gql(`mutation { deleteLink(id: "${createLink.id}") { id } }`));
    expect(deleteLink.id).toBe(createLink.id);
    const wrong = failure(await server.gql('mutation { createLink(input: {type: WITHIN, sourceId: "krokom-ifo", targetId: "krokom"}) { id } }'));
    expect(wrong.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('deleting an actor says which links went with it', async () => {
    ok(await server.gql('mutation { createActor(input: {id: "temp", name: "Temp", kind: OTHER, sector: PRIVATE, level: LOCAL, areaId: "krokom"}) { id } }'));
    ok(await server.gql('mutation { createMembership(input: {actorId: "temp", networkId: "net-krokom-hrv"}) { id } }'));
    const { deleteActor } = ok(await server.gql('mutation { deleteActor(id: "temp", version: 1) { id removedLinks { id type source target } } }'));
    expect(deleteActor.removedLinks.map((l: { type: string }) => l.type).sort()).toEqual(['LOCATED_IN', 'MEMBER_OF']);
    expect(ok(await server.gql('{ actor(id: "temp") { id } }')).actor).toBeNull();
  });

  it('deleting a routine clears it from the referrals it governed', async () => {
    ok(await server.gql('mutation { deleteRoutine(id: "krokom-forskola-krokom-rutin-heder") { id } }'));
    const { referral } = ok(await server.gql('{ referral(id: "krokom-forskola-krokom--refers-to--krokom-ifo--report-of-concern") { routine { id } } }'));
    expect(referral.routine).toBeNull();
  });

  it('marks facts as verified today', async () => {
    const { markVerified } = ok(await server.gql('mutation { markVerified(ids: ["krokom-ifo", "krokom-ifo--member-of--net-krokom-hrv"]) }'));
    expect(markVerified).toBe(2);
    const { actor } = ok(await server.gql('{ actor(id: "krokom-ifo") { lastVerifiedAt memberships { lastVerifiedAt role } } }'));
    const today = new Date().toISOString().slice(0, 10);
    expect(actor).toEqual({ lastVerifiedAt: today, memberships: [{ lastVerifiedAt: today, role: 'CHAIR' }] });
  });
});
