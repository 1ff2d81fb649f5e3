/**
 * How a write batch runs inside a transaction — the same on both engines. An adapter supplies
 * `run`, which executes one named statement in its open transaction and returns plain rows.
 */
import { META_ID, statementName } from './cypher-files.js';
import { FEED_KEEP, FEED_KIND, FEED_PRUNE_EVERY, feedKey, feedRecord } from './feed.js';
import { StoreRefusedError, type AuxRecord, type VersionExpectation, type WriteBatch, type WriteOp } from './graph-store.js';

export type Row = Readonly<Record<string, unknown>>;
export type RunStatement = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

function versionOf(rows: Row[]): number | null {
  const value = rows[0]?.['version'];
  return typeof value === 'number' ? value : null;
}

function checkVersion(id: string, after: number, expect: VersionExpectation): void {
  if (expect === 'any') return;
  const wanted = expect === 'created' ? 1 : expect.was + 1;
  if (after !== wanted) {
    // `after - 1` is what the record was before this write; 0 means it did not exist.
    throw new StoreRefusedError({ reason: 'version-mismatch', id, actual: after - 1 || null });
  }
}

export async function runBatch(run: RunStatement, batch: WriteBatch): Promise<number> {
  return (await runGroup(run, [batch]))[0]!;
}

/**
 * A group of batches in one open transaction (GraphStore.writeGroup), each `basedOn` the version
 * the one before makes. The version is checked and bumped once (the bump takes Neo4j's write
 * lock), each batch's ops run in order, and the group's audit records and one feed entry per
 * batch go in one statement at the end. A refusal names its batch (`batchIndex`).
 */
export async function runGroup(run: RunStatement, batches: readonly WriteBatch[]): Promise<number[]> {
  const first = batches[0];
  if (!first) return [];
  // Refuse a stale batch before writing anything: the common refusal then rolls back no write.
  const current = Number((await run(statementName.graphVersion, { id: META_ID }))[0]?.['graphVersion'] ?? 0);
  if (current !== first.basedOn) throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: current });
  // The bump takes the write lock (Neo4j) and re-checks, for a writer that got in between.
  const bumped = Number((await run(statementName.graphVersionBump, { id: META_ID }))[0]?.['graphVersion']);
  if (bumped !== first.basedOn + 1) throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: bumped - 1 });
  const versions: number[] = [];
  const aux: AuxRecord[] = [];
  for (const [index, batch] of batches.entries()) {
    const graphVersion = first.basedOn + 1 + index;
    if (batch.basedOn !== graphVersion - 1) throw new Error(`batch ${index} of a group is based on ${batch.basedOn}, not ${graphVersion - 1}`);
    // The change feed's entry commits (or not) with the batch it describes.
    aux.push(...(batch.aux ?? []), feedRecord({ graphVersion, now: batch.now, ops: batch.ops }));
    versions.push(graphVersion);
  }
  for (const segment of segmentsOf(batches)) {
    try {
      for (const group of runsOf(segment.ops)) {
        if (group.length >= BULK_FROM) await runBulk(run, group, segment.now);
        else for (const op of group) await runOne(run, op, segment.now);
      }
    } catch (error) {
      if (error instanceof StoreRefusedError) {
        const id = 'id' in error.refusal ? error.refusal.id : undefined;
        error.batchIndex = (id !== undefined ? segment.owner.get(id) : undefined) ?? segment.firstBatch;
      }
      throw error;
    }
  }
  const last = versions[versions.length - 1]!;
  if (last !== bumped) await run(statementName.graphVersionSet, { id: META_ID, graphVersion: last });
  if (aux.length >= BULK_FROM) await run(statementName.auxUpsertMany, { rows: aux.map((r) => ({ ...r })) });
  else for (const record of aux) await run(statementName.auxUpsert, { ...record });
  for (const graphVersion of versions) {
    if (graphVersion % FEED_PRUNE_EVERY === 0 && graphVersion > FEED_KEEP) {
      await run(statementName.feedPrune, { kind: FEED_KIND, upTo: feedKey(graphVersion - FEED_KEEP) });
    }
  }
  return versions;
}

/** Consecutive batches whose ops run together: one time stamp, and no record written twice. */
interface Segment {
  readonly now: string;
  readonly ops: WriteOp[];
  /** Which batch of the group wrote each record (to name the batch a refusal is about). */
  readonly owner: Map<string, number>;
  readonly firstBatch: number;
}

/**
 * The ops of a group in order, cut where a record comes again or the time stamp changes: within
 * a segment every record is written once, so running its ops as runs of one statement (UNWIND)
 * does exactly what running the batches one after another does, with the same per-record checks.
 */
function segmentsOf(batches: readonly WriteBatch[]): Segment[] {
  const segments: Segment[] = [];
  let segment: Segment | null = null;
  for (const [index, batch] of batches.entries()) {
    const clash = !segment || segment.now !== batch.now || batch.ops.some((op) => segment!.owner.has(op.id));
    if (clash) {
      segment = { now: batch.now, ops: [], owner: new Map(), firstBatch: index };
      segments.push(segment);
    }
    for (const op of batch.ops) {
      segment!.owner.set(op.id, index);
      segment!.ops.push(op);
    }
  }
  return segments;
}

