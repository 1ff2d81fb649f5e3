/**
 * The embedded Kuzu adapter. Kuzu is single-process: this adapter is the only writer of its
 * directory, so it keeps the graph version in memory instead of asking the database per request.
 *
 * Measured behaviour this code relies on (see ../shared/kuzu-notes.md):
 * - every QueryResult must be closed, or the process segfaults at exit after a write;
 * - `getAllSync()` reads rows ~10x faster than `getAll()`;
 * - one connection, used by one operation at a time (a promise queue), keeps transactions simple;
 * - Kuzu's asynchronous calls do not keep Node's event loop alive: a script awaiting one with
 *   nothing else pending exits silently with code 0 mid-operation. Each operation holds a timer.
 */
import { mkdirSync } from 'node:fs';
import kuzu from 'kuzu';
import { loadSchema, META_ID, QueryBook, statementName } from '../cypher-files.js';
import { StoreRefusedError, type AuxRecord, type GraphStore, type StoredGraph, type StoredNode, type StoredRel, type StoredValue, type WriteBatch } from '../graph-store.js';
import { runGroup, toAuxRecords, type Row } from '../batch.js';
import { isRelationshipType } from '../labels.js';
import { NODE_LABELS } from '../../domain/vocabulary.js';
import { SerialQueue } from '../serial-queue.js';
import { kuzuRowGroups } from './bulk-rows.js';
import { FEED_KIND, feedKey, parseFeedRecord, type FeedEntry } from '../feed.js';

type KuzuValue = Record<string, unknown>;

function cleanProps(obj: KuzuValue): Record<string, StoredValue> {
  const props: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('_')) continue; // _id, _label, _src, _dst are Kuzu's own
    props[key] = value as StoredValue;
  }
  return props;
}

