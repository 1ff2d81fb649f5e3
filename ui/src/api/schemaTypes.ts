/**
 * The closed vocabularies of api/src/graphql/schema.graphql that the UI labels.
 * `schemaTypes.test.ts` checks them against the schema file so they cannot drift.
 */

export const NODE_TYPES = ['ACTOR', 'NETWORK', 'PERSON', 'AREA', 'TOPIC', 'ROUTINE', 'PROGRAMME'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'SITS_IN',
  'REPRESENTS',
  'CONVENES',
  'REFERS_TO',
  'PART_OF',
  'LOCATED_IN',
  'WITHIN',
  'ADDRESSES',
  'WORKS_ON',
  'OFFERS',
  'HAS_ROUTINE',
  'COVERS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
