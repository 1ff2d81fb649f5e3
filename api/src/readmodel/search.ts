/**
 * Full-text search over every node of a snapshot, with MiniSearch: diacritics-insensitive,
 * prefix matching while typing, small typos forgiven. One index per snapshot, built on first use.
 */
import MiniSearch from 'minisearch';
import type { NodeRecord } from '../domain/model.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import type { MapSnapshot } from './snapshot.js';
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

  constructor(private readonly snapshot: MapSnapshot) {
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
