/**
 * Restores a backup written by scripts/backup.ts into an EMPTY database, keeping every id,
 * version and timestamp, in one transaction: the whole map lands or nothing does.
 *
 *   node --import tsx scripts/restore.ts --in backup.json [--force]
 *
 * The database is the one the server would use: DATA_DIR (Kuzu, the default; created when
 * missing; stop the server first) or NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE.
 * Relative paths count from where `npm run restore` was typed (or the working directory).
 * The file is checked whole before anything is written (format, version, every record against
 * the model, unique ids, relationship ends); a bad file is refused with every problem named by
 * its JSON path. A database whose map is not empty is refused, unless --force, which deletes every
 * node in it first — in the same transaction as the restore. Accounts, API tokens and the audit
 * log are not in a backup and stay as they are; the restore adds its own audit event.
 * Afterwards the database is checked (src/backup/integrity.ts) and its counts compared with the
 * file's. Prints the counts and the time taken; exits non-zero with a message on any error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CliError, countBy, describeTarget, invocationDir, explainStoreError, formatCounts } from '../src/backup/cli-support.js';
import { formatBackupProblems, parseBackup, type Backup } from '../src/backup/format.js';
import { checkIntegrity, formatIntegrityReport } from '../src/backup/integrity.js';
import { RestoreRefusedError, type RestoreOutcome } from '../src/backup/restore-statements.js';
import { ConfigError, loadConfig, type Config } from '../src/config/config.js';
import { NODE_LABELS } from '../src/domain/vocabulary.js';
import { StoreRefusedError, type GraphStore } from '../src/store/graph-store.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';
import { restoreInto as restoreIntoKuzu } from '../src/store/kuzu/restore-writer.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import { restoreInto as restoreIntoNeo4j } from '../src/store/neo4j/restore-writer.js';

/** Counts in the order of the model's labels, as the backup CLI prints them. */
const inLabelOrder = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(NODE_LABELS.filter((l) => counts[l] !== undefined).map((l) => [l, counts[l]!]));

const USAGE = 'usage: node --import tsx scripts/restore.ts --in <backup.json> [--force]';

async function restore(config: Config, backup: Backup, force: boolean): Promise<RestoreOutcome> {
  try {
    return config.neo4j
      ? await restoreIntoNeo4j(config.neo4j, backup, { force })
      : await restoreIntoKuzu(config.dataDir, backup, { force });
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw new CliError(`refused, nothing was written: ${error.message}`);
    if (error instanceof StoreRefusedError) throw new CliError('refused, nothing was written: someone else wrote to the map during the restore; try again');
    throw new CliError(`failed, nothing was written: ${explainStoreError(error, config)}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', short: 'i' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.in) throw new CliError(`--in is required\n${USAGE}`);
  const file = resolve(invocationDir(), values.in);
  const started = performance.now();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    throw new CliError(`${file} is refused, nothing was written (${parsed.problems.length} problem(s)):\n${formatBackupProblems(parsed.problems)}`);
  }
  const { backup } = parsed;
  const config = loadConfig(process.env, invocationDir());
  const outcome = await restore(config, backup, values.force);

  // Check what landed, through the same store the server uses.
  const store: GraphStore = config.neo4j ? new Neo4jStore(config.neo4j) : new KuzuStore(config.dataDir);
  try {
    const report = await checkIntegrity(store);
    const expected = { nodes: backup.nodes.length, relationships: backup.relationships.length };
    if (!report.ok || report.nodes !== expected.nodes || report.relationships !== expected.relationships) {
      throw new CliError(
        `the restored database does not match the backup (expected ${expected.nodes} nodes and ${expected.relationships} relationships)\n${formatIntegrityReport(report)}`,
      );
    }
  } finally {
    await store.close().catch(() => undefined);
  }
  const ms = performance.now() - started;
  console.log(
    `restored ${file} (exported ${backup.exportedAt} from ${backup.engine}) into ${describeTarget(config)}: ` +
    `${outcome.nodes} nodes (${formatCounts(inLabelOrder(countBy(backup.nodes, (n) => n.label)))}), ${outcome.relationships} relationships` +
    `${outcome.deleted > 0 ? `, after deleting the ${outcome.deleted} nodes that were there` : ''}; ` +
    `graph version ${outcome.graphVersion}; integrity ok; ` +
    `in ${(ms / 1000).toFixed(2)} s`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof CliError ? error.message : `failed: ${error instanceof Error ? error.stack : String(error)}`;
    process.stderr.write(`restore: ${message}\n`);
    process.exit(1);
  },
);
