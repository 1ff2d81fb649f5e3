/**
 * The map as one graph — nodes and edges in the shape the map UI draws — for the whole map, a
 * filtered part of it, or a node's neighbourhood. The unfiltered view is built once per snapshot.
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import { NODE_LABELS, type Level, type NodeLabel, type RelationshipType, type Sector } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import { actorMatches } from './lists.js';
import type { AppliedChanges, MapSnapshot } from './snapshot.js';

export interface GraphNodeView {
  readonly id: string;
  readonly type: Uppercase<NodeLabel>;
  readonly label: string;
  readonly kind: string | null;
  readonly sector: Sector | null;
  readonly level: Level | null;
  readonly status: string | null;
  readonly areaId: string | null;
  readonly firstLine: boolean | null;
}
export interface GraphEdgeView {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
  readonly kind: string | null;
  readonly status: string | null;
  readonly role: 'CHAIR' | 'MEMBER' | 'ADJUNCT' | null;
}
export interface GraphViewRecord {
  readonly graphVersion: number;
  readonly nodes: readonly GraphNodeView[];
  readonly edges: readonly GraphEdgeView[];
}

export interface GraphFilterInput {
  readonly area?: string | null | undefined;
  readonly sectors?: readonly string[] | null | undefined;
  readonly actorKinds?: readonly string[] | null | undefined;
  readonly levels?: readonly string[] | null | undefined;
  readonly topic?: string | null | undefined;
  readonly firstLine?: boolean | null | undefined;
  readonly nodeTypes?: readonly string[] | null | undefined;
  readonly relationshipTypes?: readonly string[] | null | undefined;
}

export const nodeTypeOf = (label: NodeLabel): Uppercase<NodeLabel> => label.toUpperCase() as Uppercase<NodeLabel>;
export const labelOfType = (type: string): NodeLabel | undefined => NODE_LABELS.find((l) => l.toUpperCase() === type);

function nodeView(snapshot: MapSnapshot, n: NodeRecord): GraphNodeView {
  const base = { id: n.id, type: nodeTypeOf(n.label), areaId: snapshot.areaOf(n.id)?.id ?? null };
  switch (n.label) {
    case 'Actor':
      return { ...base, label: n.name, kind: n.kind, sector: n.sector, level: n.level, status: null, firstLine: n.firstLine };
    case 'Network':
      return { ...base, label: n.name, kind: n.kind, sector: null, level: n.level, status: n.status, firstLine: null };
    case 'Person':
      return { ...base, label: n.pseudonym, kind: null, sector: null, level: null, status: null, firstLine: null };
    case 'Area':
      return { ...base, label: n.name, kind: n.type, sector: null, level: null, status: null, firstLine: null };
    case 'Routine':
      return { ...base, label: n.name, kind: n.kind, sector: null, level: null, status: n.status, firstLine: null };
    case 'Topic':
    case 'Programme':
      return { ...base, label: n.name, kind: null, sector: null, level: null, status: null, firstLine: null };
    default: {
      const never: never = n;
      return never;
    }
  }
}

function edgeView(r: RelRecord): GraphEdgeView {
  const base = { id: r.id, type: r.type, source: r.from, target: r.to };
  switch (r.type) {
    case 'REFERS_TO':
      return { ...base, kind: r.kind, status: r.status, role: null };
    case 'MEMBER_OF':
    case 'SITS_IN':
      return { ...base, kind: null, status: null, role: r.role };
    default:
      return { ...base, kind: null, status: null, role: null };
  }
}

const fullViews = new WeakMap<MapSnapshot, GraphViewRecord>();

export function fullGraph(snapshot: MapSnapshot): GraphViewRecord {
  let view = fullViews.get(snapshot);
  if (!view) {
    view = {
      graphVersion: snapshot.graphVersion,
      nodes: [...snapshot.nodes.values()].map((n) => nodeView(snapshot, n)),
      edges: [...snapshot.rels.values()].map(edgeView),
    };
    fullViews.set(snapshot, view);
  }
  return view;
}

/** Above this many changed records a fresh build is as cheap as patching. */
const CARRY_LIMIT = 2_000;

