/**
 * Hubs and brokers: degree and betweenness centrality on the collaboration graph. Betweenness is
 * exact (Brandes from every node) up to a size, and above it estimated from sampled sources with
 * the same routine, scaled up — and says which it did. Checked against networkx in
 * test/analysis/structure-vs-networkx.test.ts.
 */
import type { UndirectedGraph } from 'graphology';
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { collaborationGraph, type CollaborationGraph } from './collaboration-graph.js';
import { makeFinding, type RawFinding } from './finding.js';
import { listEn, listSv, names, nameOf, percent, where } from './text.js';

export interface BrokerScore {
  readonly node: NodeRecord;
  readonly degree: number;
  /** Normalised: the share of shortest paths between other pairs that pass through the node. */
  readonly betweenness: number;
}
export interface BrokerAnalysis {
  readonly method: 'EXACT' | 'SAMPLED';
  readonly samples: number | null;
  readonly scores: readonly BrokerScore[];
}

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

/**
 * Betweenness from the given sources (every node when `samples` ≥ the order, which is exact),
 * scaled up to all sources and normalised as graphology-metrics does. Brandes' algorithm on a
 * compressed adjacency array: a breadth-first search per source, then dependencies accumulated in
 * reverse order over neighbours one level further out, so nothing is allocated per source.
 */
export function sampledBetweenness(graph: CollaborationGraph | UndirectedGraph, samples: number): Record<string, number> {
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + graph.degree(keys[i]!);
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    let at = offsets[i]!;
    graph.forEachNeighbor(keys[i]!, (m) => { targets[at++] = index.get(m)!; });
  }
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const centrality = new Float64Array(n);
  const sources: number[] = [];
  if (samples >= n) for (let i = 0; i < n; i++) sources.push(i);
  else {
    const random = mulberry32(0x5eed);
    const chosen = new Set<number>();
    while (chosen.size < samples) chosen.add(Math.floor(random() * n));
    sources.push(...chosen);
  }
  for (const source of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    dist[source] = 0;
    sigma[source] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (dist[w] === -1) { dist[w] = next; queue[tail++] = w; }
        if (dist[w] === next) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let i = tail - 1; i >= 0; i--) {
      const v = queue[i]!;
      const further = dist[v]! + 1;
      let sum = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (dist[w] === further) sum += (1 + delta[w]!) / sigma[w]!;
      }
      delta[v] = sigma[v]! * sum;
      if (v !== source) centrality[v] = centrality[v]! + delta[v]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      dist[v] = -1; sigma[v] = 0; delta[v] = 0;
    }
  }
  // Each pair is counted from both ends in an undirected graph; normalising by (n-1)(n-2) as
  // graphology-metrics does for undirected graphs gives the share of pairs' shortest paths.
  const scale = n > 2 && sources.length ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) result[keys[i]!] = centrality[i]! * scale;
  return result;
}

/** For GraphQL: a score with the method that produced it (for the wording). */
export interface BrokerScoreRecord extends BrokerScore {
  readonly method: BrokerAnalysis['method'];
}
export interface BrokerListRecord {
  readonly method: BrokerAnalysis['method'];
  readonly samples: number | null;
  readonly brokers: readonly BrokerScoreRecord[];
}

const cache = new WeakMap<MapSnapshot, BrokerAnalysis>();

export function brokerAnalysis(snapshot: MapSnapshot, exactUpTo: number, samples: number): BrokerAnalysis {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const graph = collaborationGraph(snapshot);
  const exact = graph.order <= exactUpTo;
  const betweenness: Record<string, number> = graph.order === 0 ? {}
    : sampledBetweenness(graph, exact ? graph.order : samples);
  const scores = graph
    .nodes()
    .map((id) => ({ node: snapshot.node(id)!, degree: graph.degree(id), betweenness: betweenness[id] ?? 0 }))
    .filter((s) => s.node !== undefined)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.id.localeCompare(b.node.id));
  const result: BrokerAnalysis = { method: exact ? 'EXACT' : 'SAMPLED', samples: exact ? null : Math.min(samples, graph.order), scores };
  cache.set(snapshot, result);
  return result;
}

export const TOP_BROKERS = 5;

export function brokerText(snapshot: MapSnapshot, s: BrokerScore, method: BrokerAnalysis['method']): { sv: string; en: string } {
  const graph = collaborationGraph(snapshot);
  const neighbours = names(snapshot, graph.neighbors(s.node.id));
  const estimated = method === 'SAMPLED' ? { sv: ' (uppskattat)', en: ' (estimated)' } : { sv: '', en: '' };
  const share = percent(s.betweenness);
  return {
    sv: `${nameOf(s.node)}${where(snapshot, s.node.id)} binder ihop kartan: ungefär ${share}${estimated.sv} av kontakterna mellan andra aktörer och nätverk går via ${s.node.label === 'Network' ? 'nätverket' : 'den'}, som har ${s.degree} direkta kopplingar, bland annat ${listSv(neighbours, 4)}.`,
    en: `${nameOf(s.node)}${where(snapshot, s.node.id)} holds the map together: about ${share}${estimated.en} of the contact between other actors and networks runs through it, and it has ${s.degree} direct links, among them ${listEn(neighbours, 4)}.`,
  };
}

export function brokerFindings(snapshot: MapSnapshot, exactUpTo: number, samples: number): RawFinding[] {
  const analysis = brokerAnalysis(snapshot, exactUpTo, samples);
  return analysis.scores
    .filter((s) => s.betweenness > 0)
    .slice(0, TOP_BROKERS)
    .map((s, rank) => makeFinding(snapshot, {
      kind: 'BROKER', rule: 'brokers.top-betweenness', severity: 'LOW', concept: 'SAMVERKAN', nodes: [s.node.id], class: 'NOTE', frame: 'COORDINATION', reach: s.degree,
      severityReason: { sv: `Nummer ${rank + 1} bland dem som binder ihop kartan; ingen brist i sig, men en nyckel att vårda.`, en: `Number ${rank + 1} among those holding the map together; not a gap in itself, but a key to look after.` },
      explanation: brokerText(snapshot, s, analysis.method),
      suggestion: {
        sv: `Håll ${nameOf(s.node)} informerad och avlastad, och se till att dess kontakter också känner varandra.`,
        en: `Keep ${nameOf(s.node)} informed and supported, and make sure its contacts also know each other.`,
      },
    }));
}
