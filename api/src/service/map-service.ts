/**
 * The map service: owns the read model and the write path. Reads get the snapshot of the current
 * graph version (reloaded when another writer moved it); writes are planned against a snapshot
 * and committed in one transaction that checks nothing moved in between.
 */
import { AppError, ErrorCode, type FieldProblem } from '../errors/app-error.js';
import { MapSnapshot } from '../readmodel/snapshot.js';
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
  write<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R>): Promise<Committed<R>>;
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

export class MapService {
  /** Writes in this process go one at a time, so they never race each other for the graph version. */
  private readonly writes = new SerialQueue();
  private current: MapSnapshot | null = null;
  private loading: Promise<MapSnapshot> | null = null;

  constructor(
    readonly store: GraphStore,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The snapshot of the graph as it is now. */
  async snapshot(): Promise<MapSnapshot> {
    const version = await this.store.graphVersion();
    if (this.current?.graphVersion === version) return this.current;
    return this.reload();
  }

  private reload(): Promise<MapSnapshot> {
    // Concurrent readers share one load.
    this.loading ??= this.store
      .loadGraph()
      .then((stored) => {
        const snapshot = MapSnapshot.fromStored(stored);
        for (const p of snapshot.problems) this.logger.warn({ id: p.id, problem: p.message }, 'stored record does not fit the model; not served');
        this.current = snapshot;
        return snapshot;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  now(): string {
    return this.clock().toISOString();
  }

  /**
   * Plans against the current snapshot and commits. When another writer committed in between,
   * the plan is made again against the new snapshot (at most three times).
   */
  /** A writer that records who writes, through which operation. */
  as(by: Principal, operation: string): MapWriter {
    return { write: (plan) => this.write(plan, { by, operation }), now: () => this.now() };
  }

  write<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R>, audit: WriteAudit): Promise<Committed<R>> {
    return this.writes.run(() => this.commit(plan, audit));
  }

  private async commit<R>(plan: (snapshot: MapSnapshot) => PlannedWrite<R>, audit: WriteAudit): Promise<Committed<R>> {
    for (let attempt = 1; ; attempt++) {
      const before = await this.snapshot();
      const planned = plan(before);
      if (planned.ops.length === 0) return { snapshot: before, result: planned.answer(before) };
      const now = this.now();
      try {
        await this.store.write({ ops: planned.ops, basedOn: before.graphVersion, now, aux: [auditRecord(audit, before, planned.ops, now)] });
      } catch (error) {
        if (error instanceof StoreRefusedError) {
          if (error.refusal.reason === 'graph-moved' && attempt < MAX_ATTEMPTS) continue;
          throw this.refusalToError(error);
        }
        throw error;
      }
      const after = await this.reload();
      return { snapshot: after, result: planned.answer(after) };
    }
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
