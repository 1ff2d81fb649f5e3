/**
 * A node's neighbourhood within the view already loaded: everything within `depth` links of it,
 * over the relationships the filters show. Computed here rather than asked of the API so that a
 * focus change is immediate and respects the filters (the API's `neighbourhood` walks every
 * relationship type, where a municipality's LOCATED_IN links would pull in all of it at depth 2).
 */
import type { GraphEdge, GraphNode, GraphView } from './vocabulary';

type ViewPart = Pick<GraphView, 'nodes' | 'edges'>;

export function neighbourhoodOf(view: ViewPart, focus: string, depth: number): ViewPart {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of view.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const keep = new Set<string>();
  if (view.nodes.some((n) => n.id === focus)) keep.add(focus);
  let frontier = [...keep];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!keep.has(other)) {
          keep.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return restrictTo(view, keep);
}

/** The part of a view on the given nodes: those nodes and the edges between them. */
export function restrictTo(view: ViewPart, keep: ReadonlySet<string>): ViewPart {
  const nodes: GraphNode[] = view.nodes.filter((n) => keep.has(n.id));
  const edges: GraphEdge[] = view.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  return { nodes, edges };
}
