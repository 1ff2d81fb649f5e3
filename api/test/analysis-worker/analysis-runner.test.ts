/**
 * Analysis off the request path: the worker follows the read model by batches and computes the
 * newest graph version; requests get the last finished analysis, saying which version it is of,
 * and never wait — except the first after start-up, which waits once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analysisSettings } from '../../src/analysis/settings.js';
import { AnalysisRunner } from '../../src/analysis/worker/analysis-runner.js';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { createLogger } from '../../src/logger.js';
import { MapSnapshot, type SnapshotEvent, type SnapshotSource } from '../../src/readmodel/snapshot.js';
import { generateNationalMap } from '../../src/synthetic/national-map.js';
import type { WriteOp } from '../../src/store/graph-store.js';

const SEED_ROOT = fileURLToPath(new URL('../../../seed/', import.meta.url));
const settings = analysisSettings({
  representationRules: `${SEED_ROOT}/representation-rules.csv`, coverageRules: `${SEED_ROOT}/coverage-rules.csv`,
  staleAfterDays: 365, chainMaxHops: 3,
}, () => '2026-11-25');

/** A read model that moves when the test says so (what MapService does after a write). */
class TestSource implements SnapshotSource {
  private readonly listeners = new Set<(event: SnapshotEvent) => void>();
  onSnapshot(listener: (event: SnapshotEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: SnapshotEvent) {
    for (const l of this.listeners) l(event);
  }
}

let source: TestSource;
let runner: AnalysisRunner;
let snapshot: MapSnapshot;
beforeAll(() => {
  // About one tenth of Sweden: an analysis long enough to watch the event loop while it runs.
  snapshot = MapSnapshot.fromStored({ ...generateNationalMap({ seed: 42, scale: 0.1 }), graphVersion: 7 });
  source = new TestSource();
  runner = new AnalysisRunner(settings, source, createLogger('silent'));
  source.emit({ kind: 'loaded', snapshot });
});
afterAll(() => runner.close());

const turnsUntil = async (done: Promise<unknown>): Promise<number> => {
  let finished = false;
  void done.then(() => (finished = true));
  let turns = 0;
  while (!finished) {
    await new Promise((r) => setImmediate(r));
    turns++;
  }
  return turns;
};

describe('the analysis worker', () => {
  it('makes the first request wait once, for the map as it is, and keeps the event loop turning meanwhile', async () => {
    const first = runner.latest(snapshot);
    const turns = await turnsUntil(first);
    const { results, upToDate, mapGraphVersion } = await first;
    expect({ graphVersion: results.analysis.graphVersion, upToDate, mapGraphVersion }).toEqual({ graphVersion: 7, upToDate: true, mapGraphVersion: 7 });
    // In the API's thread the analysis would have run in one turn; here the loop went on.
    expect(turns).toBeGreaterThan(10);
    // The worker's findings are those of the same analysis run here.
    expect(results.analysis.findings.map((f) => f.id).sort()).toEqual(runAnalysis(snapshot, settings).findings.map((f) => f.id).sort());
  }, 120_000);

  it('answers from the last finished analysis while the next version is computed, saying which version it is of', async () => {
    const actor = snapshot.all('Actor')[0]!;
    const { label, id, version: _v, createdAt: _c, updatedAt: _u, ...props } = actor;
    const ops: WriteOp[] = [{ op: 'upsertNode', label, id, props: { ...props, name: 'Omdöpt aktör' } as never, expect: { was: actor.version } }];
    const batch = { graphVersion: 8, now: '2026-11-25T12:00:00.000Z', ops };
    const next = snapshot.applied(batch, { validate: false }).snapshot;
    source.emit({ kind: 'applied', snapshot: next, batch, validate: false });

    const stale = await runner.latest(next);
    expect({ graphVersion: stale.results.analysis.graphVersion, upToDate: stale.upToDate, mapGraphVersion: stale.mapGraphVersion })
      .toEqual({ graphVersion: 7, upToDate: false, mapGraphVersion: 8 });

    await runner.settled();
    const fresh = await runner.latest(next);
    expect({ graphVersion: fresh.results.analysis.graphVersion, upToDate: fresh.upToDate }).toEqual({ graphVersion: 8, upToDate: true });
  }, 120_000);
});
