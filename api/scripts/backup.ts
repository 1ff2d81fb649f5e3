/**
 * Writes a backup of the whole map: a portable JSON file (src/backup/format.ts) that
 * scripts/restore.ts loads into an empty database of either engine.
 *
 *   node --import tsx scripts/backup.ts --out backup.json [--allow-problems]
 *
 * The database is the one the server would use: DATA_DIR (Kuzu, the default; stop the server
 * first, Kuzu allows one process per database) or NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/
 * NEO4J_DATABASE. Relative paths count from where `npm run backup` was typed (or the working
 * directory). The graph is checked first (src/backup/integrity.ts); a database with problems
 * is not backed up unless --allow-problems, which leaves out the records that do not fit.
 * The file is written whole or not at all (a temporary file, then a rename), readable by its
 * owner only. It holds the map; accounts, API tokens and the audit log are not in it
 * (docs/decisions/006): back up the database itself for those.
 * Prints the counts, the size and the time taken; exits non-zero with a message on any error.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CliError, describeTarget, invocationDir, explainStoreError, formatBytes, formatCounts } from '../src/backup/cli-support.js';
import { backupFromStored } from '../src/backup/export.js';
import { formatBackupProblems, parseBackup, serializeBackup } from '../src/backup/format.js';
import { checkStoredGraph, formatIntegrityReport } from '../src/backup/integrity.js';
import { ConfigError, loadConfig } from '../src/config/config.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';

const USAGE = 'usage: node --import tsx scripts/backup.ts --out <file.json> [--allow-problems]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', short: 'o' },
      'allow-problems': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.out) throw new CliError(`--out is required\n${USAGE}`);
  const out = resolve(invocationDir(), values.out);
  const config = loadConfig(process.env, invocationDir());
  if (!config.neo4j && !existsSync(join(config.dataDir, 'graph.kuzu'))) {
    throw new CliError(`there is no database in ${config.dataDir} (set DATA_DIR to the server's data folder)`);
  }
  const started = performance.now();
  const store: GraphStore = config.neo4j ? new Neo4jStore(config.neo4j) : new KuzuStore(config.dataDir);
  let closed = false;
  try {
    await store.init();
    const stored = await store.loadGraph();
    const integrity = checkStoredGraph(stored, store.engine);
    const { backup, problems } = backupFromStored(stored, store.engine, new Date().toISOString());
    await store.close();
    closed = true;
    if (!integrity.ok) {
      process.stderr.write(`${formatIntegrityReport(integrity)}\n`);
      if (!values['allow-problems']) throw new CliError('no backup written: the database has problems (--allow-problems writes the records that fit the model)');
      for (const p of problems) process.stderr.write(`  left out ${p.id}: ${p.message}\n`);
    }
    const text = serializeBackup(backup);
    // The file must be one restore accepts: it is read back and checked like any backup.
    const check = parseBackup(text);
    if (!check.ok) {
      process.stderr.write(`restore would refuse this backup:\n${formatBackupProblems(check.problems)}\n`);
      if (!values['allow-problems']) throw new CliError('no backup written');
    }
    const temporary = `${out}.partial-${process.pid}`;
    try {
      writeFileSync(temporary, text, { mode: 0o600 });
      renameSync(temporary, out);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    const ms = performance.now() - started;
    console.log(
      `backup of ${describeTarget(config)}: ${backup.nodes.length} nodes (${formatCounts(integrity.nodesByLabel)}), ${backup.relationships.length} relationships, ` +
      `graph version ${backup.graphVersion} → ${out} (${formatBytes(Buffer.byteLength(text))}) in ${(ms / 1000).toFixed(2)} s`,
    );
  } catch (error) {
    if (!closed) await store.close().catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError(explainStoreError(error, config));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof CliError ? error.message : `backup failed: ${error instanceof Error ? error.stack : String(error)}`;
    process.stderr.write(`backup: ${message}\n`);
    process.exit(1);
  },
);