async function runOne(run: RunStatement, op: WriteOp, now: string): Promise<void> {
  switch (op.op) {
    case 'upsertNode': {
      const rows = await run(statementName.nodeUpsert(op.label), { ...op.props, id: op.id, now });
      checkVersion(op.id, versionOf(rows) ?? 0, op.expect);
      break;
    }
    case 'deleteNode':
      await run(statementName.nodeDelete(op.label), { id: op.id });
      break;
    case 'upsertRel': {
      const rows = await run(statementName.relUpsert(op.type, op.fromLabel), { ...op.props, id: op.id, from: op.from, to: op.to, now });
      const after = versionOf(rows);
      if (after === null) throw new StoreRefusedError({ reason: 'missing-endpoint', id: op.id });
      checkVersion(op.id, after, op.expect);
      break;
    }
    case 'deleteRel':
      await run(statementName.relDelete(op.type), { id: op.id });
      break;
    default: {
      const never: never = op;
      throw new Error(`unknown write op ${JSON.stringify(never)}`);
    }
  }
}

/** Runs of this many ops or more of one statement go as one UNWIND statement (imports, restores of a batch). */
const BULK_FROM = 8;
/** Records per bulk statement: large enough to amortise the call, small enough for one parameter list. */
const BULK_ROWS = 2_000;

/** The statement an op runs: consecutive ops of one statement form a run. */
function statementOf(op: WriteOp): string {
  switch (op.op) {
    case 'upsertNode': return statementName.nodeUpsert(op.label);
    case 'deleteNode': return statementName.nodeDelete(op.label);
    // New relationships run apart from updated ones: in bulk they are CREATEd, not MERGEd.
    case 'upsertRel': return op.expect === 'created' ? `${statementName.relUpsert(op.type, op.fromLabel)}+created` : statementName.relUpsert(op.type, op.fromLabel);
    case 'deleteRel': return statementName.relDelete(op.type);
    default: {
      const never: never = op;
      throw new Error(`unknown write op ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The ops in an order that makes long runs: within each stretch of ops of one kind (node upserts,
 * relationship upserts, …) on distinct records, those of one statement are brought together, in
 * their order. Records of one kind on distinct ids do not depend on each other, so the outcome is
 * the same; an import plans each actor's links after it (LOCATED_IN, WORKS_ON, MEMBER_OF, …
 * alternating), which made runs of one or two and one statement per relationship.
 */
function byStatement(ops: readonly WriteOp[]): readonly WriteOp[] {
  const out: WriteOp[] = [];
  for (let start = 0; start < ops.length; ) {
    let end = start;
    const ids = new Set<string>();
    while (end < ops.length && ops[end]!.op === ops[start]!.op && !ids.has(ops[end]!.id)) ids.add(ops[end++]!.id);
    const stretch = new Map<string, WriteOp[]>();
    for (let i = start; i < end; i++) {
      const name = statementOf(ops[i]!);
      const list = stretch.get(name);
      if (list) list.push(ops[i]!);
      else stretch.set(name, [ops[i]!]);
    }
    for (const list of stretch.values()) out.push(...list);
    start = end;
  }
  return out;
}

function* runsOf(unordered: readonly WriteOp[]): Generator<WriteOp[]> {
  const ops = byStatement(unordered);
  let run: WriteOp[] = [];
  let name: string | null = null;
  for (const op of ops) {
    const next = statementOf(op);
    if (next !== name || run.length >= BULK_ROWS) {
      if (run.length) yield run;
      run = [];
      name = next;
    }
    run.push(op);
  }
  if (run.length) yield run;
}

/**
 * One UNWIND statement for a run of ops (cypher/queries/bulk/): the same MERGE as the single
 * statement, per row, returning each record's version, checked exactly as one by one. Kuzu
 * measured ~10× faster this way than one awaited statement per record.
 */
async function runBulk(run: RunStatement, ops: readonly WriteOp[], now: string): Promise<void> {
  const first = ops[0]!;
  switch (first.op) {
    case 'upsertNode':
    case 'upsertRel': {
      const rows = first.op === 'upsertNode'
        ? await run(statementName.nodeUpsertMany(first.label), { now, rows: ops.map((op) => ({ ...(op as typeof first).props, id: op.id })) })
        : await run((first.expect === 'created' ? statementName.relCreateMany : statementName.relUpsertMany)(first.type, first.fromLabel), {
          now, rows: (ops as (typeof first)[]).map((op) => ({ ...op.props, id: op.id, from: op.from, to: op.to })),
        });
      const versions = new Map(rows.map((r) => [String(r['id']), Number(r['version'])]));
      for (const op of ops as (WriteOp & { expect: VersionExpectation })[]) {
        const after = versions.get(op.id);
        if (after === undefined) {
          if (op.op === 'upsertRel') throw new StoreRefusedError({ reason: 'missing-endpoint', id: op.id });
          throw new Error(`the store did not write node ${op.id}`);
        }
        checkVersion(op.id, after, op.expect);
      }
      return;
    }
    case 'deleteNode':
      await run(statementName.nodeDeleteMany(first.label), { ids: ops.map((op) => op.id) });
      return;
    case 'deleteRel':
      await run(statementName.relDeleteMany(first.type), { ids: ops.map((op) => op.id) });
      return;
    default: {
      const never: never = first;
      throw new Error(`unknown write op ${JSON.stringify(never)}`);
    }
  }
}

/** Aux rows from either engine as records. */
export function toAuxRecords(rows: Row[]): import('./graph-store.js').AuxRecord[] {
  return rows.map((r) => ({ id: String(r['id']), kind: String(r['kind']), key: String(r['key']), json: String(r['json']), createdAt: String(r['createdAt']) }));
}
