/** The results' wire form: what the API rebuilds is what the worker computed, in bounded steps. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { brokerAnalysis } from '../../src/analysis/brokers.js';
import { networkOverlaps } from '../../src/analysis/overlaps.js';
import { analysisSettings } from '../../src/analysis/settings.js';
import { suggestedLinks } from '../../src/analysis/suggestions.js';
import { CHUNK, decoder, toWire } from '../../src/analysis/worker/results-wire.js';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import { generateNationalMap } from '../../src/synthetic/national-map.js';

const SEED_ROOT = fileURLToPath(new URL('../../../seed/', import.meta.url));
const settings = analysisSettings({
  representationRules: `${SEED_ROOT}/representation-rules.csv`, coverageRules: `${SEED_ROOT}/coverage-rules.csv`,
  staleAfterDays: 365, chainMaxHops: 3,
}, () => '2026-11-25');

describe('the analysis results on the wire', () => {
  const snapshot = MapSnapshot.fromStored(generateNationalMap({ seed: 42, scale: 0.1 }));
  const results = {
    analysis: runAnalysis(snapshot, settings),
    overlaps: networkOverlaps(snapshot),
    brokers: brokerAnalysis(snapshot, settings.exactBetweennessUpTo, settings.betweennessSamples),
    suggestions: suggestedLinks(snapshot, settings.chainMaxHops),
  };

  it('rebuilds exactly the results the worker computed, one chunk per step', () => {
    const wire = toWire(results);
    expect(wire.findings.length).toBe(Math.ceil(results.analysis.findings.length / CHUNK));
    expect(wire.findings.length).toBeGreaterThan(1);
    const steps = decoder(wire, (id) => snapshot.node(id));
    let rebuilt = steps.step();
    let count = 1;
    while (!rebuilt) { rebuilt = steps.step(); count++; }
    expect(count).toBe(wire.findings.length + wire.overlaps.length);
    expect(rebuilt.analysis).toEqual(results.analysis);
    expect(rebuilt.overlaps).toEqual(results.overlaps);
    expect(rebuilt.suggestions).toEqual(results.suggestions);
    expect(rebuilt.brokers).toEqual(results.brokers);
    // Broker scores and overlaps take their records from the API's model, not from a copy.
    expect(rebuilt.brokers.scores[0]!.node).toBe(snapshot.node(results.brokers.scores[0]!.node.id));
    expect(rebuilt.overlaps[0]!.a).toBe(snapshot.node(results.overlaps[0]!.a.id));
    expect(rebuilt.overlaps[0]!.b).toBe(snapshot.node(results.overlaps[0]!.b.id));
  });

  it('leaves out overlaps of networks the API no longer has', () => {
    const gone = results.overlaps[0]!.a.id;
    const steps = decoder(toWire(results), (id) => (id === gone ? undefined : snapshot.node(id)));
    let rebuilt = steps.step();
    while (!rebuilt) rebuilt = steps.step();
    const kept = results.overlaps.filter((o) => o.a.id !== gone && o.b.id !== gone);
    expect(kept.length).toBeLessThan(results.overlaps.length);
    expect(rebuilt.overlaps).toEqual(kept);
  });

  it('leaves out broker scores of nodes the API no longer has', () => {
    const gone = results.brokers.scores[0]!.node.id;
    const steps = decoder(toWire(results), (id) => (id === gone ? undefined : snapshot.node(id)));
    let rebuilt = steps.step();
    while (!rebuilt) rebuilt = steps.step();
    expect(rebuilt.brokers.scores.map((s) => s.node.id)).toEqual(results.brokers.scores.map((s) => s.node.id).filter((id) => id !== gone));
  });
});
