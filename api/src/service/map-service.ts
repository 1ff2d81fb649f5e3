/**
 * The map service: owns the read model and the write path. Reads get the snapshot of the current
 * graph version (caught up from the change feed when another writer moved it); writes are planned against a snapshot
 * and committed in one transaction that checks nothing moved in between.
 */
import { AppError, ErrorCode, type FieldProblem } from '../errors/app-error.js';
import { MapSnapshot, type AppliedBatch, type SnapshotEvent, type SnapshotSource } from '../readmodel/snapshot.js';
import { carryFullGraph } from '../readmodel/graph-view.js';
import { carrySearchIndex } from '../readmodel/search.js';
import { randomUUID } from 'node:crypto';
import { describePrincipal, type Principal } from '../auth/principal.js';
import { StoreRefusedError, type AuxRecord, type GraphStore, type WriteOp } from '../store/graph-store.js';
import type { Logger } from '../logger.js';
import { planGroup, type GroupAside, type GroupStep, type QueuedWrite } from './write-group.js';
import type { PlanProblem } from './intents.js';

const MAX_ATTEMPTS = 3;
/** Writes per group at most; the rest wait for the next group. */
const GROUP_MAX_WRITES = 200;

export interface Committed<R> {
  readonly snapshot: MapSnapshot;
  readonly result: R;
}

/** A write built against a snapshot: its operations and what to answer once committed. */
export interface PlannedWrite<R> {
  readonly ops: readonly WriteOp[];
  readonly answer: (after: MapSnapshot) => R;
}

/** Who writes, and through which operation: every committed batch is recorded in the audit log. */
export interface WriteAudit {
  readonly by: Principal;
  readonly operation: string;
}

/** What the write helpers need: a writer bound to who is writing. */
export interface MapWriter {
  write<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R> | Promise<PlannedWrite<R>>): Promise<Committed<R>>;
  now(): string;
}

/** An audit event's record of changes is capped; beyond it, the event lists what changed without values. */
const MAX_AUDIT_JSON = 256 * 1024;

function auditRecord(audit: WriteAudit, before: MapSnapshot, ops: readonly WriteOp[], at: string): AuxRecord {
  const who = describePrincipal(audit.by);
  const changes = ops.map((op) => {
    const id = op.id;
    const previous = before.nodes.get(id) ?? before.rels.get(id) ?? null;
    const kind = 'label' in op ? op.label : op.type;
    const after = op.op === 'upsertNode' || op.op === 'upsertRel' ? { ...op.props, ...(op.op === 'upsertRel' ? { from: op.from, to: op.to } : {}) } : null;
    return { op: op.op, kind, id, before: previous, after };
  });
  let json = JSON.stringify({ at, who, operation: audit.operation, basedOn: before.graphVersion, truncated: false, changes });
  if (json.length > MAX_AUDIT_JSON) {
    json = JSON.stringify({ at, who, operation: audit.operation, basedOn: before.graphVersion, truncated: true,
      changes: changes.map(({ op, kind, id }) => ({ op, kind, id, before: null, after: null })) });
  }
  return { id: `aud-${at}-${randomUUID().slice(0, 8)}`, kind: 'audit', key: who.id, json, createdAt: at };
}

export function problemsToError(problems: readonly PlanProblem[]): AppError {
  const fields: FieldProblem[] = problems.map((p) => ({ field: p.field ?? 'input', message: p.message }));
  // One conflict or missing record decides the code; otherwise it is bad input.
  if (problems.some((p) => p.code === 'CONFLICT')) return new AppError(ErrorCode.CONFLICT, fields.map((f) => f.message).join('; '), fields);
  if (problems.every((p) => p.code === 'NOT_FOUND') && problems.length === 1) {
    return new AppError(ErrorCode.NOT_FOUND, fields[0]!.message, fields);
  }
  return AppError.badInput(fields);
}

/** Feed entries read per store call while catching up. */
const FEED_PAGE = 500;

export class MapService implements SnapshotSource {
  /** Writes waiting for the next group; one group at a time, so they never race each other for the graph version. */
  private readonly queued: QueuedWrite[] = [];
  private draining = false;
  private current: MapSnapshot | null = null;
  private advancing: Promise<MapSnapshot> | null = null;
  private readonly listeners = new Set<(event: SnapshotEvent) => void>();
  /** How the read model moved since start-up (for the tests and the benchmark). */
  readonly moves = { loads: 0, applied: 0, fromFeed: 0, groups: 0 };

