/**
 * The read model: one immutable snapshot of the whole graph at one graph version, with the
 * indexes every read needs. Built once per version; requests read it without touching the
 * database (docs/decisions/001-read-model.md).
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { StoredGraph } from '../store/graph-store.js';
import { toNodeRecord, toRelRecord } from './normalise.js';

const EMPTY: readonly never[] = Object.freeze([]);

export interface SnapshotProblem {
  readonly id: string;
  readonly message: string;
}

export class MapSnapshot {
  readonly nodes = new Map<string, NodeRecord>();
  readonly rels = new Map<string, RelRecord>();
  private readonly byLabel = new Map<NodeLabel, NodeRecord[]>();
  private readonly byType = new Map<RelationshipType, RelRecord[]>();
  private readonly outgoing = new Map<string, RelRecord[]>();
  private readonly incoming = new Map<string, RelRecord[]>();
  private readonly areaSubtrees = new Map<string, ReadonlySet<string>>();
  /** Records the store held that do not fit the model; logged, never served. */
  readonly problems: SnapshotProblem[] = [];

  constructor(readonly graphVersion: number, nodes: Iterable<NodeRecord>, rels: Iterable<RelRecord>) {
    for (const node of nodes) {
      this.nodes.set(node.id, node);
      push(this.byLabel, node.label, node);
    }
    for (const rel of rels) {
      this.rels.set(rel.id, rel);
      push(this.byType, rel.type, rel);
      push(this.outgoing, rel.from, rel);
      push(this.incoming, rel.to, rel);
    }
  }

  static fromStored(stored: StoredGraph): MapSnapshot {
    const nodes: NodeRecord[] = [];
    const rels: RelRecord[] = [];
    const problems: SnapshotProblem[] = [];
    for (const n of stored.nodes) {
      const record = toNodeRecord(n);
      if (record instanceof Error) problems.push({ id: String(n.props['id']), message: record.message });
      else nodes.push(record);
    }
    for (const r of stored.rels) {
      const record = toRelRecord(r);
      if (record instanceof Error) problems.push({ id: String(r.props['id']), message: record.message });
      else rels.push(record);
    }
    const snapshot = new MapSnapshot(stored.graphVersion, nodes, rels);
    snapshot.problems.push(...problems);
    return snapshot;
  }

  node(id: string): NodeRecord | undefined {
    return this.nodes.get(id);
  }

  nodeOf<L extends NodeLabel>(label: L, id: string): NodeRecord<L> | undefined {
    const node = this.nodes.get(id);
    return node?.label === label ? (node as NodeRecord<L>) : undefined;
  }

  all<L extends NodeLabel>(label: L): readonly NodeRecord<L>[] {
    return (this.byLabel.get(label) ?? EMPTY) as readonly NodeRecord<L>[];
  }

  relsOfType<T extends RelationshipType>(type: T): readonly RelRecord<T>[] {
    return (this.byType.get(type) ?? EMPTY) as readonly RelRecord<T>[];
  }

  relOf<T extends RelationshipType>(type: T, id: string): RelRecord<T> | undefined {
    const rel = this.rels.get(id);
    return rel?.type === type ? (rel as RelRecord<T>) : undefined;
  }

  out<T extends RelationshipType>(id: string, type: T): RelRecord<T>[] {
    return (this.outgoing.get(id) ?? EMPTY).filter((r): r is RelRecord<T> => r.type === type);
  }

  in<T extends RelationshipType>(id: string, type: T): RelRecord<T>[] {
    return (this.incoming.get(id) ?? EMPTY).filter((r): r is RelRecord<T> => r.type === type);
  }

  /** Every relationship touching a node, either direction. */
  linksOf(id: string): readonly RelRecord[] {
    return [...(this.outgoing.get(id) ?? EMPTY), ...(this.incoming.get(id) ?? EMPTY)];
  }

  /** Targets of a node's outgoing relationships of one type. */
  targets<L extends NodeLabel>(id: string, type: RelationshipType, label: L): NodeRecord<L>[] {
    return this.out(id, type)
      .map((r) => this.nodeOf(label, r.to))
      .filter((n): n is NodeRecord<L> => n !== undefined);
  }

  /** Sources of a node's incoming relationships of one type. */
  sources<L extends NodeLabel>(id: string, type: RelationshipType, label: L): NodeRecord<L>[] {
    return this.in(id, type)
      .map((r) => this.nodeOf(label, r.from))
      .filter((n): n is NodeRecord<L> => n !== undefined);
  }

  /** The area a node is located in (the first, if several are recorded). */
  areaOf(id: string): NodeRecord<'Area'> | undefined {
    return this.targets(id, 'LOCATED_IN', 'Area')[0];
  }

  /** The area and every area within it, transitively. */
  areaSubtree(areaId: string): ReadonlySet<string> {
    let subtree = this.areaSubtrees.get(areaId);
    if (!subtree) {
      const seen = new Set<string>([areaId]);
      const queue = [areaId];
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        for (const r of this.in(next, 'WITHIN')) {
          if (!seen.has(r.from)) {
            seen.add(r.from);
            queue.push(r.from);
          }
        }
      }
      subtree = seen;
      this.areaSubtrees.set(areaId, subtree);
    }
    return subtree;
  }

  /** Whether a node is located in the area or any area within it. */
  isInArea(id: string, areaId: string): boolean {
    const subtree = this.areaSubtree(areaId);
    return this.out(id, 'LOCATED_IN').some((r) => subtree.has(r.to));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
