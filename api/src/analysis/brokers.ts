/**
 * Hubs and brokers: degree and betweenness centrality on the collaboration graph. Betweenness is
 * exact (Brandes from every node) up to a size, and above it estimated from sampled sources with
 * the same routine, scaled up — and says which it did (`structure/betweenness.ts`).
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { collaborationGraph, neighboursOf } from './collaboration-graph.js';
import { degreeAt } from './structure/csr.js';
import { startBetweenness, type PendingBetweenness } from './structure/parallel-betweenness.js';
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
const pending = new WeakMap<MapSnapshot, PendingBetweenness>();

const sourcesFor = (n: number, exactUpTo: number, samples: number) => (n <= exactUpTo ? n : samples);

/**
 * Starts the betweenness of the snapshot's collaboration graph on the helper thread, so it runs
 * while the other rules do; `brokerAnalysis` collects it. Optional: without it, brokerAnalysis
 * computes it in place.
 */
export function prepareBrokers(snapshot: MapSnapshot, exactUpTo: number, samples: number): void {
  if (cache.has(snapshot) || pending.has(snapshot)) return;
  const graph = collaborationGraph(snapshot);
  pending.set(snapshot, startBetweenness(graph, sourcesFor(graph.keys.length, exactUpTo, samples)));
}

export function brokerAnalysis(snapshot: MapSnapshot, exactUpTo: number, samples: number): BrokerAnalysis {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const graph = collaborationGraph(snapshot);
  const n = graph.keys.length;
  const exact = n <= exactUpTo;
  const started = pending.get(snapshot) ?? startBetweenness(graph, sourcesFor(n, exactUpTo, samples));
  pending.delete(snapshot);
  const betweenness = n === 0 ? new Float64Array(0) : started.collect();
  const scores: BrokerScore[] = [];
  for (let i = 0; i < n; i++) {
    const node = snapshot.node(graph.keys[i]!);
    if (node) scores.push({ node, degree: degreeAt(graph, i), betweenness: betweenness[i]! });
  }
  scores.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.node.id.localeCompare(b.node.id));
  const result: BrokerAnalysis = { method: exact ? 'EXACT' : 'SAMPLED', samples: exact ? null : Math.min(samples, n), scores };
  cache.set(snapshot, result);
  return result;
}

export const TOP_BROKERS = 5;

export function brokerText(snapshot: MapSnapshot, s: BrokerScore, method: BrokerAnalysis['method']): { sv: string; en: string } {
  const graph = collaborationGraph(snapshot);
  const neighbours = names(snapshot, neighboursOf(graph, s.node.id));
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
