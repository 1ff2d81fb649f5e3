/**
 * Cut vertices (articulation points) and bridges of an undirected graph, with what each would cut
 * off. graphology has no implementation of these, so this is Tarjan's low-link DFS, iterative
 * (recursion would overflow the stack on a national map), O(V + E).
 */
import type { UndirectedGraph } from 'graphology';

/**
 * How many of the nodes cut off are listed. A path of n nodes has n cut vertices each cutting off
 * up to n nodes, so full lists would grow quadratically; the count is always exact.
 */
export const MAX_LISTED = 200;

export interface CutVertex {
  readonly node: string;
  /** How many nodes would lose their connection to the rest of the component. */
  readonly cutOffCount: number;
  /** Those nodes, at most MAX_LISTED of them. */
  readonly cutOff: readonly string[];
}
export interface Bridge {
  readonly source: string;
  readonly target: string;
  readonly edge: string;
  readonly smallerSideCount: number;
  /** The nodes on the smaller side, at most MAX_LISTED of them. */
  readonly smallerSide: readonly string[];
}

export function cutVerticesAndBridges(graph: UndirectedGraph): { cutVertices: CutVertex[]; bridges: Bridge[] } {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  const adjacency: number[][] = keys.map((k) => graph.neighbors(k).map((m) => index.get(m)!));
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const order: number[] = []; // pre-order: a subtree is a contiguous slice
  const cutVertices: CutVertex[] = [];
  const bridges: Bridge[] = [];

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const componentStart = order.length;
    const separated = new Map<number, number[]>(); // articulation point → children whose subtree it cuts off
    const bridgeEnds: [number, number][] = [];
    const stack: [number, number][] = [[root, 0]];
    disc[root] = low[root] = order.length;
    order.push(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [v, next] = top;
      if (next < adjacency[v]!.length) {
        top[1] = next + 1;
        const w = adjacency[v]![next]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = order.length;
          order.push(w);
          stack.push([w, 0]);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
        continue;
      }
      stack.pop();
      size[v] = order.length - disc[v]!;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (low[v]! >= disc[p]!) separated.set(p, [...(separated.get(p) ?? []), v]);
      if (low[v]! > disc[p]!) bridgeEnds.push([p, v]);
    }
    for (const [v, children] of separated) {
      // The root is a cut vertex only with two or more children; the largest piece counts as "the rest".
      let pieces = children;
      if (v === root) {
        if (children.length < 2) continue;
        const largest = children.reduce((a, b) => (size[b]! > size[a]! ? b : a));
        pieces = children.filter((c) => c !== largest);
      }
      const listed: string[] = [];
      let count = 0;
      for (const c of pieces) {
        count += size[c]!;
        for (let i = disc[c]!; i < disc[c]! + size[c]! && listed.length < MAX_LISTED; i++) listed.push(keys[order[i]!]!);
      }
      cutVertices.push({ node: keys[v]!, cutOffCount: count, cutOff: listed });
    }
    // The component is complete only now, so the sides of its bridges can be told apart.
    const componentSize = order.length - componentStart;
    for (const [p, v] of bridgeEnds) {
      const below = size[v]!;
      const ranges: [number, number][] = below <= componentSize - below
        ? [[disc[v]!, disc[v]! + below]]
        : [[componentStart, disc[v]!], [disc[v]! + below, order.length]];
      const listed: string[] = [];
      for (const [start, end] of ranges) {
        for (let i = start; i < end && listed.length < MAX_LISTED; i++) listed.push(keys[order[i]!]!);
      }
      bridges.push({ source: keys[p]!, target: keys[v]!, edge: graph.edge(keys[p]!, keys[v]!)!, smallerSideCount: Math.min(below, componentSize - below), smallerSide: listed });
    }
  }
  return { cutVertices, bridges };
}
