/**
 * Betweenness centrality by Brandes' algorithm on a CSR graph, exact (every source) or estimated
 * from sampled sources and scaled up, normalised as graphology-metrics does for undirected graphs.
 * Checked against networkx in test/analysis/structure-vs-networkx.test.ts.
 *
 * Per source: a breadth-first search counting shortest paths (σ), then the dependencies (δ) in
 * reverse order. A node's share passed down to the level before it is (1 + δ) / σ, the same for
 * every predecessor, so it is computed once per node instead of once per edge, and δ itself needs
 * no array of its own. Nothing is allocated per source.
 */
import type { UndirectedGraph } from 'graphology';
import { csrOf, type Csr } from './csr.js';

/** A small, seeded generator, so sampled results repeat between runs. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sources: every node when `samples` ≥ the order (exact), else a seeded sample. */
function sourcesOf(n: number, samples: number): number[] {
  const sources: number[] = [];
  if (samples >= n) for (let i = 0; i < n; i++) sources.push(i);
  else {
    const random = mulberry32(0x5eed);
    const chosen = new Set<number>();
    while (chosen.size < samples) chosen.add(Math.floor(random() * n));
    sources.push(...chosen);
  }
  return sources;
}

/** Betweenness by node index. */
export function betweennessByIndex(csr: Csr, samples: number): Float64Array<ArrayBufferLike> {
  return betweennessOf(csr.offsets, csr.targets, csr.keys.length, samples);
}

/** The same on the bare arrays (what the helper thread receives). */
export function betweennessOf(offsets: Int32Array, targets: Int32Array, n: number, samples: number, into: Float64Array<ArrayBufferLike> = new Float64Array(n)): Float64Array<ArrayBufferLike> {
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const share = new Float64Array(n); // (1 + δ) / σ, once a node's δ is known
  const queue = new Int32Array(n);
  const centrality = into;
  const sources = sourcesOf(n, samples);
  for (const source of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    dist[source] = 0;
    sigma[source] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const dw = dist[w]!;
        if (dw === -1) { dist[w] = next; queue[tail++] = w; sigma[w] = paths; }
        else if (dw === next) sigma[w] = sigma[w]! + paths;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const v = queue[i]!;
      const further = dist[v]! + 1;
      let sum = 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w] === further) sum += share[w]!;
      }
      const delta = sigma[v]! * sum;
      centrality[v] = centrality[v]! + delta;
      share[v] = (1 + delta) / sigma[v]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      dist[v] = -1; sigma[v] = 0; share[v] = 0;
    }
  }
  // Each pair is counted from both ends in an undirected graph; normalising by (n-1)(n-2) as
  // graphology-metrics does for undirected graphs gives the share of pairs' shortest paths.
  const scale = n > 2 && sources.length ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) centrality[i] = centrality[i]! * scale;
  return centrality;
}

/** Betweenness by node key (for tests and small graphs). */
export function sampledBetweenness(graph: UndirectedGraph | Csr, samples: number): Record<string, number> {
  const csr = 'offsets' in graph ? graph : csrOf(graph);
  const scores = betweennessByIndex(csr, samples);
  const result: Record<string, number> = {};
  csr.keys.forEach((key, i) => { result[key] = scores[i]!; });
  return result;
}
