/**
 * What a restore runs inside its one transaction — the same on both engines. An engine's restore
 * writer (store/kuzu/restore-writer.ts, store/neo4j/restore-writer.ts) opens the transaction,
 * lists the nodes already there and supplies `run`, which executes one named statement from
 * cypher/queries and returns plain rows.
 *
 * The ordinary upserts stamp version 1 and `now` on every record they create; a restore must
 * keep each record's own version and timestamps, so it runs the statements in
 * cypher/queries/restore/ instead, which set every property explicitly.
 */
import { randomUUID } from 'node:crypto';
import { REL_ENDPOINTS } from '../domain/model.js';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';
import { runBatch, type RunStatement } from '../store/batch.js';
import { META_ID, statementName } from '../store/cypher-files.js';
import { feedRecord } from '../store/feed.js';
import { StoreRefusedError, type AuxRecord, type WriteOp } from '../store/graph-store.js';
import type { Backup } from './format.js';

const kebab = (s: string): string =>
  s.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export const restoreStatementName = {
  node: (label: NodeLabel) => `restore/${kebab(label)}-restore`,
  rel: (type: RelationshipType, fromLabel: NodeLabel) =>
    REL_ENDPOINTS[type].length > 1 ? `restore/${kebab(type)}-from-${kebab(fromLabel)}-restore` : `restore/${kebab(type)}-restore`,
  graphVersionSet: 'restore/graph-version-set',
  nodesMany: (label: NodeLabel) => `restore-bulk/${kebab(label)}-restore-many`,
  relsMany: (type: RelationshipType, fromLabel: NodeLabel) =>
    REL_ENDPOINTS[type].length > 1 ? `restore-bulk/${kebab(type)}-from-${kebab(fromLabel)}-restore-many` : `restore-bulk/${kebab(type)}-restore-many`,
} as const;

/** Records per bulk restore statement. */
const RESTORE_ROWS = 2_000;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += RESTORE_ROWS) yield items.slice(i, i + RESTORE_ROWS);
}

/** The name of every restore statement (the tests check each file against the model). */
export function allRestoreStatements(): string[] {
  const names = new Set<string>([restoreStatementName.graphVersionSet]);
  for (const label of NODE_LABELS) names.add(restoreStatementName.node(label));
  for (const [type, pairs] of Object.entries(REL_ENDPOINTS) as [RelationshipType, readonly (readonly [NodeLabel, NodeLabel])[]][]) {
    for (const [from] of pairs) names.add(restoreStatementName.rel(type, from));
  }
  return [...names];
}

/** A node already in the database before the restore. */
export interface ExistingNode {
  readonly label: NodeLabel;
  readonly id: string;
}

export interface RestoreOptions {
  /**
   * Delete every node (and with it every relationship) first, in the same transaction. Accounts,
   * tokens and the audit log are not part of the map and stay.
   */
  readonly force?: boolean;
  /** The time of the restore, for its audit event and the deletes of a forced restore. */
  readonly now?: string;
}

export interface RestoreOutcome {
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes deleted first (a forced restore into a database whose map was not empty). */
  readonly deleted: number;
  /** The graph version after the restore: past the database's, and at least the backup's. */
  readonly graphVersion: number;
}

/** A restore that was refused; nothing was written. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** The audit event of a restore, in the shape MapService writes for every batch (auth/audit.ts reads it). */
function restoreAuditRecord(backup: Backup, basedOn: number, deleted: number, at: string): AuxRecord {
  const who = { id: 'system:restore', name: 'restore' };
  const json = JSON.stringify({
    at, who, operation: 'restore', basedOn,
    // The records themselves are in the backup file; the event says which file and how much.
    truncated: true,
    changes: [],
    backup: {
      exportedAt: backup.exportedAt, engine: backup.engine, graphVersion: backup.graphVersion,
      nodes: backup.nodes.length, relationships: backup.relationships.length, deletedFirst: deleted,
    },
  });
  return { id: `aud-${at}-${randomUUID().slice(0, 8)}`, kind: 'audit', key: who.id, json, createdAt: at };
}

/**
 * Runs a restore inside an open transaction. The caller commits when this resolves and rolls back
 * when it throws, so a restore lands whole or not at all. `existing` are the map's nodes before.
 * The backup must have passed parseBackup/validateBackup; this writes what it is given.
 */
export async function runRestore(
  run: RunStatement,
  existing: readonly ExistingNode[],
  currentVersion: number,
  backup: Backup,
  options: RestoreOptions = {},
): Promise<RestoreOutcome> {
  const now = options.now ?? new Date().toISOString();
  let graphVersion: number;
  if (existing.length > 0) {
    if (!options.force) {
      throw new RestoreRefusedError(
        `the database is not empty (${existing.length} nodes, graph version ${currentVersion}): ` +
        'a restore writes into an empty database only; --force deletes the map in it first',
      );
    }
    // Delete-everything is a batch of ordinary deleteNode ops (each detaches its relationships),
    // run by the same code as every write batch: it bumps the graph version first and checks it.
    const ops: WriteOp[] = existing.map((n) => ({ op: 'deleteNode', label: n.label, id: n.id }));
    graphVersion = await runBatch(run, { ops, basedOn: currentVersion, now });
  } else {
    const bumped = await run(statementName.graphVersionBump, { id: META_ID });
    graphVersion = Number(bumped[0]?.['graphVersion']);
    if (graphVersion !== currentVersion + 1) throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: graphVersion - 1 });
  }

  // In bulk: one UNWIND statement per label (and relationship type and start label), in runs of
  // RESTORE_ROWS; every record must come back, or the restore fails whole.
  for (const [name, nodes] of groupBy(backup.nodes, (n) => restoreStatementName.nodesMany(n.label))) {
    for (const chunk of chunks(nodes)) {
      const rows = await run(name, { rows: chunk.map((n) => ({ ...n.props })) });
      const written = new Set(rows.map((r) => String(r['id'])));
      const missing = chunk.find((n) => !written.has(String(n.props['id'])));
      if (missing) throw new RestoreRefusedError(`${missing.label} "${String(missing.props['id'])}" was not written`);
    }
  }
  for (const [name, rels] of groupBy(backup.relationships, (r) => restoreStatementName.relsMany(r.type, r.fromLabel))) {
    for (const chunk of chunks(rels)) {
      const rows = await run(name, { rows: chunk.map((r) => ({ ...r.props, from: r.from, to: r.to })) });
      const written = new Set(rows.map((r) => String(r['id'])));
      const missing = chunk.find((r) => !written.has(String(r.props['id'])));
      if (missing) {
        throw new RestoreRefusedError(
          `${missing.type} "${String(missing.props['id'])}" was not written: no ${missing.fromLabel} "${missing.from}" or no ${missing.toLabel} "${missing.to}"`,
        );
      }
    }
  }
  if (backup.graphVersion > graphVersion) {
    const rows = await run(restoreStatementName.graphVersionSet, { id: META_ID, graphVersion: backup.graphVersion });
    graphVersion = Number(rows[0]?.['graphVersion']);
  }
  // The feed says "reload" at the restored version: a running process cannot replay a restore.
  await run(statementName.auxUpsert, { ...feedRecord({ graphVersion, now, ops: null }) });
  // Like every write, the restore is in the audit log, committed with it.
  await run(statementName.auxUpsert, { ...restoreAuditRecord(backup, currentVersion, existing.length, now) });
  return { nodes: backup.nodes.length, relationships: backup.relationships.length, deleted: existing.length, graphVersion };
}
