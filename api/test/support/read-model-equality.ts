/**
 * Compares two read models record by record and index by index: the snapshot a process built by
 * applying batches must be the one a full reload of the store gives (order aside).
 */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { MapSnapshot } from '../../src/readmodel/snapshot.js';
import type { GraphStore } from '../../src/store/graph-store.js';

const ids = (list: readonly { id: string }[]): string => list.map((r) => r.id).sort().join(',');

export function readModelDifferences(applied: MapSnapshot, loaded: MapSnapshot): string[] {
  const out: string[] = [];
  if (applied.graphVersion !== loaded.graphVersion) out.push(`graph version ${applied.graphVersion} ≠ ${loaded.graphVersion}`);
  if (applied.nodes.size !== loaded.nodes.size) out.push(`${applied.nodes.size} nodes ≠ ${loaded.nodes.size}`);
  if (applied.rels.size !== loaded.rels.size) out.push(`${applied.rels.size} relationships ≠ ${loaded.rels.size}`);
  for (const [id, record] of loaded.nodes) {
    if (JSON.stringify(sortKeys(applied.nodes.get(id))) !== JSON.stringify(sortKeys(record))) out.push(`node ${id}: ${JSON.stringify(applied.nodes.get(id))} ≠ ${JSON.stringify(record)}`);
    if (ids(applied.linksOf(id)) !== ids(loaded.linksOf(id))) out.push(`links of ${id} differ`);
  }
  for (const id of applied.nodes.keys()) if (!loaded.nodes.has(id)) out.push(`node ${id} only in the applied model`);
  for (const [id, record] of loaded.rels) {
    if (JSON.stringify(sortKeys(applied.rels.get(id))) !== JSON.stringify(sortKeys(record))) out.push(`relationship ${id}: ${JSON.stringify(applied.rels.get(id))} ≠ ${JSON.stringify(record)}`);
  }
  for (const id of applied.rels.keys()) if (!loaded.rels.has(id)) out.push(`relationship ${id} only in the applied model`);
  for (const label of NODE_LABELS) if (ids(applied.all(label)) !== ids(loaded.all(label))) out.push(`all(${label}) differs`);
  for (const type of RELATIONSHIP_TYPES) if (ids(applied.relsOfType(type)) !== ids(loaded.relsOfType(type))) out.push(`relsOfType(${type}) differs`);
  for (const area of loaded.all('Area')) {
    if ([...applied.areaSubtree(area.id)].sort().join() !== [...loaded.areaSubtree(area.id)].sort().join()) out.push(`subtree of ${area.id} differs`);
  }
  return out;
}

function sortKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/** Throws naming the first differences between the service's model and a fresh load of the store. */
export async function expectSameAsReload(current: MapSnapshot, store: GraphStore): Promise<void> {
  const loaded = MapSnapshot.fromStored(await store.loadGraph());
  const differences = readModelDifferences(current, loaded);
  if (differences.length) throw new Error(`the applied read model differs from a reload:\n  ${differences.slice(0, 10).join('\n  ')}`);
}
