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
import { SerialQueue } from '../store/serial-queue.js';
import type { PlanProblem } from './intents.js';

const MAX_ATTEMPTS = 3;

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
  /** Writes in this process go one at a time, so they never race each other for the graph version. */
  private readonly writes = new SerialQueue();
  private current: MapSnapshot | null = null;
  private advancing: Promise<MapSnapshot> | null = null;
  private readonly listeners = new Set<(event: SnapshotEvent) => void>();
  /** How the read model moved since start-up (for the tests and the benchmark). */
  readonly moves = { loads: 0, applied: 0, fromFeed: 0 };

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
   * Plans against the current snapshot and commits. When another writer committed in between,
   * the plan is made again against the new snapshot (at most three times).
   */
  write<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R> | Promise<PlannedWrite<R>>, audit: WriteAudit): Promise<Committed<R>> {
    return this.writes.run(() => this.commit(plan, audit));
  }

  private async commit<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R> | Promise<PlannedWrite<R>>, audit: WriteAudit): Promise<Committed<R>> {
    for (let attempt = 1; ; attempt++) {
      const before = await this.snapshot();
      const planned = await plan(before);
      if (planned.ops.length === 0) return { snapshot: before, result: planned.answer(before) };
      const now = this.now();
      let graphVersion: number;
      try {
        graphVersion = await this.store.write({ ops: planned.ops, basedOn: before.graphVersion, now, aux: [auditRecord(audit, before, planned.ops, now)] });
      } catch (error) {
        if (error instanceof StoreRefusedError) {
          if (error.refusal.reason === 'graph-moved' && attempt < MAX_ATTEMPTS) continue;
          throw this.refusalToError(error);
        }
        throw error;
      }
      const after = await this.committed(before, { graphVersion, now, ops: planned.ops });
      return { snapshot: after, result: planned.answer(after) };
    }
  }

  /**
   * Our batch committed: apply it to the snapshot it was planned on, without reading or
   * re-validating anything. If a reader already caught up past it (from the feed), use that.
   */
  private async committed(before: MapSnapshot, batch: AppliedBatch): Promise<MapSnapshot> {
    if (this.advancing) await this.advancing.catch(() => undefined);
    if (this.current === before) return this.install(before, batch, false);
    return this.snapshot();
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
