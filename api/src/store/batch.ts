/**
 * How a write batch runs inside a transaction — the same on both engines. An adapter supplies
 * `run`, which executes one named statement in its open transaction and returns plain rows.
 */
import { META_ID, statementName } from './cypher-files.js';
import { FEED_KEEP, FEED_KIND, FEED_PRUNE_EVERY, feedKey, feedRecord } from './feed.js';
import { StoreRefusedError, type VersionExpectation, type WriteBatch } from './graph-store.js';

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
  // Refuse a stale batch before writing anything: the common refusal then rolls back no write.
  const current = Number((await run(statementName.graphVersion, { id: META_ID }))[0]?.['graphVersion'] ?? 0);
  if (current !== batch.basedOn) throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: current });
  // The bump takes the write lock (Neo4j) and re-checks, for a writer that got in between.
  const bumped = await run(statementName.graphVersionBump, { id: META_ID });
  const graphVersion = Number(bumped[0]?.['graphVersion']);
  if (graphVersion !== batch.basedOn + 1) {
    throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: graphVersion - 1 });
  }
  for (const op of batch.ops) {
    switch (op.op) {
      case 'upsertNode': {
        const rows = await run(statementName.nodeUpsert(op.label), { ...op.props, id: op.id, now: batch.now });
        checkVersion(op.id, versionOf(rows) ?? 0, op.expect);
        break;
      }
      case 'deleteNode':
        await run(statementName.nodeDelete(op.label), { id: op.id });
        break;
      case 'upsertRel': {
        const rows = await run(statementName.relUpsert(op.type, op.fromLabel), {
          ...op.props,
          id: op.id,
          from: op.from,
          to: op.to,
          now: batch.now,
        });
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
  for (const record of batch.aux ?? []) await run(statementName.auxUpsert, { ...record });
  // The change feed's entry commits (or not) with the batch it describes.
  await run(statementName.auxUpsert, { ...feedRecord({ graphVersion, now: batch.now, ops: batch.ops }) });
  if (graphVersion % FEED_PRUNE_EVERY === 0 && graphVersion > FEED_KEEP) {
    await run(statementName.feedPrune, { kind: FEED_KIND, upTo: feedKey(graphVersion - FEED_KEEP) });
  }
  return graphVersion;
}

/** Aux rows from either engine as records. */
export function toAuxRecords(rows: Row[]): import('./graph-store.js').AuxRecord[] {
  return rows.map((r) => ({ id: String(r['id']), kind: String(r['kind']), key: String(r['key']), json: String(r['json']), createdAt: String(r['createdAt']) }));
}
