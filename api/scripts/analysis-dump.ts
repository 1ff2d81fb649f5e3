/**
 * Prints the analysis of the Jämtland demo map, for reviewing findings against the report:
 *   node --import tsx scripts/analysis-dump.ts [--json] [--today 2026-12-03]
 * Loads the seed through the real importer into a throw-away Kuzu database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalysis, DEFAULT_ANALYSIS } from '../src/analysis/analyze.js';
import { loadCoverageRules } from '../src/analysis/coverage.js';
import { loadRules } from '../src/analysis/rules.js';
import { createLogger } from '../src/logger.js';
import { MapSnapshot } from '../src/readmodel/snapshot.js';
import { seed } from '../src/server/seed.js';
import { MapService } from '../src/service/map-service.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };

const dir = mkdtempSync(join(tmpdir(), 'aktorskartan-dump-'));
const store = new KuzuStore(dir);
await store.init();
const report = await seed(new MapService(store, createLogger('warn')), join(SEED_DIR, 'jamtland-2024'));
const stored = await store.loadGraph();
await store.close();
rmSync(dir, { recursive: true, force: true });
if (report.errors?.length) console.error(JSON.stringify(report.errors, null, 1));
const snapshot = MapSnapshot.fromStored(stored);
const analysis = runAnalysis(snapshot, {
  ...DEFAULT_ANALYSIS,
  representationRules: loadRules(`${SEED_DIR}/representation-rules.csv`),
  coverageRules: loadCoverageRules(`${SEED_DIR}/coverage-rules.csv`),
  today: () => arg('today') ?? '2026-12-03',
});
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(analysis.findings, null, 1)}\n`);
else for (const f of analysis.findings) process.stdout.write(`${f.severity}\t${f.kind}\t${f.rule}\t${f.areaIds.join(',')}\t${f.explanation.sv}\n`);
