/**
 * Cut vertices (articulation points) and bridges of an undirected graph, with what each would cut
 * off. graphology has no implementation of these, so this is Tarjan's low-link DFS, iterative
 * (recursion would overflow the stack on a national map), O(V + E).
 *
 * What a cut vertex "cuts off" is everything that loses contact with the rest once it is gone:
 * removing it leaves its component in pieces, the largest piece is "the rest", and every other
 * piece is cut off. That holds whichever node the search starts from (ties between equally large
 * pieces go to the piece holding the smallest node key), so the result does not depend on the
 * order nodes were added in.
 */
import type { UndirectedGraph } from 'graphology';
import { csrOf, type Csr } from './csr.js';

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
  /** The size of each piece cut off, largest first (all 1: only the node's own leaves). */
  readonly pieceSizes: readonly number[];
}
export interface Bridge {
  readonly source: string;
  readonly target: string;
  /** The edge's index in the graph's CSR (`Csr.edgeOf`). */
  readonly edge: number;
  readonly smallerSideCount: number;
  /** The nodes on the smaller side, at most MAX_LISTED of them. */
  readonly smallerSide: readonly string[];
}

type Range = readonly [start: number, end: number];

export function cutVerticesAndBridges(input: UndirectedGraph | Csr): { cutVertices: CutVertex[]; bridges: Bridge[] } {
  const csr = 'offsets' in input ? input : csrOf(input);
  const { keys, offsets, targets, edgeOf } = csr;
  const n = keys.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const order = new Int32Array(n); // pre-order: a subtree is a contiguous slice
  let visited = 0;
  const stackNode = new Int32Array(n);
  const stackNext = new Int32Array(n);
  const cutVertices: CutVertex[] = [];
  const bridges: Bridge[] = [];

  /** The smallest key among the nodes at these pre-order positions (for ties). */
  const minKey = (ranges: readonly Range[], skip: ReadonlySet<number>): string => {
    let best: string | undefined;
    for (const [start, end] of ranges) for (let i = start; i < end; i++) {
      if (skip.has(i)) continue;
      const key = keys[order[i]!]!;
      if (best === undefined || key < best) best = key;
    }
    return best ?? '';
  };
  const list = (ranges: readonly Range[], skip: ReadonlySet<number>, into: string[]) => {
    for (const [start, end] of ranges) for (let i = start; i < end && into.length < MAX_LISTED; i++) if (!skip.has(i)) into.push(keys[order[i]!]!);
  };

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const componentStart = visited;
    const separated = new Map<number, number[]>(); // node → children whose subtree only it connects
    const bridgeEnds: [number, number][] = [];
    let top = 0;
    stackNode[0] = root;
    stackNext[0] = offsets[root]!;
    disc[root] = low[root] = visited;
    order[visited++] = root;
    while (top >= 0) {
      const v = stackNode[top]!;
      const next = stackNext[top]!;
      if (next < offsets[v + 1]!) {
        stackNext[top] = next + 1;
        const w = targets[next]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = visited;
          order[visited++] = w;
          top++;
          stackNode[top] = w;
          stackNext[top] = offsets[w]!;
        } else if (w !== parent[v]) {
          if (disc[w]! < low[v]!) low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      size[v] = visited - disc[v]!;
      const p = parent[v]!;
      if (p === -1) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! >= disc[p]!) (separated.get(p) ?? separated.set(p, []).get(p)!).push(v);
      if (low[v]! > disc[p]!) bridgeEnds.push([p, v]);
    }
    const componentEnd = visited;
    const componentSize = componentEnd - componentStart;

    for (const [v, children] of separated) {
      if (v === root && children.length < 2) continue;
      // The pieces left when v goes: each separated child's subtree, and (unless v is the root)
      // the side towards the root, which also holds v's other children.
      const pieces: { size: number; ranges: Range[]; skip: Set<number> }[] = children.map((c) => ({ size: size[c]!, ranges: [[disc[c]!, disc[c]! + size[c]!]], skip: new Set() }));
      if (v !== root) {
        const below = children.reduce((sum, c) => sum + size[c]!, 0);
        const skip = new Set<number>([disc[v]!]);
        const ranges: Range[] = [];
        let at = componentStart;
        for (const c of [...children].sort((x, y) => disc[x]! - disc[y]!)) {
          ranges.push([at, disc[c]!]);
          at = disc[c]! + size[c]!;
        }
        ranges.push([at, componentEnd]);
        pieces.push({ size: componentSize - 1 - below, ranges, skip });
      }
      const largest = Math.max(...pieces.map((p) => p.size));
      const tied = pieces.filter((p) => p.size === largest);
      const rest = tied.length === 1 ? tied[0]! : tied.map((p) => ({ p, key: minKey(p.ranges, p.skip) })).sort((a, b) => (a.key < b.key ? -1 : 1))[0]!.p;
      const cutOffPieces = pieces.filter((p) => p !== rest);
      const listed: string[] = [];
      for (const piece of cutOffPieces) list(piece.ranges, piece.skip, listed);
      cutVertices.push({
        node: keys[v]!, cutOffCount: componentSize - 1 - rest.size, cutOff: listed,
        pieceSizes: cutOffPieces.map((p) => p.size).sort((a, b) => b - a),
      });
    }
    // The component is complete only now, so the sides of its bridges can be told apart.
    for (const [p, v] of bridgeEnds) {
      const below = size[v]!;
      const belowRanges: Range[] = [[disc[v]!, disc[v]! + below]];
      const aboveRanges: Range[] = [[componentStart, disc[v]!], [disc[v]! + below, componentEnd]];
      const none = new Set<number>();
      const useBelow = below < componentSize - below || (below === componentSize - below && minKey(belowRanges, none) < minKey(aboveRanges, none));
      const listed: string[] = [];
      list(useBelow ? belowRanges : aboveRanges, none, listed);
      bridges.push({ source: keys[p]!, target: keys[v]!, edge: edgeBetween(csr, p, v), smallerSideCount: Math.min(below, componentSize - below), smallerSide: listed });
    }
  }
  return { cutVertices, bridges };
}

/** The index of the edge joining x and y (they are joined). */
function edgeBetween(csr: Csr, x: number, y: number): number {
  for (let slot = csr.offsets[x]!; slot < csr.offsets[x + 1]!; slot++) if (csr.targets[slot] === y) return csr.edgeOf[slot]!;
  throw new Error(`no edge between ${x} and ${y}`);
}
