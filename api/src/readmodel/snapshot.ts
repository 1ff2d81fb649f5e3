/**
 * The read model: one immutable snapshot of the whole graph at one graph version, with the
 * indexes every read needs. Built once per version; requests read it without touching the
 * database (docs/decisions/001-read-model.md).
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { StoredGraph } from '../store/graph-store.js';
import { toNodeRecord, toRelRecord } from './normalise.js';
import { OverlayMap } from './overlay-map.js';
import { collectChanges, type AppliedBatch } from './apply.js';

export type { AppliedBatch } from './apply.js';

const EMPTY: readonly never[] = Object.freeze([]);

export interface SnapshotProblem {
  readonly id: string;
  readonly message: string;
}

/** How a process's read model moved: a full load, or one batch applied (its own or another's). */
export type SnapshotEvent =
  | { readonly kind: 'loaded'; readonly snapshot: MapSnapshot }
  | { readonly kind: 'applied'; readonly snapshot: MapSnapshot; readonly batch: AppliedBatch; readonly validate: boolean };

/** What keeps a read model and tells others how it moves (the map service). */
export interface SnapshotSource {
  onSnapshot(listener: (event: SnapshotEvent) => void): () => void;
}

/** What applying a batch changed: the ids of the records written or removed. */
export interface AppliedChanges {
  readonly nodes: ReadonlyMap<string, NodeRecord | undefined>;
  readonly rels: ReadonlyMap<string, RelRecord | undefined>;
  /** The records as they were before the batch (absent: the record did not exist). */
  readonly previousNodes: ReadonlyMap<string, NodeRecord>;
  readonly previousRels: ReadonlyMap<string, RelRecord>;
}

interface Parts {
  readonly nodes: OverlayMap<string, NodeRecord>;
  readonly rels: OverlayMap<string, RelRecord>;
  readonly byLabel: ReadonlyMap<NodeLabel, readonly NodeRecord[]>;
  readonly byType: ReadonlyMap<RelationshipType, readonly RelRecord[]>;
  readonly outgoing: OverlayMap<string, readonly RelRecord[]>;
  readonly incoming: OverlayMap<string, readonly RelRecord[]>;
  readonly areaSubtrees: Map<string, ReadonlySet<string>>;
}

export class MapSnapshot {
  readonly nodes: ReadonlyMap<string, NodeRecord>;
  readonly rels: ReadonlyMap<string, RelRecord>;
  /** Shared with the snapshots derived from this one (see `applied`); never changed in place. */
  private readonly parts: Parts;
  /** Records the store held that do not fit the model; logged, never served. */
  readonly problems: SnapshotProblem[] = [];

  constructor(readonly graphVersion: number, nodes: Iterable<NodeRecord>, rels: Iterable<RelRecord> | Parts) {
    if (isParts(rels)) {
      this.parts = rels;
    } else {
      const byLabel = new Map<NodeLabel, NodeRecord[]>();
      const byType = new Map<RelationshipType, RelRecord[]>();
      const outgoing = new Map<string, RelRecord[]>();
      const incoming = new Map<string, RelRecord[]>();
      const nodeMap = new Map<string, NodeRecord>();
      const relMap = new Map<string, RelRecord>();
      for (const node of nodes) {
        nodeMap.set(node.id, node);
        push(byLabel, node.label, node);
      }
      for (const rel of rels) {
        relMap.set(rel.id, rel);
        push(byType, rel.type, rel);
        push(outgoing, rel.from, rel);
        push(incoming, rel.to, rel);
      }
      this.parts = {
        nodes: OverlayMap.of(nodeMap), rels: OverlayMap.of(relMap), byLabel, byType,
        outgoing: OverlayMap.of<string, readonly RelRecord[]>(outgoing), incoming: OverlayMap.of<string, readonly RelRecord[]>(incoming),
        areaSubtrees: new Map(),
      };
    }
    this.nodes = this.parts.nodes;
    this.rels = this.parts.rels;
  }

  /**
   * The snapshot after a committed batch, sharing everything the batch did not touch. The
   * records are built the way the store builds them (version + 1, createdAt kept, updatedAt =
   * the batch's time; a deleted node takes its relationships with it). With `validate`, each
   * written record is checked against the model as a load would (for batches another process
   * wrote); the API's own batches were validated by the planner and are not checked again.
   */
  applied(batch: AppliedBatch, options: { readonly validate: boolean }): { snapshot: MapSnapshot; changes: AppliedChanges } {
    const changes = collectChanges(this, batch, options.validate);
    return { snapshot: this.derive(batch.graphVersion, changes.changes, changes.problems), changes: changes.changes };
  }

