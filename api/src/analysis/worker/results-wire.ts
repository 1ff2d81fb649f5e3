/**
 * The analysis results on their way from the worker to the API, in a form that is cheap to send
 * and does not stop the API's event loop when it arrives.
 *
 * Posted as they are, national results (≈50 MB of objects) took about 0.7 s to clone in the
 * worker and 0.85 s to rebuild on the API's main thread in one piece — a stall that /healthz and
 * every other request waited through. On the wire instead:
 *  - findings and overlaps are serialised in chunks (`v8.serialize`), which the API rebuilds one
 *    chunk per turn of its event loop (`decodeInSteps`), so no request waits for more than one chunk;
 *  - broker scores go as ids and typed arrays, not 21,000 node records, and an overlap names its
 *    two networks by id (nationally 15,000 pairs, half the bytes were two network records each):
 *    the API takes the records from its own read model (a node deleted since the run is left out).
 */
import { deserialize, serialize } from 'node:v8';
import type { NodeRecord } from '../../domain/model.js';
import type { Analysis } from '../analyze.js';
import type { BrokerAnalysis, BrokerScore } from '../brokers.js';
import type { NetworkOverlap } from '../overlaps.js';
import type { SuggestedLink } from '../suggestions.js';
import type { AnalysisResults } from './protocol.js';

/** Findings or overlaps per chunk: each rebuilds in well under 20 ms on the API's thread. */
export const CHUNK = 400;

export interface WireResults {
  readonly head: Omit<Analysis, 'findings'>;
  readonly findings: readonly Uint8Array[];
  readonly overlaps: readonly Uint8Array[];
  readonly suggestions: Uint8Array;
  readonly brokers: {
    readonly method: BrokerAnalysis['method'];
    readonly samples: number | null;
    readonly ids: readonly string[];
    readonly degrees: Int32Array;
    readonly betweenness: Float64Array;
  };
}

/** An overlap as sent: its networks by id. */
type WireOverlap = Omit<NetworkOverlap, 'a' | 'b'> & { readonly a: string; readonly b: string };

function chunks<T>(items: readonly T[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(serialize(items.slice(i, i + CHUNK)));
  return out;
}

export function toWire(results: AnalysisResults): WireResults {
  const { findings, ...head } = results.analysis;
  const scores = results.brokers.scores;
  return {
    head,
    findings: chunks(findings),
    overlaps: chunks(results.overlaps.map((o): WireOverlap => ({ ...o, a: o.a.id, b: o.b.id }))),
    suggestions: serialize(results.suggestions),
    brokers: {
      method: results.brokers.method, samples: results.brokers.samples,
      ids: scores.map((s) => s.node.id),
      degrees: Int32Array.from(scores, (s) => s.degree),
      betweenness: Float64Array.from(scores, (s) => s.betweenness),
    },
  };
}

/**
 * Rebuilds the results one chunk per step; `step()` returns the results once the last step is
 * done, null before. `nodeOf` gives the broker scores their records.
 */
export function decoder(wire: WireResults, nodeOf: (id: string) => NodeRecord | undefined): { step(): AnalysisResults | null } {
  const findings: Analysis['findings'][number][] = [];
  const overlaps: NetworkOverlap[] = [];
  const work: (() => void)[] = [
    ...wire.findings.map((chunk) => () => { findings.push(...(deserialize(chunk) as Analysis['findings'])); }),
    ...wire.overlaps.map((chunk) => () => {
      for (const o of deserialize(chunk) as WireOverlap[]) {
        const [a, b] = [nodeOf(o.a), nodeOf(o.b)];
        if (a?.label === 'Network' && b?.label === 'Network') overlaps.push({ ...o, a, b });
      }
    }),
  ];
  let at = 0;
  return {
    step() {
      if (at < work.length) {
        work[at++]!();
        if (at < work.length) return null;
      }
      const scores: BrokerScore[] = [];
      wire.brokers.ids.forEach((id, i) => {
        const node = nodeOf(id);
        if (node) scores.push({ node, degree: wire.brokers.degrees[i]!, betweenness: wire.brokers.betweenness[i]! });
      });
      return {
        analysis: { ...wire.head, findings },
        overlaps,
        brokers: { method: wire.brokers.method, samples: wire.brokers.samples, scores },
        suggestions: deserialize(wire.suggestions) as SuggestedLink[],
      };
    },
  };
}
