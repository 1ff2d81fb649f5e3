/**
 * Writes a synthetic national actor map as the CSV import template.
 *
 *   node --import tsx scripts/synthetic-map.ts --seed 42 --scale 1 --out /tmp/sverige
 *
 * --seed (default 42) and --scale (default 1, all Sweden; 0.02 is about one county) choose the
 * map; the same pair always gives the same files. Prints the rows per file and the time taken.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { IMPORT_LIMITS } from '../src/import/csv-import.js';
import { generateNationalMap, mapCounts, writeTemplateCsv } from '../src/synthetic/national-map.js';

const USAGE = 'usage: node --import tsx scripts/synthetic-map.ts --out <dir> [--seed 42] [--scale 1]';

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${value}"`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const seed = number(values.seed, 42, 'seed');
  const scale = number(values.scale, 1, 'scale');
  const out = resolve(values.out);

  const start = performance.now();
  const graph = generateNationalMap({ seed, scale });
  const generatedMs = performance.now() - start;
  const writeStart = performance.now();
  const files = writeTemplateCsv(graph, out);
  const writtenMs = performance.now() - writeStart;

  const counts = mapCounts(graph);
  console.log(`synthetic map: seed ${seed}, scale ${scale} → ${out}`);
  const width = Math.max(...files.map((f) => f.name.length));
  for (const file of files) {
    const note = file.rows > IMPORT_LIMITS.maxRows ? `  (over the importer's ${IMPORT_LIMITS.maxRows} rows per file)` : '';
    const bytes = Buffer.byteLength(file.content, 'utf8');
    const size = bytes > IMPORT_LIMITS.maxFileBytes ? `  (over the importer's ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB per file)` : '';
    console.log(`  ${file.name.padEnd(width)}  ${String(file.rows).padStart(7)} rows${note}${size}`);
  }
  console.log(`  nodes ${counts.totalNodes}: ${Object.entries(counts.nodes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  relationships ${counts.totalRels}: ${Object.entries(counts.rels).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`generated in ${generatedMs.toFixed(0)} ms, written in ${writtenMs.toFixed(0)} ms`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
