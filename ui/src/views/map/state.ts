/**
 * The map view's state, kept in the URL so a link shows the same map (filters, focus, selection,
 * layout, a finding) and Back undoes a change. Also: the filter as the `graph` query's variables.
 */
import { read, write, type Codec } from '../../app/url-state';
import { LAYOUT_NAMES, type MapLayoutName } from '../../graph/layoutNames';
import {
  ACTOR_KINDS, LEVELS, RELATIONSHIP_TYPES, SECTORS,
  type ActorKind, type Level, type NodeType, type RelationshipType, type Sector,
} from '../../graph/vocabulary';


export interface MapState {
  readonly area: string | undefined;
  readonly sectors: readonly Sector[];
  readonly kinds: readonly ActorKind[];
  readonly levels: readonly Level[];
  readonly topic: string | undefined;
  /** Relationship types drawn; they also decide which node types are drawn (see nodeTypesFor). */
  readonly rels: readonly RelationshipType[];
  /** Show only this node's neighbourhood… */
  readonly focus: string | undefined;
  /** …this many links deep (1–3). */
  readonly depth: number;
  /** The node whose details are open. */
  readonly select: string | undefined;
  readonly layout: MapLayoutName;
  /** A finding of the analysis to highlight (the gaps view links here). */
  readonly finding: string | undefined;
}

/**
 * By default the actor map proper: actors and networks, who sits where, who convenes, which unit
 * belongs to which organisation, and the referral routes. Topics, routines, persons and areas are
 * a relationship-type choice away.
 */
export const DEFAULT_RELS: readonly RelationshipType[] = ['MEMBER_OF', 'CONVENES', 'REFERS_TO', 'PART_OF'];

export const DEFAULT_STATE: MapState = {
  area: undefined, sectors: [], kinds: [], levels: [], topic: undefined, rels: DEFAULT_RELS,
  focus: undefined, depth: 1, select: undefined, layout: 'fcose', finding: undefined,
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const mapCodec: Codec<MapState> = {
  parse(params) {
    const rels = read.list(params, 'rels', RELATIONSHIP_TYPES);
    return {
      area: read.string(params, 'area'),
      sectors: read.list(params, 'sectors', SECTORS),
      kinds: read.list(params, 'kinds', ACTOR_KINDS),
      levels: read.list(params, 'levels', LEVELS),
      topic: read.string(params, 'topic'),
      rels: rels.length > 0 ? rels : DEFAULT_RELS,
      focus: read.string(params, 'focus'),
      depth: read.int(params, 'depth', 1, 3, 1),
      select: read.string(params, 'select'),
      layout: read.oneOf(params, 'layout', LAYOUT_NAMES, 'fcose'),
      finding: read.string(params, 'finding'),
    };
  },
  serialize(state) {
    return write(
      {
        area: state.area,
        sectors: state.sectors,
        kinds: state.kinds,
        levels: state.levels,
        topic: state.topic,
        rels: sameSet(state.rels, DEFAULT_RELS) ? undefined : RELATIONSHIP_TYPES.filter((r) => state.rels.includes(r)),
        focus: state.focus,
        depth: state.focus === undefined ? undefined : state.depth,
        select: state.select,
        layout: state.layout,
        finding: state.finding,
      },
      { depth: 1, layout: 'fcose' },
    );
  },
};

/** Which node types each relationship type joins. */
export const REL_ENDPOINTS: Record<RelationshipType, readonly NodeType[]> = {
  MEMBER_OF: ['ACTOR', 'NETWORK'],
  SITS_IN: ['PERSON', 'NETWORK'],
  REPRESENTS: ['PERSON', 'ACTOR'],
  CONVENES: ['ACTOR', 'NETWORK'],
  REFERS_TO: ['ACTOR'],
  PART_OF: ['ACTOR'],
  LOCATED_IN: ['ACTOR', 'NETWORK', 'AREA'],
  WITHIN: ['AREA'],
  ADDRESSES: ['NETWORK', 'TOPIC'],
  WORKS_ON: ['ACTOR', 'TOPIC'],
  OFFERS: ['ACTOR', 'PROGRAMME'],
  HAS_ROUTINE: ['ACTOR', 'ROUTINE'],
  COVERS: ['ROUTINE', 'TOPIC'],
};

/** Actors always; every other node type when a chosen relationship type reaches it. */
export function nodeTypesFor(rels: readonly RelationshipType[]): NodeType[] {
  const types = new Set<NodeType>(['ACTOR']);
  for (const rel of rels) for (const type of REL_ENDPOINTS[rel]) types.add(type);
  return (['ACTOR', 'NETWORK', 'PERSON', 'AREA', 'TOPIC', 'ROUTINE', 'PROGRAMME'] as const).filter((t) => types.has(t));
}

export interface GraphFilterVariables {
  readonly area?: string;
  readonly sectors?: readonly Sector[];
  readonly actorKinds?: readonly ActorKind[];
  readonly levels?: readonly Level[];
  readonly topic?: string;
  readonly nodeTypes: readonly NodeType[];
  readonly relationshipTypes: readonly RelationshipType[];
}

/** The `graph(filter:)` variables for a state: only what is set, lists in schema order (stable cache keys). */
export function toGraphVariables(state: MapState): { filter: GraphFilterVariables } {
  const inOrder = <T extends string>(all: readonly T[], chosen: readonly T[]) => all.filter((x) => chosen.includes(x));
  return {
    filter: {
      ...(state.area === undefined ? {} : { area: state.area }),
      ...(state.sectors.length ? { sectors: inOrder(SECTORS, state.sectors) } : {}),
      ...(state.kinds.length ? { actorKinds: inOrder(ACTOR_KINDS, state.kinds) } : {}),
      ...(state.levels.length ? { levels: inOrder(LEVELS, state.levels) } : {}),
      ...(state.topic === undefined ? {} : { topic: state.topic }),
      nodeTypes: nodeTypesFor(state.rels),
      relationshipTypes: inOrder(RELATIONSHIP_TYPES, state.rels),
    },
  };
}

/** Are any of the actor filters set (the empty state offers to clear them)? */
export const hasFilters = (s: MapState): boolean =>
  s.area !== undefined || s.topic !== undefined || s.sectors.length + s.kinds.length + s.levels.length > 0 || !sameSet(s.rels, DEFAULT_RELS);

/** The state with every filter and the focus cleared; the selection, layout and finding stay. */
export const cleared = (s: MapState): MapState => ({ ...DEFAULT_STATE, select: s.select, layout: s.layout, finding: s.finding });
