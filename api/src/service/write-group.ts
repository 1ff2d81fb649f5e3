/**
 * Group commit, the planning half (docs/decisions/011): the writes waiting in a process's queue
 * are planned one after another, each against the model as the previous accepted ones leave it,
 * and committed together in one store transaction by the map service. Each write keeps its own
 * outcome: a write whose plan fails (bad input, a stale version, nothing to change) is settled
 * alone and the others go on.
 */
import type { AppliedChanges, MapSnapshot } from '../readmodel/snapshot.js';
import type { AuxRecord, WriteBatch, WriteOp } from '../store/graph-store.js';

/** A write waiting in the queue: its plan, who writes, and how to settle its caller. */
export interface QueuedWrite {
  readonly plan: (snapshot: MapSnapshot) => PlannedLike | Promise<PlannedLike>;
  readonly audit: unknown;
  readonly settle: (outcome: WriteOutcome) => void;
}

export interface PlannedLike {
  readonly ops: readonly WriteOp[];
  readonly answer: (after: MapSnapshot) => unknown;
}

/** How a queued write ended, before its answer is worked out from the snapshot after it. */
export type WriteOutcome =
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'done'; readonly planned: PlannedLike; readonly after: MapSnapshot };

/** An accepted write of a group: its batch and the model after it. */
export interface GroupStep {
  readonly write: QueuedWrite;
  readonly planned: PlannedLike;
  readonly batch: WriteBatch;
  readonly after: MapSnapshot;
  readonly changes: AppliedChanges;
}

/** A write that changes nothing, or whose plan failed: settled once the group's fate is known. */
export interface GroupAside {
  readonly write: QueuedWrite;
  /** The plan's answer is taken after this many steps of the group. */
  readonly afterSteps: number;
  readonly outcome: { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'noop'; readonly planned: PlannedLike };
}

export interface PlannedGroup {
  readonly steps: GroupStep[];
  readonly aside: GroupAside[];
  /** Not planned: the group was full; they go back to the front of the queue. */
  readonly deferred: QueuedWrite[];
}

/** A group stops taking writes once it holds this many ops (an import goes with few others). */
export const GROUP_MAX_OPS = 5_000;

export async function planGroup(
  base: MapSnapshot,
  writes: readonly QueuedWrite[],
  now: string,
  audit: (write: QueuedWrite, before: MapSnapshot, ops: readonly WriteOp[]) => AuxRecord,
): Promise<PlannedGroup> {
  const steps: GroupStep[] = [];
  const aside: GroupAside[] = [];
  let model = base;
  let ops = 0;
  for (const [i, write] of writes.entries()) {
    if (ops >= GROUP_MAX_OPS) return { steps, aside, deferred: writes.slice(i) };
    try {
      const planned = await write.plan(model);
      if (planned.ops.length === 0) {
        aside.push({ write, afterSteps: steps.length, outcome: { kind: 'noop', planned } });
        continue;
      }
      const batch: WriteBatch = { ops: planned.ops, basedOn: model.graphVersion, now, aux: [audit(write, model, planned.ops)] };
      // The API's own plans were validated against `model`: applied without checking again.
      const { snapshot, changes } = model.applied({ graphVersion: model.graphVersion + 1, now, ops: planned.ops }, { validate: false });
      steps.push({ write, planned, batch, after: snapshot, changes });
      model = snapshot;
      ops += planned.ops.length;
    } catch (error) {
      aside.push({ write, afterSteps: steps.length, outcome: { kind: 'failed', error } });
    }
  }
  return { steps, aside, deferred: [] };
}