  private derive(graphVersion: number, changes: AppliedChanges, problems: readonly SnapshotProblem[]): MapSnapshot {
    const { parts } = this;
    const touchedLabels = new Set<NodeLabel>();
    for (const [id, node] of changes.nodes) {
      const before = changes.previousNodes.get(id);
      if (before) touchedLabels.add(before.label);
      if (node) touchedLabels.add(node.label);
    }
    const touchedTypes = new Set<RelationshipType>();
    const outEnds = new Set<string>();
    const inEnds = new Set<string>();
    for (const [id, rel] of changes.rels) {
      for (const r of [changes.previousRels.get(id), rel]) {
        if (!r) continue;
        touchedTypes.add(r.type);
        outEnds.add(r.from);
        inEnds.add(r.to);
      }
    }
    const nodes = parts.nodes.with(changes.nodes);
    const rels = parts.rels.with(changes.rels);
    const written = <R>(records: ReadonlyMap<string, R | undefined>): R[] => [...records.values()].filter((r): r is R => r !== undefined);
    const newNodes = groupBy(written(changes.nodes), (n) => n.label);
    const newRels = written(changes.rels);
    const byLabel = new Map(parts.byLabel);
    for (const label of touchedLabels) byLabel.set(label, patchList(parts.byLabel.get(label) ?? EMPTY, changes.nodes, newNodes.get(label) ?? EMPTY));
    const byType = new Map(parts.byType);
    const relsOfType = groupBy(newRels, (r) => r.type);
    for (const type of touchedTypes) byType.set(type, patchList(parts.byType.get(type) ?? EMPTY, changes.rels, relsOfType.get(type) ?? EMPTY));
    const adjacency = (index: OverlayMap<string, readonly RelRecord[]>, ends: ReadonlySet<string>, endOf: (r: RelRecord) => string) => {
      const added = groupBy(newRels, endOf);
      const lists = new Map<string, readonly RelRecord[] | undefined>();
      for (const end of ends) {
        const list = patchList(index.get(end) ?? EMPTY, changes.rels, added.get(end) ?? EMPTY);
        lists.set(end, list.length > 0 ? list : undefined);
      }
      return index.with(lists);
    };
    const touchesTree = touchedTypes.has('WITHIN');
    const next = new MapSnapshot(graphVersion, [], {
      nodes, rels, byLabel, byType,
      outgoing: adjacency(parts.outgoing, outEnds, (r) => r.from),
      incoming: adjacency(parts.incoming, inEnds, (r) => r.to),
      // Area subtrees depend on WITHIN only; the cache is shared while no WITHIN changed.
      areaSubtrees: touchesTree ? new Map() : parts.areaSubtrees,
    });
    next.problems.push(...problems);
    return next;
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
    return (this.parts.byLabel.get(label) ?? EMPTY) as readonly NodeRecord<L>[];
  }

  relsOfType<T extends RelationshipType>(type: T): readonly RelRecord<T>[] {
    return (this.parts.byType.get(type) ?? EMPTY) as readonly RelRecord<T>[];
  }

  relOf<T extends RelationshipType>(type: T, id: string): RelRecord<T> | undefined {
    const rel = this.rels.get(id);
    return rel?.type === type ? (rel as RelRecord<T>) : undefined;
  }

  out<T extends RelationshipType>(id: string, type: T): RelRecord<T>[] {
    return ofType(this.parts.outgoing.get(id), type);
  }

  in<T extends RelationshipType>(id: string, type: T): RelRecord<T>[] {
    return ofType(this.parts.incoming.get(id), type);
  }

  /** Every relationship touching a node, either direction. */
  linksOf(id: string): readonly RelRecord[] {
    return [...(this.parts.outgoing.get(id) ?? EMPTY), ...(this.parts.incoming.get(id) ?? EMPTY)];
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
    // targets(id, 'LOCATED_IN', 'Area')[0] without its two arrays: every finding asks this of every subject.
    const list = this.parts.outgoing.get(id);
    if (list) for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      if (r.type !== 'LOCATED_IN') continue;
      const area = this.nodes.get(r.to);
      if (area?.label === 'Area') return area as NodeRecord<'Area'>;
    }
    return undefined;
  }

  /** The area and every area within it, transitively. */
  areaSubtree(areaId: string): ReadonlySet<string> {
    let subtree = this.parts.areaSubtrees.get(areaId);
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
      this.parts.areaSubtrees.set(areaId, subtree);
    }
    return subtree;
  }

  /** Whether a node is located in the area or any area within it. */
  isInArea(id: string, areaId: string): boolean {
    const subtree = this.areaSubtree(areaId);
    return this.out(id, 'LOCATED_IN').some((r) => subtree.has(r.to));
  }
}

/** The relationships of one type in an adjacency list, as a new array (the analysis's hottest call). */
function ofType<T extends RelationshipType>(list: readonly RelRecord[] | undefined, type: T): RelRecord<T>[] {
  const found: RelRecord<T>[] = [];
  if (list) for (let i = 0; i < list.length; i++) if (list[i]!.type === type) found.push(list[i] as RelRecord<T>);
  return found;
}

function isParts(value: Iterable<RelRecord> | Parts): value is Parts {
  return 'byLabel' in value;
}

/** A list without the changed records, plus the records the batch wrote that belong in it. */
function patchList<R extends { readonly id: string }>(list: readonly R[], changed: ReadonlyMap<string, unknown>, additions: readonly R[]): readonly R[] {
  const kept = list.filter((r) => !changed.has(r.id));
  for (const r of additions) kept.push(r);
  return kept;
}

function groupBy<K, V>(values: readonly V[], keyOf: (v: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const v of values) push(groups, keyOf(v), v);
  return groups;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