  constructor(
    readonly store: GraphStore,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The snapshot of the graph as it is now. */
  async snapshot(): Promise<MapSnapshot> {
    const version = await this.store.graphVersion();
    if (this.current?.graphVersion === version) return this.current;
    return this.advance();
  }

  /** Called with every move of the read model (the analysis worker keeps its copy in step). */
  onSnapshot(listener: (event: SnapshotEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Concurrent readers share one catch-up. */
  private advance(): Promise<MapSnapshot> {
    this.advancing ??= this.catchUp().finally(() => {
      this.advancing = null;
    });
    return this.advancing;
  }

  /**
   * Another writer moved the graph: apply the change feed since our version, or reload the whole
   * graph when there is no snapshot yet, the feed has a hole, or an entry says "reload".
   */
  private async catchUp(): Promise<MapSnapshot> {
    let snapshot = this.current;
    const target = await this.store.graphVersion();
    while (snapshot && snapshot.graphVersion < target) {
      const entries = await this.store.feedAfter(snapshot.graphVersion, FEED_PAGE);
      const first = entries[0];
      if (!first || first.graphVersion !== snapshot.graphVersion + 1) break;
      for (const entry of entries) {
        if (entry.graphVersion !== snapshot.graphVersion + 1 || entry.ops === null) break;
        const batch = { graphVersion: entry.graphVersion, now: entry.now, ops: entry.ops };
        snapshot = this.install(snapshot, batch, true);
        this.moves.fromFeed++;
      }
      if (snapshot.graphVersion !== entries[entries.length - 1]!.graphVersion) break;
    }
    if (snapshot && snapshot.graphVersion === target) return snapshot;
    return this.reload();
  }

  /** Applies one committed batch to the read model (and hands on the caches that can follow it). */
  private install(before: MapSnapshot, batch: AppliedBatch, validate: boolean): MapSnapshot {
    const { snapshot, changes } = before.applied(batch, { validate });
    for (const p of snapshot.problems) this.logger.warn({ id: p.id, problem: p.message }, 'written record does not fit the model; not served');
    carrySearchIndex(before, snapshot, changes);
    carryFullGraph(before, snapshot, changes);
    this.current = snapshot;
    this.moves.applied++;
    this.emit({ kind: 'applied', snapshot, batch, validate });
    return snapshot;
  }

  private async reload(): Promise<MapSnapshot> {
    const stored = await this.store.loadGraph();
    const snapshot = MapSnapshot.fromStored(stored);
    for (const p of snapshot.problems) this.logger.warn({ id: p.id, problem: p.message }, 'stored record does not fit the model; not served');
    // A load that read the database before a later batch of ours landed must not undo it.
    if (this.current && this.current.graphVersion > snapshot.graphVersion) return this.current;
    this.current = snapshot;
    this.moves.loads++;
    this.emit({ kind: 'loaded', snapshot });
    return snapshot;
  }

  private emit(event: SnapshotEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ error: String(error) }, 'a read-model listener failed');
      }
    }
  }

  now(): string {
    return this.clock().toISOString();
  }

  /** A writer that records who writes, through which operation. */
  as(by: Principal, operation: string): MapWriter {
    return { write: (plan) => this.write(plan, { by, operation }), now: () => this.now() };
  }

  /**
   * Queues the write; the queue is committed in groups (group commit, decision 011). Each write
   * is planned against the snapshot as the writes before it in its group leave it; when another
   * process committed in between, the group is planned again against the new snapshot (at most
   * three times).
   */
  write<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R> | Promise<PlannedWrite<R>>, audit: WriteAudit): Promise<Committed<R>> {
    return new Promise<Committed<R>>((resolve, reject) => {
      this.queued.push({
        plan, audit,
        settle: (outcome) => {
          if (outcome.kind === 'failed') return reject(outcome.error);
          try {
            resolve({ snapshot: outcome.after, result: outcome.planned.answer(outcome.after) as R });
          } catch (error) {
            reject(error);
          }
        },
      });
      this.drain();
    });
  }

  /** One group at a time: the writes that arrive while a group commits form the next one. */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    void (async () => {
      try {
        while (this.queued.length > 0) {
          const group = this.queued.splice(0, GROUP_MAX_WRITES);
          await this.commitGroup(group).catch((error: unknown) => {
            // commitGroup settles every write; this is only for a fault in settling itself.
            this.logger.error({ error: String(error) }, 'a write group failed');
            for (const write of group) write.settle({ kind: 'failed', error });
          });
        }
      } finally {
        this.draining = false;
      }
    })();
  }

  private async commitGroup(writes: readonly QueuedWrite[]): Promise<void> {
    let pending = writes;
    for (let attempt = 1; pending.length > 0; ) {
      const base = await this.snapshot();
      const now = this.now();
      const { steps, aside, deferred } = await planGroup(base, pending, now, (write, before, ops) => auditRecord(write.audit as WriteAudit, before, ops, now));
      if (deferred.length) this.queued.unshift(...deferred);
      const considered = pending.slice(0, pending.length - deferred.length);
      if (steps.length === 0) return this.settleGroup(base, [], aside, null);
      let versions: number[];
      try {
        versions = await this.store.writeGroup(steps.map((s) => s.batch));
      } catch (error) {
        if (error instanceof StoreRefusedError) {
          if (error.refusal.reason === 'graph-moved' && error.batchIndex === 0) {
            if (++attempt <= MAX_ATTEMPTS) {
              pending = considered;
              continue;
            }
            // Given up: every write with something to write gets the conflict; the rest are as planned.
            for (const step of steps) step.write.settle({ kind: 'failed', error: this.refusalToError(error) });
            return this.settleGroup(base, [], aside.filter((a) => a.afterSteps === 0), null, aside.filter((a) => a.afterSteps > 0));
          }
          // One batch is refused alone; the others are planned again without it.
          const refused = steps[error.batchIndex] ?? steps[0]!;
          refused.write.settle({ kind: 'failed', error: this.refusalToError(error) });
          pending = considered.filter((w) => w !== refused.write);
          continue;
        }
        if (considered.length > 1) {
          // Not a refusal (a fault of the store): each write alone, so it fails only its own.
          this.logger.warn({ error: String(error), writes: considered.length }, 'a group commit failed; committing its writes one by one');
          for (const write of considered) await this.commitGroup([write]);
          return;
        }
        for (const write of considered) write.settle({ kind: 'failed', error });
        return;
      }
      if (versions.some((v, i) => v !== base.graphVersion + i + 1)) throw new Error(`the store made versions ${versions.join(', ')} after ${base.graphVersion}`);
      const installed = await this.committed(base, steps);
      return this.settleGroup(base, steps, aside, installed);
    }
  }

  /**
   * Answers a group's writes: each from the snapshot right after it when we installed the group
   * ourselves, else (a reader caught up past it from the feed) from the current one.
   */
  private async settleGroup(base: MapSnapshot, steps: readonly GroupStep[], aside: readonly GroupAside[], installed: boolean | null, abandoned: readonly GroupAside[] = []): Promise<void> {
    const current = installed === false ? await this.snapshot() : null;
    const after = (n: number) => current ?? (n === 0 ? base : steps[n - 1]!.after);
    for (const [i, step] of steps.entries()) step.write.settle({ kind: 'done', planned: step.planned, after: after(i + 1) });
    for (const a of aside) {
      a.write.settle(a.outcome.kind === 'failed' ? a.outcome : { kind: 'done', planned: a.outcome.planned, after: after(a.afterSteps) });
    }
    // Planned after a write that did not land: planned again.
    if (abandoned.length) this.queued.unshift(...abandoned.map((a) => a.write));
  }

  /**
   * Our group committed: apply its batches to the snapshot it was planned on, without reading or
   * re-validating anything. If a reader already caught up past it (from the feed), say so.
   */
  private async committed(base: MapSnapshot, steps: readonly GroupStep[]): Promise<boolean> {
    if (this.advancing) await this.advancing.catch(() => undefined);
    if (this.current !== base) return false;
    let previous = base;
    for (const step of steps) {
      carrySearchIndex(previous, step.after, step.changes);
      carryFullGraph(previous, step.after, step.changes);
      previous = step.after;
    }
    this.current = previous;
    for (const step of steps) {
      this.moves.applied++;
      this.emit({ kind: 'applied', snapshot: step.after, batch: { graphVersion: step.after.graphVersion, now: step.batch.now, ops: step.batch.ops }, validate: false });
    }
    this.moves.groups++;
    return true;
  }

  private refusalToError(error: StoreRefusedError): AppError {
    const { refusal } = error;
    switch (refusal.reason) {
      case 'graph-moved':
        return AppError.conflict('the map is being changed by others right now; try again');
      case 'version-mismatch':
        return AppError.conflict(`"${refusal.id}" was changed by someone else; reload it and try again`, 'version');
      case 'missing-endpoint':
        return AppError.conflict(`an end of "${refusal.id}" was deleted by someone else; reload and try again`);
      default: {
        const never: never = refusal;
        return new AppError(ErrorCode.INTERNAL, `unknown refusal ${JSON.stringify(never)}`);
      }
    }
  }
}
