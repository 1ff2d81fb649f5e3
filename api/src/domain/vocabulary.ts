/**
 * The closed vocabularies of the actor map. The GraphQL enums in schema.graphql use the same
 * values; `vocabulary.test.ts` fails when the two drift apart.
 */
export const NODE_LABELS = ['Actor', 'Network', 'Person', 'Area', 'Topic', 'Routine', 'Programme'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'MEMBER_OF', 'SITS_IN', 'REPRESENTS', 'CONVENES', 'REFERS_TO', 'PART_OF', 'LOCATED_IN', 'WITHIN',
  'ADDRESSES', 'WORKS_ON', 'OFFERS', 'HAS_ROUTINE', 'COVERS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationships with no attributes of their own: created and deleted as plain links. */
export const LINK_TYPES = [
  'SITS_IN', 'REPRESENTS', 'CONVENES', 'PART_OF', 'LOCATED_IN', 'WITHIN', 'ADDRESSES', 'WORKS_ON',
  'OFFERS', 'HAS_ROUTINE', 'COVERS',
] as const satisfies readonly RelationshipType[];
export type LinkType = (typeof LINK_TYPES)[number];

export const ACTOR_KINDS = [
  'MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'POLICE', 'SOCIAL_SERVICES', 'OPEN_CARE', 'PRESCHOOL',
  'SCHOOL', 'SCHOOL_HEALTH', 'LEISURE', 'SFI', 'INTEGRATION', 'LIBRARY', 'FAMILY_CENTRE',
  'CHILD_HEALTH', 'MATERNITY_HEALTH', 'CHILD_PSYCHIATRY', 'HEALTH_CARE', 'PUBLIC_HEALTH',
  'RESOURCE_CENTRE', 'COORDINATOR', 'CIVIL_SOCIETY', 'FAITH_COMMUNITY', 'PRIVATE_PROVIDER',
  'UNIVERSITY', 'ARENA', 'TARGET_GROUP', 'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SECTORS = [
  'MUNICIPAL', 'REGIONAL', 'JOINT', 'STATE', 'CIVIL_SOCIETY', 'PRIVATE', 'FAITH', 'TARGET_GROUP',
] as const;
export type Sector = (typeof SECTORS)[number];

export const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL'] as const;
export type Level = (typeof LEVELS)[number];

export const PREVENTION_LEVELS = ['UNIVERSAL', 'SELECTIVE', 'INDICATED'] as const;
export const SUPPORT_PHASES = ['ACUTE', 'MIDDLE', 'LONG_TERM'] as const;

export const NETWORK_KINDS = [
  'FORUM', 'NETWORK', 'TEAM', 'STEERING_GROUP', 'WORKING_GROUP', 'REFERENCE_GROUP',
  'COLLABORATION', 'INITIATIVE',
] as const;
export const NETWORK_STATUSES = ['ACTIVE', 'DORMANT', 'PLANNED', 'ENDED'] as const;
export const AREA_TYPES = ['NATION', 'COUNTY', 'MUNICIPALITY', 'DISTRICT'] as const;
export const ROUTINE_KINDS = [
  'ROUTINE', 'ACTION_PLAN', 'GUIDELINE', 'AGREEMENT', 'DECISION', 'TRAINING_PLAN',
  // Information material for parents or staff (on parental support, HRV, in several languages).
  'INFORMATION',
] as const;
/** OUTDATED: adopted and in force, but a source says it needs revising. */
export const ROUTINE_STATUSES = ['ADOPTED', 'DRAFT', 'PARTIAL', 'MISSING', 'UNKNOWN', 'OUTDATED'] as const;
export const MEMBERSHIP_ROLES = ['CHAIR', 'MEMBER', 'ADJUNCT'] as const;
export const REFERRAL_TRIGGERS = [
  'CONCERN_FOR_CHILD', 'HRV_SUSPICION', 'PARENTAL_SUPPORT_NEED', 'REPORT_OF_CONCERN', 'VIOLENCE',
  'OTHER',
] as const;
export const REFERRAL_KINDS = ['STATUTORY', 'FORMAL', 'INFORMAL'] as const;
export const REFERRAL_STATUSES = ['WORKING', 'PLANNED', 'BROKEN'] as const;

/** The GraphQL name of each vocabulary, for the drift test. */
export const GRAPHQL_ENUMS: Record<string, readonly string[]> = {
  RelationshipType: RELATIONSHIP_TYPES,
  LinkType: LINK_TYPES,
  ActorKind: ACTOR_KINDS,
  Sector: SECTORS,
  Level: LEVELS,
  PreventionLevel: PREVENTION_LEVELS,
  SupportPhase: SUPPORT_PHASES,
  NetworkKind: NETWORK_KINDS,
  NetworkStatus: NETWORK_STATUSES,
  AreaType: AREA_TYPES,
  RoutineKind: ROUTINE_KINDS,
  RoutineStatus: ROUTINE_STATUSES,
  MembershipRole: MEMBERSHIP_ROLES,
  ReferralTrigger: REFERRAL_TRIGGERS,
  ReferralKind: REFERRAL_KINDS,
  ReferralStatus: REFERRAL_STATUSES,
};
