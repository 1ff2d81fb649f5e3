/** A finding's highlight widened by its overlay: a network's members are lit too (who *is* in it). */
import type { HighlightSet } from './highlight';
import type { GapOverlay } from './overlay';

export function withOverlay(set: HighlightSet, overlay: GapOverlay | null): HighlightSet {
  if (overlay === null || (overlay.alsoLit.size === 0 && overlay.alsoLitEdges.size === 0 && overlay.path.size === 0)) return set;
  return {
    nodes: new Set([...set.nodes, ...overlay.alsoLit]),
    edges: new Set([...set.edges, ...overlay.alsoLitEdges, ...overlay.path]),
    missingNodes: set.missingNodes,
  };
}
