/**
 * The "grouped by municipality" layout: one cluster per area, laid out on a grid in the order
 * given (municipalities first), each cluster a sunflower spiral with its networks at the centre.
 * Pure arithmetic, so it is instant at any size and tested in Node.
 */
import { SHAPE_FAMILIES, type ShapeFamily } from './palette';
import type { Positions } from './fcoseLayout';

export interface ClusterNode {
  readonly id: string;
  readonly areaId: string | null;
  readonly type: string;
  readonly family: ShapeFamily | null;
  readonly label: string;
}

export interface ClusterLabel {
  /** The area's id, or '' for the nodes with no (known) area. */
  readonly areaId: string;
  readonly x: number;
  readonly y: number;
  readonly count: number;
}

export interface ClusterLayout {
  readonly positions: Positions;
  readonly labels: readonly ClusterLabel[];
}

/** Distance between neighbouring nodes in a cluster, in model units. */
export const CLUSTER_SPACING = 46;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const typeRank = (n: ClusterNode) => (n.type === 'NETWORK' ? 0 : n.type === 'ACTOR' ? 1 : 2);
const familyRank = (n: ClusterNode) => (n.family === null ? SHAPE_FAMILIES.length : SHAPE_FAMILIES.indexOf(n.family));

export function municipalityClusters(nodes: readonly ClusterNode[], areaOrder: readonly string[]): ClusterLayout {
  const known = new Set(areaOrder);
  const groups = new Map<string, ClusterNode[]>();
  for (const node of nodes) {
    const key = node.areaId !== null && known.has(node.areaId) ? node.areaId : '';
    const list = groups.get(key);
    if (list) list.push(node);
    else groups.set(key, [node]);
  }
  const keys = [...areaOrder.filter((id) => groups.has(id)), ...(groups.has('') ? [''] : [])];
  const radius = (count: number) => CLUSTER_SPACING * Math.sqrt(count);
  const maxRadius = Math.max(CLUSTER_SPACING, ...keys.map((k) => radius(groups.get(k)?.length ?? 0)));
  const cell = 2 * maxRadius + 3 * CLUSTER_SPACING;
  const columns = Math.max(1, Math.ceil(Math.sqrt(keys.length)));

  const positions: Positions = {};
  const labels: ClusterLabel[] = [];
  keys.forEach((key, index) => {
    const members = [...(groups.get(key) ?? [])].sort(
      (a, b) => typeRank(a) - typeRank(b) || familyRank(a) - familyRank(b) || a.label.localeCompare(b.label, 'sv'),
    );
    const cx = (index % columns) * cell;
    const cy = Math.floor(index / columns) * cell;
    members.forEach((node, i) => {
      // Sunflower spiral: even density, the first (networks) in the middle.
      const r = CLUSTER_SPACING * Math.sqrt(i + 0.5);
      positions[node.id] = { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) };
    });
    labels.push({ areaId: key, x: cx, y: cy - radius(members.length) - CLUSTER_SPACING, count: members.length });
  });
  return { positions, labels };
}
