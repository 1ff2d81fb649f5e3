/**
 * The closed vocabularies of api/src/graphql/schema.graphql that the gaps, duplicates and chains
 * views label, sort or filter by. vocabulary.test.ts checks them against the schema file, so a new
 * value in the API fails a test here instead of showing up unlabelled.
 */

export const FINDING_KINDS = [
  'DUPLICATED_NETWORKS', 'MISSING_REPRESENTATION', 'UNCONNECTED_ACTOR', 'BROKEN_CHAIN', 'FRAGILITY',
  'BROKER', 'SUGGESTED_LINK', 'STALE_FACT', 'COVERAGE_GAP',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Most serious first: the order findings are listed in. */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** TryggVäxt/NEXUM: five key concepts, then five linking concepts (as the process report presents them). */
export const KEY_CONCEPTS = ['KUNSKAP', 'RUTINER', 'BESLUT', 'SAMVERKAN', 'ORGANISATION'] as const;
export const LINKING_CONCEPTS = ['RELATIONER', 'STRUKTUR', 'KOMMUNIKATION', 'SAMSYN', 'PROCESSER'] as const;
export const CONCEPTS = [...KEY_CONCEPTS, ...LINKING_CONCEPTS] as const;
export type Concept = (typeof CONCEPTS)[number];

export const ACTOR_KINDS = [
  'MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'POLICE', 'SOCIAL_SERVICES', 'OPEN_CARE', 'PRESCHOOL', 'SCHOOL',
  'SCHOOL_HEALTH', 'LEISURE', 'SFI', 'INTEGRATION', 'LIBRARY', 'FAMILY_CENTRE', 'CHILD_HEALTH', 'MATERNITY_HEALTH',
  'CHILD_PSYCHIATRY', 'HEALTH_CARE', 'PUBLIC_HEALTH', 'RESOURCE_CENTRE', 'COORDINATOR', 'CIVIL_SOCIETY',
  'FAITH_COMMUNITY', 'PRIVATE_PROVIDER', 'UNIVERSITY', 'ARENA', 'TARGET_GROUP', 'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** "Specialised support" in the domain: where a first-line actor's chain should end. */
export const SPECIALISED_SUPPORT: readonly ActorKind[] = ['SOCIAL_SERVICES', 'RESOURCE_CENTRE'];

export const REFERRAL_TRIGGERS = ['CONCERN_FOR_CHILD', 'HRV_SUSPICION', 'PARENTAL_SUPPORT_NEED', 'REPORT_OF_CONCERN', 'VIOLENCE', 'OTHER'] as const;
export type ReferralTrigger = (typeof REFERRAL_TRIGGERS)[number];

export const REFERRAL_KINDS = ['STATUTORY', 'FORMAL', 'INFORMAL'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_STATUSES = ['WORKING', 'PLANNED', 'BROKEN'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const SUPPORT_PHASES = ['ACUTE', 'MIDDLE', 'LONG_TERM'] as const;
export type SupportPhase = (typeof SUPPORT_PHASES)[number];

export const ROUTINE_STATUSES = ['ADOPTED', 'DRAFT', 'PARTIAL', 'MISSING', 'UNKNOWN', 'OUTDATED'] as const;
export type RoutineStatus = (typeof ROUTINE_STATUSES)[number];

export const AREA_TYPES = ['NATION', 'COUNTY', 'MUNICIPALITY', 'DISTRICT'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** The GraphQL `Language` argument of explanations. */
export type ApiLanguage = 'SV' | 'EN';
export const apiLanguage = (lang: string): ApiLanguage => (lang === 'en' ? 'EN' : 'SV');

/** 0 for HIGH: lower ranks sort first. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
