/**
 * What a committed batch does to the records, worked out from the batch alone — the same rules
 * the Cypher files apply in the store (`MERGE … ON CREATE SET version = 1, createdAt = $now
 * ON MATCH SET version = version + 1 SET updatedAt = $now, …`; `DETACH DELETE` for nodes).
 * A test checks the result against a full reload after every kind of write.
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import type { StoredProps, StoredValue, WriteOp } from '../store/graph-store.js';
import { toNodeRecord, toRelRecord } from './normalise.js';
import type { AppliedChanges, MapSnapshot, SnapshotProblem } from './snapshot.js';

/** A batch as committed: its operations, the time stamped on it and the version it made. */
export interface AppliedBatch {
  readonly graphVersion: number;
  readonly now: string;
  readonly ops: readonly WriteOp[];
}

/** A lone UTF-16 surrogate: both engines store UTF-8, which turns it into U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_SURROGATE = /[\ud800-\udfff]/;
const asStored = (s: string): string => (HAS_SURROGATE.test(s) ? s.replace(LONE_SURROGATE, '\ufffd') : s);

/** The props as a load will read them back (the fuzz tests found the surrogates). */
function storedForm(props: StoredProps): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = typeof value === 'string' ? asStored(value) : Array.isArray(value) ? value.map((v: string) => asStored(v)) : value as StoredValue;
  }
  return out;
}

export function collectChanges(before: MapSnapshot, batch: AppliedBatch, validate: boolean): { changes: AppliedChanges; problems: SnapshotProblem[] } {
  const nodes = new Map<string, NodeRecord | undefined>();
  const rels = new Map<string, RelRecord | undefined>();
  const previousNodes = new Map<string, NodeRecord>();
  const previousRels = new Map<string, RelRecord>();
  const problems: SnapshotProblem[] = [];
  const nodeNow = (id: string) => (nodes.has(id) ? nodes.get(id) : before.nodes.get(id));
  const relNow = (id: string) => (rels.has(id) ? rels.get(id) : before.rels.get(id));
  const setNode = (id: string, record: NodeRecord | undefined) => {
    if (!nodes.has(id)) {
      const was = before.nodes.get(id);
      if (was) previousNodes.set(id, was);
    }
    nodes.set(id, record);
  };
  const setRel = (id: string, record: RelRecord | undefined) => {
    if (!rels.has(id)) {
      const was = before.rels.get(id);
      if (was) previousRels.set(id, was);
    }
    rels.set(id, record);
  };
  const stamp = (was: { version: number; createdAt: string } | undefined) => ({
    version: was ? was.version + 1 : 1, createdAt: was?.createdAt ?? batch.now, updatedAt: batch.now,
  });

  for (const op of batch.ops) {
    switch (op.op) {
      case 'upsertNode': {
        const was = nodeNow(op.id);
        const props = { ...storedForm(op.props), id: op.id, ...stamp(was) };
        const record = validate ? toNodeRecord({ label: op.label, props }) : ({ label: op.label, ...props } as unknown as NodeRecord);
        if (record instanceof Error) problems.push({ id: op.id, message: record.message });
        else setNode(op.id, record);
        break;
      }
      case 'deleteNode': {
        if (!nodeNow(op.id)) break;
        setNode(op.id, undefined);
        // DETACH DELETE: every relationship touching the node goes with it, also ones this batch wrote.
        for (const r of before.linksOf(op.id)) if (!rels.has(r.id)) setRel(r.id, undefined);
        for (const [id, r] of rels) if (r && (r.from === op.id || r.to === op.id)) setRel(id, undefined);
        break;
      }
      case 'upsertRel': {
        const was = relNow(op.id);
        const props = { ...storedForm(op.props), id: op.id, ...stamp(was) };
        const record = validate
          ? toRelRecord({ type: op.type, from: op.from, to: op.to, props })
          : ({ type: op.type, from: op.from, to: op.to, ...props } as unknown as RelRecord);
        if (record instanceof Error) problems.push({ id: op.id, message: record.message });
        else setRel(op.id, record);
        break;
      }
      case 'deleteRel':
        if (relNow(op.id)) setRel(op.id, undefined);
        break;
      default: {
        const never: never = op;
        throw new Error(`unknown write op ${JSON.stringify(never)}`);
      }
    }
  }
  // Nothing was there and nothing is: no change to record.
  for (const [id, r] of nodes) if (!r && !previousNodes.has(id)) nodes.delete(id);
  for (const [id, r] of rels) if (!r && !previousRels.has(id)) rels.delete(id);
  return { changes: { nodes, rels, previousNodes, previousRels }, problems };
}
