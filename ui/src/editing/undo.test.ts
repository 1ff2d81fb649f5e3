import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../api/src/graphql/schema.graphql?raw';
import { goneNames, RESTORE_DELETED, restoreVariables, type Change } from './operations';

const deletedIfo: Extract<Change, { kind: 'deleted' }> = {
  kind: 'deleted', what: 'Actor', id: 'krokom-ifo',
  input: { id: 'krokom-ifo', name: 'IFO Krokom', areaId: 'krokom' },
  links: [
    { what: 'Membership', id: 'm1', input: { id: 'm1', actorId: 'krokom-ifo', networkId: 'net-hrv' } },
    { what: 'Referral', id: 'r1', input: { id: 'r1', fromId: 'skola', toId: 'krokom-ifo', trigger: 'REPORT_OF_CONCERN', kind: 'STATUTORY', status: 'WORKING' } },
    { what: 'Membership', id: 'm2', input: { id: 'm2', actorId: 'krokom-ifo', networkId: 'net-foraldrar' } },
    { what: 'Link', id: 'l1', input: { id: 'l1', type: 'REPRESENTS', sourceId: 'person-a', targetId: 'krokom-ifo' } },
  ],
  names: { 'net-hrv': 'Samverkan HRV', 'net-foraldrar': 'Föräldraskapsstöd', 'person-a': 'Samordnare A' },
};

describe('the undo of a delete as one write', () => {
  it('asks restoreDeleted with fields the schema has', () => {
    expect(validate(buildSchema(schemaText), parse(RESTORE_DELETED)).map((e) => e.message)).toEqual([]);
  });

  it('sends the node under its kind and every relationship it had, by kind, in one request', () => {
    expect(restoreVariables(deletedIfo, false)).toEqual({
      node: { actor: deletedIfo.input },
      memberships: [deletedIfo.links[0]!.input, deletedIfo.links[2]!.input],
      referrals: [deletedIfo.links[1]!.input],
      links: [deletedIfo.links[3]!.input],
      withoutMissingLinks: false,
    });
    expect(restoreVariables({ ...deletedIfo, what: 'Programme', links: [] }, true)).toMatchObject({ node: { programme: deletedIfo.input }, withoutMissingLinks: true });
  });

  it('names what is gone as it was called before the delete, once each, and the id when the name is not known', () => {
    const fields = [
      { field: 'memberships[1].networkId', message: '"net-foraldrar" is no longer on the map' },
      { field: 'links[0].sourceId', message: '"person-a" is no longer on the map' },
      { field: 'links[1].sourceId', message: '"person-a" is no longer on the map' },
      { field: 'node.actor.topicIds', message: '"topic-x" is no longer on the map' },
    ];
    expect(goneNames(deletedIfo, fields)).toEqual(['Föräldraskapsstöd', 'Samordnare A', 'topic-x']);
  });
});
