/**
 * From the API's GraphView to the elements the canvas draws: plain data and class names (no
 * Cytoscape here, so it is tested in Node). Networks are nodes of their own, joined to their
 * members by MEMBER_OF edges — not compound parents, since an actor sits in many networks.
 */
import { familyOf, OTHER_NODE_FILL, sectorColour, type ShapeFamily } from './palette';
import type { GraphEdge, GraphNode, GraphView, NodeType } from './vocabulary';

export interface MapNodeData {
  readonly id: string;
  readonly label: string;
  /** The label as drawn: long names shortened here once, not measured letter by letter while drawing. */
  readonly shortLabel: string;
  readonly type: NodeType;
  readonly kind: string | null;
  readonly sector: string | null;
  readonly areaId: string | null;
  readonly family: ShapeFamily | null;
  readonly colour: string;
  /** Links shown on the map; it sets the size. */
  readonly degree: number;
  readonly size: number;
}

export interface MapEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

export interface MapNodeElement {
  readonly group: 'nodes';
  readonly data: MapNodeData;
  readonly classes: string[];
}
export interface MapEdgeElement {
  readonly group: 'edges';
  readonly data: MapEdgeData;
  readonly classes: string[];
}

export interface MapElements {
  readonly nodes: readonly MapNodeElement[];
  readonly edges: readonly MapEdgeElement[];
}

/**
 * Labels in three tiers, by rank of degree among the nodes shown: the best-connected ~6 % are
 * named from far out, the next ~14 % from a middle zoom, the rest only close up. A fixed degree
 * threshold would label half a county map and none of a sparse one.
 */
export const MAJOR_LABEL_SHARE = 0.06;
export const MINOR_LABEL_SHARE = 0.2;
/** …but never more than these many: a national map would otherwise name hundreds at once. */
export const MAJOR_LABEL_MAX = 30;
export const MINOR_LABEL_MAX = 120;
/** Below this many links a node never gets an early label, however few nodes there are. */
export const MIN_LABEL_DEGREE = 3;

export type LabelTier = 'major' | 'minor' | 'none';

/** The degree a node needs for each tier, given every shown node's degree. */
export function labelThresholds(allDegrees: readonly number[]): { major: number; minor: number } {
  const sorted = [...allDegrees].sort((a, b) => b - a);
  // The degree of the last node inside the share (and cap); ties at that degree get a label too.
  const at = (share: number, cap: number) => sorted[Math.max(0, Math.min(cap, Math.ceil(sorted.length * share)) - 1)] ?? Infinity;
  return {
    major: Math.max(MIN_LABEL_DEGREE, at(MAJOR_LABEL_SHARE, MAJOR_LABEL_MAX)),
    minor: Math.max(MIN_LABEL_DEGREE, at(MINOR_LABEL_SHARE, MINOR_LABEL_MAX)),
  };
}

export function labelTier(degree: number, thresholds: { major: number; minor: number }): LabelTier {
  return degree >= thresholds.major ? 'major' : degree >= thresholds.minor ? 'minor' : 'none';
}

export const LABEL_MAX_CHARS = 34;

export function shortLabel(label: string): string {
  return label.length <= LABEL_MAX_CHARS ? label : `${label.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/** Size grows with the square root of the degree, so hubs stand out without swallowing the map. */
export function nodeSize(type: NodeType, degree: number): number {
  const root = Math.sqrt(degree);
  if (type === 'NETWORK') return Math.min(60, 26 + 4 * root);
  if (type === 'ACTOR') return Math.min(42, 14 + 4 * root);
  return Math.min(28, 12 + 3 * root);
}

function nodeClasses(node: GraphNode, tier: LabelTier): string[] {
  const classes = [node.type.toLowerCase()];
  if (node.type === 'ACTOR') classes.push(`family-${familyOf(node.kind).toLowerCase()}`);
  if (node.type === 'NETWORK' && node.status !== null) classes.push(`network-${node.status.toLowerCase()}`);
  if (tier !== 'none') classes.push(`label-${tier}`);
  return classes;
}

/** Referral routes carry their kind (line style) and status (colour, marker); the rest are context. */
export function edgeClasses(edge: GraphEdge): string[] {
  switch (edge.type) {
    case 'REFERS_TO':
      return ['referral', `referral-${(edge.kind ?? 'formal').toLowerCase()}`, `referral-${(edge.status ?? 'working').toLowerCase()}`];
    case 'MEMBER_OF':
    case 'SITS_IN':
      return ['membership', ...(edge.role === 'CHAIR' ? ['membership-chair'] : [])];
    case 'CONVENES':
      return ['convenes'];
    default:
      return ['context'];
  }
}

const built = new WeakMap<Pick<GraphView, 'nodes' | 'edges'>, MapElements>();

/**
 * The elements of this very view object, built once: boot.ts builds them (to start the layout)
 * before the map view does, and both then hold the same object.
 */
export function elementsOf(view: Pick<GraphView, 'nodes' | 'edges'>): MapElements {
  const known = built.get(view);
  if (known) return known;
  const elements = buildElements(view);
  built.set(view, elements);
  return elements;
}

export function buildElements(view: Pick<GraphView, 'nodes' | 'edges'>): MapElements {
  const present = new Set(view.nodes.map((n) => n.id));
  // A self-loop or a dangling end would be drawn wrongly or make Cytoscape throw.
  const drawable = view.edges.filter((e) => e.source !== e.target && present.has(e.source) && present.has(e.target));
  const degree = degrees(drawable);
  const thresholds = labelThresholds(view.nodes.map((n) => degree.get(n.id) ?? 0));
  const edges = drawable.map((edge): MapEdgeElement => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
    classes: edgeClasses(edge),
  }));
  const nodes = view.nodes.map((node): MapNodeElement => {
    const d = degree.get(node.id) ?? 0;
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        shortLabel: shortLabel(node.label),
        type: node.type,
        kind: node.kind,
        sector: node.sector,
        areaId: node.areaId,
        family: node.type === 'ACTOR' ? familyOf(node.kind) : null,
        colour: node.type === 'ACTOR' ? sectorColour(node.sector) : OTHER_NODE_FILL,
        degree: d,
        size: nodeSize(node.type, d),
      },
      classes: nodeClasses(node, labelTier(d, thresholds)),
    };
  });
  return { nodes, edges };
}

/** Link counts per node over a view's edges (the table's "links" column). */
export function degrees(edges: readonly Pick<GraphEdge, 'source' | 'target'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of edges) {
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    out.set(e.target, (out.get(e.target) ?? 0) + 1);
  }
  return out;
}
