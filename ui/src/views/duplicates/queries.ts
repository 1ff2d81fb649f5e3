/** What the duplicates view asks the API: the overlapping pairs, and the two networks compared. */

const OVERLAP_FIELDS = /* GraphQL */ `
  id
  a { id name }
  b { id name }
  sharedTopics { id name }
  jaccard
  overlapCoefficient
  topicJaccard
  sameArea
  sameLevel
  score
  explanation(lang: $lang)
`;

export const OVERLAPS_QUERY = /* GraphQL */ `
  query Overlaps($filter: OverlapFilter, $minScore: Float, $first: Int, $lang: Language) {
    networkOverlaps(filter: $filter, minScore: $minScore, first: $first) { ${OVERLAP_FIELDS} }
  }
`;

/** For a pair not in the loaded list (a shared link with other filters): every pair around network a. */
export const PAIR_QUERY = /* GraphQL */ `
  query OverlapPair($area: ID, $lang: Language) {
    networkOverlaps(filter: { area: $area }, minScore: 0, first: 500) { ${OVERLAP_FIELDS} }
  }
`;

const NETWORK_FIELDS = /* GraphQL */ `
  id
  name
  level
  status
  area { id name }
  members { role actor { id name kind sector } }
  seats { role person { id pseudonym represents { id name } } }
  topics { id name }
`;

export const COMPARE_QUERY = /* GraphQL */ `
  query CompareNetworks($a: ID!, $b: ID!) {
    a: network(id: $a) { ${NETWORK_FIELDS} }
    b: network(id: $b) { ${NETWORK_FIELDS} }
  }
`;

export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

export interface OverlapPair {
  readonly id: string;
  readonly a: NamedRef;
  readonly b: NamedRef;
  readonly sharedTopics: readonly NamedRef[];
  readonly jaccard: number;
  readonly overlapCoefficient: number;
  readonly topicJaccard: number;
  readonly sameArea: boolean;
  readonly sameLevel: boolean;
  readonly score: number;
  readonly explanation: string;
}

export interface OverlapsResult {
  readonly networkOverlaps: readonly OverlapPair[];
}

export type MembershipRole = 'CHAIR' | 'MEMBER' | 'ADJUNCT';

export interface NetworkDetail {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly status: string;
  readonly area: NamedRef | null;
  readonly members: readonly { readonly role: MembershipRole; readonly actor: { readonly id: string; readonly name: string; readonly kind: string; readonly sector: string } }[];
  readonly seats: readonly { readonly role: MembershipRole; readonly person: { readonly id: string; readonly pseudonym: string; readonly represents?: readonly { readonly id: string; readonly name: string }[] } }[];
  readonly topics: readonly NamedRef[];
}

export interface CompareResult {
  readonly a: NetworkDetail | null;
  readonly b: NetworkDetail | null;
}
