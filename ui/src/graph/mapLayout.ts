/**
 * Which layout a request gets. A fresh map (no picture to keep) takes the fast path: ForceAtlas2
 * per component, packed (forceLayout.ts). A picture the reader has seen is kept: a small map is
 * refined with fcose (new nodes settle among the old ones), a large one keeps its places (its
 * new nodes start beside a placed neighbour). fcose and its Cytoscape are loaded only for that.
 */
import type { LayoutInput, Positions } from './fcoseLayout';
import { computeForceLayout } from './forceLayout';

/** Refine the current picture when at least this share of nodes already has a place. */
export const INCREMENTAL_SHARE = 0.8;
/** Above this many nodes fcose's refinement takes seconds: the picture is kept as it is. */
export const REFINE_UP_TO = 800;

export type LayoutPath = 'force' | 'refine' | 'keep';

export function layoutPath(input: LayoutInput): LayoutPath {
  const withPosition = input.nodes.filter((n) => n.position !== undefined).length;
  const incremental = input.nodes.length > 0 && withPosition / input.nodes.length >= INCREMENTAL_SHARE;
  if (!incremental) return 'force';
  return input.nodes.length > REFINE_UP_TO ? 'keep' : 'refine';
}

export async function computeMapLayout(input: LayoutInput): Promise<Positions> {
  switch (layoutPath(input)) {
    case 'force':
      return computeForceLayout(input);
    case 'keep': {
      const out: Positions = {};
      for (const n of input.nodes) if (n.position) out[n.id] = { x: n.position.x, y: n.position.y };
      return out;
    }
    case 'refine': {
      const { computeFcose } = await import('./fcoseLayout');
      return computeFcose(input);
    }
  }
}