/** Patches the previous snapshot's full view (if built) for the next one, instead of rebuilding it. */
export function carryFullGraph(previous: MapSnapshot, next: MapSnapshot, changes: AppliedChanges): void {
  const view = fullViews.get(previous);
  if (!view) return;
  const nodeIds = new Set(changes.nodes.keys());
  // A node's view names its area: LOCATED_IN changes move it.
  for (const id of changes.rels.keys()) {
    for (const r of [changes.previousRels.get(id), changes.rels.get(id)]) if (r?.type === 'LOCATED_IN') nodeIds.add(r.from);
  }
  if (nodeIds.size + changes.rels.size > CARRY_LIMIT) return;
  const nodes = view.nodes.filter((n) => !nodeIds.has(n.id));
  for (const id of nodeIds) {
    const n = next.node(id);
    if (n) nodes.push(nodeView(next, n));
  }
  const edges = view.edges.filter((e) => !changes.rels.has(e.id));
  for (const r of changes.rels.values()) if (r) edges.push(edgeView(r));
  fullViews.set(next, { graphVersion: next.graphVersion, nodes, edges });
}

function induced(snapshot: MapSnapshot, keep: ReadonlySet<string>, relTypes: ReadonlySet<string> | null): GraphViewRecord {
  const nodes: GraphNodeView[] = [];
  for (const id of keep) {
    const n = snapshot.node(id);
    if (n) nodes.push(nodeView(snapshot, n));
  }
  const edges: GraphEdgeView[] = [];
  for (const r of snapshot.rels.values()) {
    if (keep.has(r.from) && keep.has(r.to) && (!relTypes || relTypes.has(r.type))) edges.push(edgeView(r));
  }
  return { graphVersion: snapshot.graphVersion, nodes, edges };
}

const isSet = (list: readonly unknown[] | null | undefined): list is readonly unknown[] => !!list && list.length > 0;

/**
 * Actors passing the filter; the networks they sit in or that lie in the area; and, of the other
 * node types asked for, those linked to a kept actor or network.
 */
export function filteredGraph(snapshot: MapSnapshot, filter: GraphFilterInput | null | undefined): GraphViewRecord {
  const f = filter ?? {};
  const actorFilterSet = f.area || isSet(f.sectors) || isSet(f.actorKinds) || isSet(f.levels) || f.topic || (f.firstLine !== null && f.firstLine !== undefined);
  if (!actorFilterSet && !isSet(f.nodeTypes) && !isSet(f.relationshipTypes)) return fullGraph(snapshot);
  if (f.area && !snapshot.nodeOf('Area', f.area)) throw AppError.notFound('area', f.area, 'filter.area');
  if (f.topic && !snapshot.nodeOf('Topic', f.topic)) throw AppError.notFound('topic', f.topic, 'filter.topic');
  const types = new Set(isSet(f.nodeTypes) ? f.nodeTypes : NODE_LABELS.map(nodeTypeOf));
  const relTypes = isSet(f.relationshipTypes) ? new Set(f.relationshipTypes) : null;
  const keep = new Set<string>();
  const actorFilter = { area: f.area, sectors: f.sectors, kinds: f.actorKinds, levels: f.levels, topic: f.topic, firstLine: f.firstLine };
  const actors = snapshot.all('Actor').filter((a) => actorMatches(snapshot, a, actorFilter));
  if (types.has('ACTOR')) for (const a of actors) keep.add(a.id);
  if (types.has('NETWORK')) {
    for (const a of actors) for (const m of snapshot.out(a.id, 'MEMBER_OF')) keep.add(m.to);
    for (const n of snapshot.all('Network')) {
      if (!actorFilterSet || (f.area && snapshot.isInArea(n.id, f.area))) keep.add(n.id);
    }
  }
  const anchors = [...keep];
  for (const id of anchors) {
    for (const r of snapshot.linksOf(id)) {
      const other = r.from === id ? r.to : r.from;
      const node = snapshot.node(other);
      if (node && node.label !== 'Actor' && node.label !== 'Network' && types.has(nodeTypeOf(node.label))) keep.add(other);
    }
  }
  if (!actorFilterSet) {
    for (const label of NODE_LABELS) if (types.has(nodeTypeOf(label))) for (const n of snapshot.all(label)) keep.add(n.id);
  }
  return induced(snapshot, keep, relTypes);
}

/** A node and everything within `depth` hops of it, over every relationship type. */
export function neighbourhood(snapshot: MapSnapshot, id: string, depth: number): GraphViewRecord {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw AppError.badInput([{ field: 'depth', message: 'must be 1, 2 or 3' }]);
  if (!snapshot.node(id)) throw AppError.notFound('node', id, 'id');
  const keep = new Set([id]);
  let frontier = [id];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const r of snapshot.linksOf(current)) {
        const other = r.from === current ? r.to : r.from;
        if (!keep.has(other)) {
          keep.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return induced(snapshot, keep, null);
}