export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu';
  private readonly db: kuzu.Database;
  private readonly conn: kuzu.Connection;
  private readonly queue = new SerialQueue();
  private readonly prepared = new Map<string, kuzu.PreparedStatement>();
  private version: number | null = null;

  constructor(dir: string, private readonly book = new QueryBook()) {
    mkdirSync(dir, { recursive: true });
    this.db = new kuzu.Database(`${dir}/graph.kuzu`);
    this.conn = new kuzu.Connection(this.db);
  }

  /** One operation at a time, keeping the process alive while it runs. */
  private run<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const keepAlive = setInterval(() => undefined, 60_000);
      try {
        return await task();
      } finally {
        clearInterval(keepAlive);
      }
    });
  }

  private async query(text: string): Promise<Row[]> {
    const result = await this.conn.query(text);
    const results = Array.isArray(result) ? result : [result];
    try {
      return results.flatMap((r) => r.getAllSync() as Row[]);
    } finally {
      for (const r of results) r.close();
    }
  }

  private async execute(name: string, params: Record<string, unknown>): Promise<Row[]> {
    let statement = this.prepared.get(name);
    if (!statement) {
      statement = await this.conn.prepare(this.book.get(name, 'kuzu'));
      if (!statement.isSuccess()) throw new Error(`Kuzu cannot prepare ${name}: ${statement.getErrorMessage()}`);
      this.prepared.set(name, statement);
    }
    const rows = params['rows'];
    if (!Array.isArray(rows)) return this.executeOnce(name, statement, params);
    const out: Row[] = [];
    for (const group of kuzuRowGroups(rows as Record<string, unknown>[])) out.push(...(await this.executeOnce(name, statement, { ...params, rows: group })));
    return out;
  }

  private async executeOnce(name: string, statement: kuzu.PreparedStatement, params: Record<string, unknown>): Promise<Row[]> {
    const result = await this.conn.execute(statement, params as Record<string, kuzu.KuzuValue>).catch((error: unknown) => {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const results = Array.isArray(result) ? result : [result];
    try {
      return results.flatMap((r) => r.getAllSync() as Row[]);
    } finally {
      for (const r of results) r.close();
    }
  }

  init(): Promise<void> {
    return this.run(async () => {
      for (const statement of loadSchema('kuzu')) await this.query(statement);
    });
  }

  graphVersion(): Promise<number> {
    if (this.version !== null) return Promise.resolve(this.version);
    return this.run(async () => {
      const rows = await this.execute(statementName.graphVersion, { id: META_ID });
      this.version = Number(rows[0]?.['graphVersion'] ?? 0);
      return this.version;
    });
  }

  loadGraph(): Promise<StoredGraph> {
    return this.run(async () => {
      const versionRows = await this.execute(statementName.graphVersion, { id: META_ID });
      const graphVersion = Number(versionRows[0]?.['graphVersion'] ?? 0);
      const nodes: StoredNode[] = [];
      for (const label of NODE_LABELS) {
        for (const row of await this.execute(statementName.nodesOfLabel(label), {})) nodes.push({ label, props: cleanProps(row['n'] as KuzuValue) });
      }
      const rels: StoredRel[] = [];
      for (const row of await this.execute(statementName.relationshipsAll, {})) {
        const r = row['r'] as KuzuValue;
        const type = r['_label'];
        if (isRelationshipType(type)) {
          rels.push({ type, from: String(row['from']), to: String(row['to']), props: cleanProps(r) });
        }
      }
      this.version = graphVersion;
      return { graphVersion, nodes, rels };
    });
  }

  async write(batch: WriteBatch): Promise<number> {
    return (await this.writeGroup([batch]))[0]!;
  }

  writeGroup(batches: readonly WriteBatch[]): Promise<number[]> {
    return this.run(async () => {
      const first = batches[0];
      if (!first) return [];
      // This adapter is the directory's only writer, so a stale batch is known without the database.
      if (this.version !== null && this.version !== first.basedOn) throw new StoreRefusedError({ reason: 'graph-moved', graphVersion: this.version });
      await this.query('BEGIN TRANSACTION');
      try {
        const versions = await runGroup((name, params) => this.execute(name, params), batches);
        await this.query('COMMIT');
        this.version = versions[versions.length - 1]!;
        return versions;
      } catch (error) {
        // Kuzu may already have ended the transaction; the original error is the one to report.
        await this.query('ROLLBACK').catch(() => undefined);
        // Kuzu 0.11.3: after a rolled-back update of a row, later updates of that row fail with
        // "Write-write conflict" until the database is reopened or checkpointed (measured by the
        // race test in test/durability; see docs/decisions/003).
        await this.query('CHECKPOINT').catch(() => undefined);
        throw error;
      }
    });
  }

  feedAfter(graphVersion: number, limit: number): Promise<FeedEntry[]> {
    return this.run(async () => toAuxRecords(await this.execute(statementName.feedAfter, { kind: FEED_KIND, after: feedKey(graphVersion), limit })).map(parseFeedRecord));
  }

  auxGet(id: string): Promise<AuxRecord | null> {
    return this.run(async () => toAuxRecords(await this.execute(statementName.auxById, { id }))[0] ?? null);
  }

  auxFind(kind: string, key: string): Promise<AuxRecord[]> {
    return this.run(async () => toAuxRecords(await this.execute(statementName.auxByKey, { kind, key })));
  }

  auxList(kind: string, limit: number, before: string): Promise<AuxRecord[]> {
    return this.run(async () => toAuxRecords(await this.execute(statementName.auxList, { kind, limit, before })));
  }

  auxPut(record: AuxRecord): Promise<void> {
    return this.run(async () => {
      await this.execute(statementName.auxUpsert, { ...record });
    });
  }

  auxDelete(id: string): Promise<void> {
    return this.run(async () => {
      await this.execute(statementName.auxDelete, { id });
    });
  }

  close(): Promise<void> {
    return this.run(async () => {
      this.prepared.clear();
      await this.conn.close();
      await this.db.close();
    });
  }
}
