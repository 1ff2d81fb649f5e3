/**
 * The map view's GraphQL queries and the shapes of their answers. queries.test.ts validates every
 * query against api/src/graphql/schema.graphql.
 */
import type { GraphView, NodeType } from '../../graph/vocabulary';

const GRAPH_FIELDS = `graphVersion
    nodes { id type label kind sector level status areaId firstLine }
    edges { id type source target kind status role }`;

export const GRAPH_QUERY = `query MapGraph($filter: GraphFilter) {
  graph(filter: $filter) {
    ${GRAPH_FIELDS}
  }
}`;
export interface GraphData {
  readonly graph: GraphView;
}

export const NEIGHBOURHOOD_QUERY = `query MapNeighbourhood($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth) {
    ${GRAPH_FIELDS}
  }
}`;
export interface NeighbourhoodData {
  readonly neighbourhood: GraphView;
}

/** The filter choices: areas (municipalities first, as users think of them) and topics. */
export const CHOICES_QUERY = `query MapChoices {
  areas { id name type }
  topics { id name }
}`;
export interface AreaChoice {
  readonly id: string;
  readonly name: string;
  readonly type: 'NATION' | 'COUNTY' | 'MUNICIPALITY' | 'DISTRICT';
}
export interface ChoicesData {
  readonly areas: readonly AreaChoice[];
  readonly topics: readonly { readonly id: string; readonly name: string }[];
}

export const SEARCH_QUERY = `query MapSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { id type label detail }
}`;
export interface SearchHit {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  readonly detail: string | null;
}
export interface SearchData {
  readonly search: readonly SearchHit[];
}

/**
 * Every finding with its text in the reader's language; cached per graph version and language.
 * All classes: a link to a thing to fill in or a note opens on the map as a gap does.
 */
export const FINDINGS_QUERY = `query MapFindings($lang: Language!) {
  analysis(filter: { classes: [GAP, TO_FILL_IN, NOTE] }) {
    graphVersion upToDate
    findings {
      id kind severity rule concept
      subjects { nodes relationships }
      explanation(lang: $lang)
      suggestion(lang: $lang)
      severityReason(lang: $lang)
    }
  }
}`;
export interface MapFinding {
  readonly id: string;
  readonly kind: string;
  readonly severity: 'HIGH' | 'MEDIUM' | 'LOW';
  readonly rule: string;
  readonly concept: string;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
  readonly explanation: string;
  readonly suggestion: string;
  readonly severityReason: string;
}
export interface FindingsData {
  readonly analysis: { readonly graphVersion: number; readonly findings: readonly MapFinding[] };
}

const REF = 'id name';
const META = 'id version updatedAt lastVerifiedAt source';

/** One node with every property and its links, whatever its type. */
export const NODE_DETAIL_QUERY = `query MapNodeDetail($id: ID!) {
  node(id: $id) {
    __typename
    ${META}
    ... on Actor {
      name kind sector level description firstLine preventionLevels supportPhases targetGroups languages phone website email personDependent
      area { ${REF} } partOf { ${REF} } units { ${REF} }
      memberships { id role network { ${REF} } }
      convenes { ${REF} }
      referralsOut { id kind status trigger phase to { ${REF} } }
      referralsIn { id kind status trigger phase from { ${REF} } }
      topics { ${REF} } programmes { ${REF} } routines { ${REF} status }
      representatives { id pseudonym }
    }
    ... on Network {
      name networkKind: kind level status formal purpose meetingRhythm timeLimited endsOn description
      area { ${REF} }
      conveners { ${REF} }
      members { id role actor { ${REF} } }
      seats { id role person { id pseudonym } }
      topics { ${REF} }
    }
    ... on Person { pseudonym note represents { ${REF} } seats { id role network { ${REF} } } }
    ... on Area { name areaType: type actorCount parent { ${REF} } children { ${REF} } }
    ... on Topic { name description }
    ... on Routine { name routineKind: kind routineStatus: status description owners { ${REF} } topics { ${REF} } }
    ... on Programme { name description offeredBy { ${REF} } }
  }
}`;

export interface Ref {
  readonly id: string;
  readonly name: string;
}

/** The union of the fragments above: which fields are present depends on `__typename`. */
export interface NodeDetail {
  readonly __typename: 'Actor' | 'Network' | 'Person' | 'Area' | 'Topic' | 'Routine' | 'Programme';
  readonly id: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly lastVerifiedAt: string | null;
  readonly source: string | null;
  readonly [field: string]: unknown;
}
export interface NodeDetailData {
  readonly node: NodeDetail | null;
}
