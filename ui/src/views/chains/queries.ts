/** What the chains view asks the API. */
import type { ActorKind, FindingKind, ReferralKind, ReferralStatus, ReferralTrigger, RoutineStatus, Severity, SupportPhase } from '../../components/shared/vocabulary';

const ACTOR_FIELDS = 'id name kind area { id name } phone website email';

export const ACTOR_QUERY = /* GraphQL */ `
  query ChainActor($id: ID!) {
    actor(id: $id) { ${ACTOR_FIELDS} firstLine }
  }
`;

export const ACTOR_SEARCH_QUERY = /* GraphQL */ `
  query ChainActorSearch($text: String!, $firstLine: Boolean) {
    actors(filter: { text: $text, firstLine: $firstLine }, first: 12) {
      totalCount
      edges { node { ${ACTOR_FIELDS} } }
    }
  }
`;

export const GROUP_ACTORS_QUERY = /* GraphQL */ `
  query ChainGroup($area: ID!, $kind: ActorKind!) {
    actors(filter: { area: $area, kinds: [$kind], firstLine: true }, first: 100) {
      totalCount
      edges { node { ${ACTOR_FIELDS} } }
    }
    area(id: $area) { id name }
  }
`;

const PATH_FIELDS = /* GraphQL */ `
  hops
  actors { ${ACTOR_FIELDS} }
  referrals { id trigger kind status phase routine { id name status } }
`;

export const ROUTES_QUERY = /* GraphQL */ `
  query ChainRoutes($from: ID!, $to: ID, $toKinds: [ActorKind!], $maxHops: Int) {
    referralPaths(from: $from, to: $to, toKinds: $toKinds, maxHops: $maxHops) { ${PATH_FIELDS} }
  }
`;

/**
 * The routes of many actors in one round trip (one aliased field per actor), for the summary of a
 * kind in an area. The ids travel as variables, never spliced into the query text.
 */
export function groupRoutesQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$from${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `r${i}: referralPaths(from: $from${i}, to: $to, toKinds: $toKinds, maxHops: $maxHops) { ${PATH_FIELDS} }`).join('\n');
  return `query ChainGroupRoutes(${vars}${count > 0 ? ', ' : ''}$to: ID, $toKinds: [ActorKind!], $maxHops: Int) {\n${fields || '__typename'}\n}`;
}

export const CHAIN_FINDINGS_QUERY = /* GraphQL */ `
  query ChainFindings($area: ID, $lang: Language) {
    analysis(filter: { area: $area, kinds: [BROKEN_CHAIN, UNCONNECTED_ACTOR] }) {
      findings { id kind rule severity explanation(lang: $lang) suggestion(lang: $lang) subjects { nodes } }
    }
  }
`;

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly area: { readonly id: string; readonly name: string } | null;
  /** The unit's public contact channels (null when not recorded). */
  readonly phone?: string | null;
  readonly website?: string | null;
  readonly email?: string | null;
}

export interface Step {
  readonly id: string;
  readonly trigger: ReferralTrigger;
  readonly kind: ReferralKind;
  readonly status: ReferralStatus;
  readonly phase: SupportPhase | null;
  readonly routine: { readonly id: string; readonly name: string; readonly status: RoutineStatus } | null;
}

export interface Route {
  readonly hops: number;
  readonly actors: readonly ActorRef[];
  readonly referrals: readonly Step[];
}

export interface ChainFinding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly rule: string;
  readonly severity: Severity;
  readonly explanation: string;
  readonly suggestion: string;
  readonly subjects: { readonly nodes: readonly string[] };
}

export interface ActorResult { readonly actor: (ActorRef & { readonly firstLine: boolean }) | null }
export interface ActorSearchResult { readonly actors: { readonly totalCount: number; readonly edges: readonly { readonly node: ActorRef }[] } }
export interface GroupActorsResult extends ActorSearchResult { readonly area: { readonly id: string; readonly name: string } | null }
export interface RoutesResult { readonly referralPaths: readonly Route[] }
export type GroupRoutesResult = Readonly<Record<string, readonly Route[]>>;
export interface ChainFindingsResult { readonly analysis: { readonly findings: readonly ChainFinding[] } }

/**
 * Of the unconnected-actor findings, the one about chains: a first-line actor with no route onward
 * at all (the analysis files it there rather than under broken chains).
 */
export const NO_ONWARD_ROUTE_RULE = 'unconnected.first-line-no-onward-route';

/** The chain findings that concern any of the given actors. */
export function findingsAbout(findings: readonly ChainFinding[], actorIds: readonly string[]): ChainFinding[] {
  const ids = new Set(actorIds);
  const aboutChains = (f: ChainFinding) => f.kind === 'BROKEN_CHAIN' || f.rule === NO_ONWARD_ROUTE_RULE;
  return findings.filter((f) => aboutChains(f) && f.subjects.nodes.some((id) => ids.has(id)));
}
