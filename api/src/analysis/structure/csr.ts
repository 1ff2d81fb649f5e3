/**
 * An undirected graph in compressed sparse rows, for the structural analyses (cut vertices,
 * bridges, betweenness): node i's neighbours are `targets[offsets[i] .. offsets[i + 1])`, and the
 * edge each slot belongs to is `edgeOf[slot]` (both ends of an edge share its index). Built once
 * per snapshot, read by every algorithm without allocating per node or per visit.
 *
 * Neighbours keep the order their edges were added in, as graphology keeps them, so results that
 * depend on visiting order (the sums of betweenness, which source a sample picks) agree with a
 * graphology graph built from the same edges.
 */
import type { UndirectedGraph } from 'graphology';

export interface Csr {
  /** Node keys by index. */
  readonly keys: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The edge index of each slot of `targets`. */
  readonly edgeOf: Int32Array;
  /** The number of (distinct, undirected) edges. */
  readonly edges: number;
}

/**
 * Builds a CSR from an edge list over node indices 0..n-1. Repeated pairs are one edge; `onEdge`
 * hears each pair's edge index, new or repeated, so a caller can attach what the edge stands for.
 * Self-links are dropped.
 */
export function buildCsr(keys: readonly string[], addEdges: (add: (x: number, y: number) => number) => void): Csr {
  const n = keys.length;
  const from: number[] = [];
  const to: number[] = [];
  const known = new Map<number, number>();
  addEdges((x, y) => {
    if (x === y) return -1;
    const key = x < y ? x * n + y : y * n + x;
    const existing = known.get(key);
    if (existing !== undefined) return existing;
    known.set(key, from.length);
    from.push(x);
    to.push(y);
    return from.length - 1;
  });
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) { offsets[from[e]! + 1]!++; offsets[to[e]! + 1]!++; }
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const x = from[e]!;
    const y = to[e]!;
    targets[fill[x]!] = y; edgeOf[fill[x]!++] = e;
    targets[fill[y]!] = x; edgeOf[fill[y]!++] = e;
  }
  return { keys, offsets, targets, edgeOf, edges: m };
}

/** The same graph as a graphology one (for tests and callers that hold one). */
export function csrOf(graph: UndirectedGraph): Csr {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  return buildCsr(keys, (add) => graph.forEachEdge((_edge, _attributes, source, target) => { add(index.get(source)!, index.get(target)!); }));
}

export const degreeAt = (csr: Csr, i: number): number => csr.offsets[i + 1]! - csr.offsets[i]!;
