/**
 * The integrity check: loads the whole graph once and checks what the write path promises.
 * - every relationship has both ends, with the labels REL_ENDPOINTS allows;
 * - every record fits the model (MapSnapshot.fromStored reports no problems);
 * - node ids are unique across labels, relationship ids unique across types;
 * - a referral's routine exists;
 * - the graph version is a whole number ≥ 0.
 */
import { REL_ENDPOINTS } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import { MapSnapshot } from '../readmodel/snapshot.js';
import type { GraphStore, StoredGraph } from '../store/graph-store.js';

export type IntegrityProblemKind =
  | 'graph-version'
  | 'duplicate-id'
  | 'missing-end'
  | 'wrong-end-label'
  | 'invalid-record'
  | 'missing-routine';

export interface IntegrityProblem {
  readonly kind: IntegrityProblemKind;
  /** The record concerned ('graph' for the graph version). */
  readonly id: string;
  readonly message: string;
}

export interface IntegrityReport {
  readonly ok: boolean;
  readonly engine: GraphStore['engine'] | null;
  readonly graphVersion: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly nodesByLabel: Partial<Record<NodeLabel, number>>;
  readonly relationshipsByType: Partial<Record<RelationshipType, number>>;
  readonly problems: readonly IntegrityProblem[];
}

export function checkStoredGraph(stored: StoredGraph, engine: GraphStore['engine'] | null = null): IntegrityReport {
  const problems: IntegrityProblem[] = [];
  const { graphVersion } = stored;
  if (typeof graphVersion !== 'number' || !Number.isInteger(graphVersion) || graphVersion < 0) {
    problems.push({ kind: 'graph-version', id: 'graph', message: `the graph version is ${String(graphVersion)}, not a whole number ≥ 0` });
  }

  const labelOf = new Map<string, NodeLabel>();
  const nodesByLabel: Partial<Record<NodeLabel, number>> = {};
  for (const node of stored.nodes) {
    const id = node.props['id'];
    nodesByLabel[node.label] = (nodesByLabel[node.label] ?? 0) + 1;
    if (typeof id !== 'string' || id === '') {
      problems.push({ kind: 'invalid-record', id: String(id), message: `a ${node.label} has no id` });
      continue;
    }
    const seen = labelOf.get(id);
    if (seen) problems.push({ kind: 'duplicate-id', id, message: `the id "${id}" is used by a ${seen} and a ${node.label}` });
    else labelOf.set(id, node.label);
  }

  const relIds = new Map<string, RelationshipType>();
  const relationshipsByType: Partial<Record<RelationshipType, number>> = {};
  const routineIds = new Set(stored.nodes.filter((n) => n.label === 'Routine').map((n) => String(n.props['id'])));
  for (const rel of stored.rels) {
    const id = String(rel.props['id']);
    relationshipsByType[rel.type] = (relationshipsByType[rel.type] ?? 0) + 1;
    const seen = relIds.get(id);
    if (seen) problems.push({ kind: 'duplicate-id', id, message: `the relationship id "${id}" is used by a ${seen} and a ${rel.type}` });
    else relIds.set(id, rel.type);
    const from = labelOf.get(rel.from);
    const to = labelOf.get(rel.to);
    if (!from || !to) {
      const missing = [!from ? `from "${rel.from}"` : null, !to ? `to "${rel.to}"` : null].filter(Boolean).join(' and ');
      problems.push({ kind: 'missing-end', id, message: `${rel.type} "${id}" has no node at its end ${missing}` });
    } else if (!REL_ENDPOINTS[rel.type].some(([f, t]) => f === from && t === to)) {
      problems.push({ kind: 'wrong-end-label', id, message: `${rel.type} "${id}" joins ${from} → ${to}, which the model does not allow` });
    }
    const routineId = rel.props['routineId'];
    if (rel.type === 'REFERS_TO' && typeof routineId === 'string' && !routineIds.has(routineId)) {
      problems.push({ kind: 'missing-routine', id, message: `the referral "${id}" names routine "${routineId}", which does not exist` });
    }
  }

  for (const p of MapSnapshot.fromStored(stored).problems) {
    problems.push({ kind: 'invalid-record', id: p.id, message: `"${p.id}" does not fit the model: ${p.message}` });
  }

  return {
    ok: problems.length === 0,
    engine,
    graphVersion,
    nodes: stored.nodes.length,
    relationships: stored.rels.length,
    nodesByLabel,
    relationshipsByType,
    problems,
  };
}

/** Loads the graph from the store and checks it. */
export async function checkIntegrity(store: GraphStore): Promise<IntegrityReport> {
  return checkStoredGraph(await store.loadGraph(), store.engine);
}

/** The report as a few lines for a terminal. */
export function formatIntegrityReport(report: IntegrityReport, limit = 50): string {
  const lines = [
    `integrity: ${report.ok ? 'ok' : `${report.problems.length} problem(s)`} — graph version ${report.graphVersion}, ${report.nodes} nodes, ${report.relationships} relationships`,
  ];
  for (const p of report.problems.slice(0, limit)) lines.push(`  - [${p.kind}] ${p.message}`);
  if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more`);
  return lines.join('\n');
}
