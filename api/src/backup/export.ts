/**
 * Export: the whole graph as a backup (format.ts). Records go through the read model's
 * normalisation (MapSnapshot.fromStored), so both engines export the same thing; a record that
 * does not fit the model cannot be restored and is reported instead of exported.
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import { MapSnapshot } from '../readmodel/snapshot.js';
import type { GraphStore, StoredGraph, StoredValue } from '../store/graph-store.js';
import {
  BACKUP_FORMAT, BACKUP_FORMAT_VERSION, nodePropKeys, relPropKeys,
  type Backup, type BackupNode, type BackupRel,
} from './format.js';

/** A stored record left out of the export, and why. */
export interface ExportProblem {
  readonly id: string;
  readonly message: string;
}

export interface ExportResult {
  readonly backup: Backup;
  /** Records the store holds that are not in the backup; empty for a healthy database. */
  readonly problems: readonly ExportProblem[];
}

const byId = (a: { props: { id?: StoredValue } }, b: { props: { id?: StoredValue } }): number => {
  const x = String(a.props.id);
  const y = String(b.props.id);
  return x < y ? -1 : x > y ? 1 : 0;
};

function propsOf(record: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, StoredValue> {
  const props: Record<string, StoredValue> = {};
  for (const key of keys) props[key] = (record[key] ?? null) as StoredValue;
  return props;
}

export function nodeToBackup(node: NodeRecord): BackupNode {
  return { label: node.label, props: propsOf(node, nodePropKeys(node.label)) };
}

export function backupFromStored(stored: StoredGraph, engine: Backup['engine'], exportedAt: string): ExportResult {
  const snapshot = MapSnapshot.fromStored(stored);
  const problems: ExportProblem[] = snapshot.problems.map((p) => ({ id: p.id, message: `does not fit the model: ${p.message}` }));
  const nodes = [...snapshot.nodes.values()].map(nodeToBackup).sort(byId);
  // Ids are unique across labels in a healthy store; a clash is kept out of the backup and reported.
  const labels = new Map<string, string>();
  for (const n of stored.nodes) {
    const id = String(n.props['id']);
    const seen = labels.get(id);
    if (seen !== undefined && seen !== n.label) problems.push({ id, message: `the id is used by a ${seen} and a ${n.label}` });
    labels.set(id, n.label);
  }
  const relationships: BackupRel[] = [];
  for (const rel of snapshot.rels.values() as Iterable<RelRecord>) {
    const from = snapshot.node(rel.from);
    const to = snapshot.node(rel.to);
    if (!from || !to) {
      problems.push({ id: rel.id, message: `left out: its end "${!from ? rel.from : rel.to}" is not in the backup` });
      continue;
    }
    relationships.push({
      type: rel.type, from: rel.from, to: rel.to, fromLabel: from.label, toLabel: to.label,
      props: propsOf(rel, relPropKeys(rel.type)),
    });
  }
  relationships.sort(byId);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    graphVersion: stored.graphVersion,
    engine,
    nodes,
    relationships,
  };
  return { backup, problems };
}

/** Reads the whole graph from a store (one load, one read transaction) and builds its backup. */
export async function exportBackup(store: GraphStore, now: () => Date = () => new Date()): Promise<ExportResult> {
  const stored = await store.loadGraph();
  return backupFromStored(stored, store.engine, now().toISOString());
}
