/**
 * Which elements a finding lights up on the map. The subjects the analysis names are highlighted
 * where the map shows them; so are the edges between two subjects (a duplicated network's shared
 * memberships, the route between two actors), which say why they belong together. Everything else
 * is dimmed. Subjects the current view does not show (an area, a topic) are counted as missing so
 * the banner can say so instead of pretending.
 */
import type { GraphEdge } from './vocabulary';

export interface FindingSubjects {
  readonly nodes: readonly string[];
  readonly relationships: readonly string[];
}

export interface HighlightSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Subject nodes the map does not show. */
  readonly missingNodes: readonly string[];
}

export const NO_HIGHLIGHT: HighlightSet = { nodes: new Set(), edges: new Set(), missingNodes: [] };

export function highlightFor(
  subjects: FindingSubjects,
  shownNodes: ReadonlySet<string>,
  shownEdges: readonly Pick<GraphEdge, 'id' | 'source' | 'target'>[],
): HighlightSet {
  const nodes = new Set(subjects.nodes.filter((id) => shownNodes.has(id)));
  const named = new Set(subjects.relationships);
  const edges = new Set<string>();
  for (const edge of shownEdges) {
    if (named.has(edge.id) || (nodes.has(edge.source) && nodes.has(edge.target))) edges.add(edge.id);
  }
  // A named relationship's ends are part of the story even when the analysis did not list them.
  for (const edge of shownEdges) {
    if (named.has(edge.id)) {
      nodes.add(edge.source);
      nodes.add(edge.target);
    }
  }
  return { nodes, edges, missingNodes: subjects.nodes.filter((id) => !shownNodes.has(id)) };
}

/** Is anything highlighted (so the rest should be dimmed)? */
export const isHighlighting = (set: HighlightSet): boolean => set.nodes.size > 0 || set.edges.size > 0;
