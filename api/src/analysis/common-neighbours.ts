/**
 * Adamic–Adar over integer node indices, for the suggested links: pairs not yet joined with
 * neighbours in common, a common neighbour of degree d weighing 1 / log d (busy hubs above a
 * degree count for nothing). Written for the national map, where a naive version spends seconds
 * in Set lookups and per-node sorts; the result is the one the naive version gives, to the bit:
 *  - each node's neighbours keep the order they were first linked in, and a pair's score adds
 *    its common neighbours' weights in that order (floating-point sums depend on order);
 *  - the candidates kept per node are the best by score, then by index — a total order, so a
 *    partial selection picks exactly what a full sort would.
 * Checked against a plain implementation in test/analysis/common-neighbours.test.ts.
 */

export interface CommonNeighbourCandidate {
  readonly a: number;
  readonly b: number;
  /** Rounded to three decimals. */
  readonly score: number;
  /** The first common neighbours, in a's neighbour order. */
  readonly via: number[];
}

/** An undirected graph over 0..n-1: neighbours in first-linked order, and the same sorted. */
export class IndexAdjacency {
  private constructor(readonly order: readonly Int32Array[], private readonly sorted: readonly Int32Array[]) {}

  /** `links` calls `link(x, y)` for every edge, repeats and self-links allowed (both ignored). */
  static build(n: number, links: (link: (x: number, y: number) => void) => void): IndexAdjacency {
    const raw: number[][] = Array.from({ length: n }, () => []);
    links((x, y) => {
      if (x === y) return;
      raw[x]!.push(y);
      raw[y]!.push(x);
    });
    const stamp = new Int32Array(n).fill(-1);
    const order = raw.map((list, x) => {
      const kept = new Int32Array(list.length);
      let k = 0;
      for (const y of list) if (stamp[y] !== x) { stamp[y] = x; kept[k++] = y; }
      return kept.slice(0, k);
    });
    return new IndexAdjacency(order, order.map((list) => list.slice().sort()));
  }

  /** The same graph from `flat()`'s arrays (on another thread). */
  static fromFlat(offsets: Int32Array, targets: Int32Array): IndexAdjacency {
    const order = Array.from({ length: offsets.length - 1 }, (_, x) => targets.subarray(offsets[x]!, offsets[x + 1]!));
    return new IndexAdjacency(order, order.map((list) => list.slice().sort()));
  }

  /** Neighbours in first-linked order as one array, node x's at offsets[x]…offsets[x + 1]. */
  flat(): { offsets: Int32Array; targets: Int32Array } {
    const offsets = new Int32Array(this.order.length + 1);
    for (let x = 0; x < this.order.length; x++) offsets[x + 1] = offsets[x]! + this.order[x]!.length;
    const targets = new Int32Array(offsets[this.order.length]!);
    for (let x = 0; x < this.order.length; x++) targets.set(this.order[x]!, offsets[x]!);
    return { offsets, targets };
  }

  /** Adjacency slots (twice the edges): the size of the work a search over it does. */
  get slots(): number {
    let total = 0;
    for (const list of this.order) total += list.length;
    return total;
  }

  degree(x: number): number {
    return this.order[x]!.length;
  }

  has(x: number, y: number): boolean {
    const list = this.sorted[x]!;
    const i = firstAbove(list, y - 1);
    return i < list.length && list[i] === y;
  }

  /** Neighbours of x in ascending order. */
  ascending(x: number): Int32Array {
    return this.sorted[x]!;
  }
}

/** The index of the first element greater than `value` in an ascending list. */
function firstAbove(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each node a, up to `perNode` nodes b > a not joined to a, by Adamic–Adar score over the
 * common neighbours of degree 2…`maxDegree`, with up to `maxVia` of them named.
 */
export function adamicAdar(adjacency: IndexAdjacency, n: number, perNode: number, maxDegree: number, maxVia: number): CommonNeighbourCandidate[] {
  const score = new Float64Array(n);
  const viaCount = new Int32Array(n);
  const via = new Int32Array(n * maxVia);
  const joined = new Int32Array(n).fill(-1);
  const weight = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const degree = adjacency.degree(z);
    weight[z] = degree < 2 || degree > maxDegree ? 0 : 1 / Math.log(degree);
  }
  const touched: number[] = [];
  const best: number[] = [];
  const kept: CommonNeighbourCandidate[] = [];
  const better = (x: number, y: number) => score[x]! > score[y]! || (score[x] === score[y] && x < y);
  for (let a = 0; a < n; a++) {
    const neighbours = adjacency.order[a]!;
    for (let i = 0; i < neighbours.length; i++) joined[neighbours[i]!] = a;
    for (let i = 0; i < neighbours.length; i++) {
      const z = neighbours[i]!;
      const w = weight[z]!;
      if (w === 0) continue;
      const around = adjacency.ascending(z);
      for (let k = firstAbove(around, a); k < around.length; k++) {
        const b = around[k]!;
        if (joined[b] === a) continue; // joined pairs need no suggestion
        if (score[b] === 0) touched.push(b);
        score[b] = score[b]! + w;
        if (viaCount[b]! < maxVia) via[b * maxVia + viaCount[b]!++] = z;
      }
    }
    for (const b of touched) {
      if (best.length === perNode && !better(b, best[perNode - 1]!)) continue;
      let at = best.length === perNode ? perNode - 1 : best.length;
      while (at > 0 && better(b, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = b;
    }
    for (const b of best) kept.push({ a, b, score: Math.round(score[b]! * 1000) / 1000, via: Array.from(via.subarray(b * maxVia, b * maxVia + viaCount[b]!)) });
    for (const b of touched) {
      score[b] = 0;
      viaCount[b] = 0;
    }
    touched.length = 0;
    best.length = 0;
  }
  return kept;
}
