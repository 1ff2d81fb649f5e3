/**
 * The analysis budgets:
 *   - full analysis of the Jämtland map: < 200 ms
 *   - the synthetic national map (15,000 actors, 3,000 networks, ~100,000 relationships): < 10 s, < 1.5 GB RSS
 * and how time grows from county to national scale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runAnalysis, DEFAULT_ANALYSIS } from '../src/analysis/analyze.js';
import { loadCoverageRules } from '../src/analysis/coverage.js';
import { loadRules } from '../src/analysis/rules.js';
import { createLogger } from '../src/logger.js';
import { MapSnapshot } from '../src/readmodel/snapshot.js';
import { seed } from '../src/server/seed.js';
import { MapService } from '../src/service/map-service.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
const RUNNER = fileURLToPath(new URL('./analysis-run.ts', import.meta.url));

export async function analysisBench(): Promise<[string, string, string][]> {
  const rows: [string, string, string][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'aktorskartan-analysis-'));
  const store = new KuzuStore(dir);
  await store.init();
  const service = new MapService(store, createLogger('warn'));
  await seed(service, join(SEED_DIR, 'jamtland-2024'));
  const stored = await store.loadGraph();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const settings = {
    ...DEFAULT_ANALYSIS,
    representationRules: loadRules(`${SEED_DIR}/representation-rules.csv`),
    coverageRules: loadCoverageRules(`${SEED_DIR}/coverage-rules.csv`),
    today: () => '2026-11-25',
  };
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 15; i++) {
    // A fresh snapshot each time: results are cached per snapshot, a new graph version gets none.
    const snapshot = MapSnapshot.fromStored(stored);
    const start = performance.now();
    findings = runAnalysis(snapshot, settings).findings.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push(['full analysis, Jämtland map (cold, per graph version)', `median ${times[7]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms (${findings} findings)`, '< 200 ms']);

  for (const scale of [0.05, 0.25, 0.5, 1]) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', RUNNER, '--scale', String(scale)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
    rows.push([
      `full analysis, synthetic map at scale ${scale}`,
      `${r['analysisMs']} ms, peak RSS ${r['maxRssMb']} MB (${r['actors']} actors, ${r['networks']} networks, ${r['relationships']} relationships, ${r['findings']} findings; steps ${JSON.stringify(r['timings'])})`,
      scale === 1 ? '< 10 s, < 1.5 GB' : '—',
    ]);
  }
  return rows;
}
