/**
 * Full-text search over every node of a snapshot, with MiniSearch: diacritics-insensitive,
 * prefix matching while typing, small typos forgiven. One index per snapshot, built on first use.
 */
import MiniSearch from 'minisearch';
import type { NodeRecord } from '../domain/model.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import type { AppliedChanges, MapSnapshot } from './snapshot.js';
import { fold } from './text.js';

export interface SearchHitRecord {
  readonly node: NodeRecord;
  readonly score: number;
}

interface Doc {
  id: string;
  label: NodeLabel;
  title: string;
  body: string;
}

function titleOf(node: NodeRecord): string {
  return node.label === 'Person' ? node.pseudonym : node.name;
}

function bodyOf(node: NodeRecord, snapshot: MapSnapshot): string {
  const parts: string[] = [];
  if ('description' in node && node.description) parts.push(node.description);
  if (node.label === 'Actor') parts.push(...node.targetGroups, node.kind);
  if (node.label === 'Network' && node.purpose) parts.push(node.purpose);
  const area = snapshot.areaOf(node.id);
  if (area) parts.push(area.name);
  return parts.join(' ');
}

export class SearchIndex {
  private readonly index: MiniSearch<Doc>;

  constructor(private snapshot: MapSnapshot) {
    this.index = new MiniSearch<Doc>({
      fields: ['title', 'body'],
      storeFields: ['label'],
      processTerm: (term) => fold(term),
      searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
    });
    this.index.addAll(
      [...snapshot.nodes.values()].map((n) => ({ id: n.id, label: n.label, title: titleOf(n), body: bodyOf(n, snapshot) })),
    );
  }

  /** Moves the index on to the next snapshot, re-indexing only the nodes whose text changed. */
  moveTo(next: MapSnapshot, ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.index.has(id)) this.index.discard(id);
      const node = next.node(id);
      if (node) this.index.add({ id: node.id, label: node.label, title: titleOf(node), body: bodyOf(node, next) });
    }
    this.snapshot = next;
  }

  search(text: string, first: number, labels?: readonly NodeLabel[]): SearchHitRecord[] {
    const allowed = labels && labels.length > 0 ? new Set(labels) : null;
    const hits = this.index.search(text, allowed ? { filter: (r) => allowed.has(r['label'] as NodeLabel) } : {});
    return hits.slice(0, first).flatMap((hit) => {
      const node = this.snapshot.node(String(hit.id));
      return node ? [{ node, score: hit.score }] : [];
    });
  }
}

const indexes = new WeakMap<MapSnapshot, SearchIndex>();

/** The search index of a snapshot, built once. */
export function searchIndexOf(snapshot: MapSnapshot): SearchIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    index = new SearchIndex(snapshot);
    indexes.set(snapshot, index);
  }
  return index;
}

/** Above this many changed documents a fresh build is as cheap as patching. */
const CARRY_LIMIT = 2_000;

/**
 * Hands the previous snapshot's index (if it was built) to the next one after a batch. The
 * previous snapshot loses it: it is only read by requests already in flight, which rebuild it
 * if they search at all.
 */
export function carrySearchIndex(previous: MapSnapshot, next: MapSnapshot, changes: AppliedChanges): void {
  const index = indexes.get(previous);
  if (!index) return;
  indexes.delete(previous);
  const ids = new Set(changes.nodes.keys());
  // A node's text includes the name of its area: a moved node, or a renamed area's nodes.
  for (const id of changes.rels.keys()) {
    for (const r of [changes.previousRels.get(id), changes.rels.get(id)]) if (r?.type === 'LOCATED_IN') ids.add(r.from);
  }
  for (const [id, node] of changes.nodes) if (node?.label === 'Area') for (const r of next.in(id, 'LOCATED_IN')) ids.add(r.from);
  if (ids.size > CARRY_LIMIT) return;
  index.moveTo(next, ids);
  indexes.set(next, index);
}
