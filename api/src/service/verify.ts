/** Confirming facts: sets lastVerifiedAt to today on the given nodes and relationships. */
import type { StoredValue, WriteOp } from '../store/graph-store.js';
import { REL_ENDPOINTS } from '../domain/model.js';
import { AppError } from '../errors/app-error.js';
import type { Committed, MapWriter } from './map-service.js';

const MAX_IDS = 1000;

function withoutStoreFields(record: object): Record<string, StoredValue> {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest } = record as Record<string, StoredValue>;
  return rest;
}

/**
 * A node's own props: `label` is the store's, but `type` is a property of an Area (found by the
 * fuzz once writes were applied instead of reloaded: stripping it had made Kuzu write every
 * confirmed area with the previous statement's type).
 */
function nodeProps(record: object): Record<string, StoredValue> {
  const { label: _l, ...rest } = withoutStoreFields(record);
  return rest;
}

function relProps(record: object): Record<string, StoredValue> {
  const { type: _t, from: _f, to: _to, ...rest } = withoutStoreFields(record);
  return rest;
}

export function markVerified(service: MapWriter, ids: readonly string[]): Promise<Committed<number>> {
  if (ids.length > MAX_IDS) throw AppError.badInput([{ field: 'ids', message: `at most ${MAX_IDS} ids at a time` }]);
  const today = service.now().slice(0, 10);
  return service.write((snapshot) => {
    const ops: WriteOp[] = [];
    const missing = ids.filter((id) => !snapshot.nodes.has(id) && !snapshot.rels.has(id));
    if (missing.length > 0) throw AppError.badInput(missing.map((id) => ({ field: 'ids', message: `no node or relationship with id "${id}"` })));
    for (const id of new Set(ids)) {
      const node = snapshot.nodes.get(id);
      if (node) {
        ops.push({ op: 'upsertNode', label: node.label, id, props: { ...nodeProps(node), lastVerifiedAt: today }, expect: { was: node.version } });
        continue;
      }
      const rel = snapshot.rels.get(id)!;
      const fromLabel = snapshot.node(rel.from)?.label;
      const toLabel = snapshot.node(rel.to)?.label;
      const pair = REL_ENDPOINTS[rel.type].find(([a, b]) => a === fromLabel && b === toLabel);
      if (!pair) continue;
      ops.push({
        op: 'upsertRel', type: rel.type, fromLabel: pair[0], toLabel: pair[1], id, from: rel.from, to: rel.to,
        props: { ...relProps(rel), lastVerifiedAt: today }, expect: { was: rel.version },
      });
    }
    return { ops, answer: () => ops.length };
  });
}
