/**
 * One analysis run in a process of its own, so its peak memory is its own:
 *   node --import tsx bench/analysis-run.ts --scale 1 [--seed 42]
 * Prints one JSON line: sizes, generation and analysis times (wall and CPU, and per part), peak RSS.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runAnalysis, DEFAULT_ANALYSIS } from '../src/analysis/analyze.js';
import { loadCoverageRules } from '../src/analysis/coverage.js';
import { loadRules } from '../src/analysis/rules.js';
import { MapSnapshot } from '../src/readmodel/snapshot.js';
import { generateNationalMap } from '../src/synthetic/national-map.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
/**
 * CPU time of this thread alone (Linux: /proc, in 10 ms ticks), or null elsewhere. On a shared
 * machine it moves far less than wall time, and unlike process.cpuUsage() it leaves out the
 * helper thread and the garbage collector's threads, so it is the run's critical path.
 */
function threadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

const scale = arg('scale', 1);
const t0 = performance.now();
const stored = generateNationalMap({ seed: arg('seed', 42), scale });
const t1 = performance.now();
const snapshot = MapSnapshot.fromStored(stored);
const t2 = performance.now();
const cpu = process.cpuUsage();
const threadCpu = threadCpuMs();
const analysis = runAnalysis(snapshot, {
  ...DEFAULT_ANALYSIS,
  representationRules: loadRules(`${SEED_DIR}/representation-rules.csv`),
  coverageRules: loadCoverageRules(`${SEED_DIR}/coverage-rules.csv`),
  today: () => '2026-11-25',
});
const t3 = performance.now();
const { user, system } = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({
  scale,
  actors: snapshot.all('Actor').length,
  networks: snapshot.all('Network').length,
  nodes: snapshot.nodes.size,
  relationships: snapshot.rels.size,
  generateMs: Math.round(t1 - t0),
  snapshotMs: Math.round(t2 - t1),
  analysisMs: Math.round(t3 - t2),
  // CPU time of the analysis: less sensitive than wall time to other processes on a shared machine.
  analysisCpuMs: Math.round((user + system) / 1000),
  analysisThreadCpuMs: threadCpu === null ? null : threadCpuMs()! - threadCpu,
  findings: analysis.findings.length,
  timings: analysis.timings,
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
})}\n`);
