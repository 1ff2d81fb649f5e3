/**
 * The closed vocabularies the map draws, filters and labels by, and the shape of the API's
 * `GraphView`. vocabulary.test.ts checks every list against api/src/graphql/schema.graphql, so a
 * new actor kind or sector in the API fails a test instead of being drawn unstyled.
 */
import type { NodeType, RelationshipType } from '../api/schemaTypes';

export { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../api/schemaTypes';

export const ACTOR_KINDS = [
  'MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'POLICE', 'SOCIAL_SERVICES', 'OPEN_CARE', 'PRESCHOOL', 'SCHOOL',
  'SCHOOL_HEALTH', 'LEISURE', 'SFI', 'INTEGRATION', 'LIBRARY', 'FAMILY_CENTRE', 'CHILD_HEALTH', 'MATERNITY_HEALTH',
  'CHILD_PSYCHIATRY', 'HEALTH_CARE', 'PUBLIC_HEALTH', 'RESOURCE_CENTRE', 'COORDINATOR', 'CIVIL_SOCIETY',
  'FAITH_COMMUNITY', 'PRIVATE_PROVIDER', 'UNIVERSITY', 'ARENA', 'TARGET_GROUP', 'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SECTORS = ['MUNICIPAL', 'REGIONAL', 'JOINT', 'STATE', 'CIVIL_SOCIETY', 'PRIVATE', 'FAITH', 'TARGET_GROUP'] as const;
export type Sector = (typeof SECTORS)[number];

export const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL'] as const;
export type Level = (typeof LEVELS)[number];

export const REFERRAL_KINDS = ['STATUTORY', 'FORMAL', 'INFORMAL'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_STATUSES = ['WORKING', 'PLANNED', 'BROKEN'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const NETWORK_STATUSES = ['ACTIVE', 'DORMANT', 'PLANNED', 'ENDED'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['CHAIR', 'MEMBER', 'ADJUNCT'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** One node of `graph(filter)` / `neighbourhood(id, depth)`, as the API sends it. */
export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  /** ActorKind, NetworkKind, AreaType or RoutineKind, depending on the type. */
  readonly kind: string | null;
  readonly sector: Sector | null;
  readonly level: Level | null;
  /** NetworkStatus or RoutineStatus. */
  readonly status: string | null;
  readonly areaId: string | null;
  readonly firstLine: boolean | null;
}

export interface GraphEdge {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
  /** ReferralKind for REFERS_TO. */
  readonly kind: string | null;
  /** ReferralStatus for REFERS_TO. */
  readonly status: string | null;
  readonly role: MembershipRole | null;
}

export interface GraphView {
  readonly graphVersion: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
