/**
 * The Neo4j 5 adapter (used when NEO4J_URI is set). Driver values are converted at this edge:
 * Integers to numbers, Nodes and Relationships to plain property maps. Several API instances may
 * share one database, so the graph version is read from the database on every request.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { loadSchema, META_ID, QueryBook, statementName } from '../cypher-files.js';
import type { AuxRecord, GraphStore, StoredGraph, StoredNode, StoredRel, StoredValue, WriteBatch } from '../graph-store.js';
import { runGroup, toAuxRecords, type Row } from '../batch.js';
import { isRelationshipType } from '../labels.js';
import { FEED_KIND, feedKey, parseFeedRecord, type FeedEntry } from '../feed.js';
import { NODE_LABELS } from '../../domain/vocabulary.js';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

function plainProps(properties: Record<string, unknown>): Record<string, StoredValue> {
  const props: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(properties)) props[key] = toPlain(value) as StoredValue;
  return props;
}

function rowOf(record: Neo4jRecord): Row {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j';
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jOptions, private readonly book = new QueryBook()) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: false,
    });
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  async init(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of loadSchema('neo4j')) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  graphVersion(): Promise<number> {
    return this.read(async (tx) => {
      const result = await tx.run(this.book.get(statementName.graphVersion), { id: META_ID });
      const first = result.records[0];
      return first ? Number(toPlain(first.get('graphVersion'))) : 0;
    });
  }

  loadGraph(): Promise<StoredGraph> {
    return this.read(async (tx) => {
      const version = await tx.run(this.book.get(statementName.graphVersion), { id: META_ID });
      const first = version.records[0];
      const graphVersion = first ? Number(toPlain(first.get('graphVersion'))) : 0;
      const nodes: StoredNode[] = [];
      for (const label of NODE_LABELS) {
        for (const record of (await tx.run(this.book.get(statementName.nodesOfLabel(label)))).records) {
          nodes.push({ label, props: plainProps((record.get('n') as { properties: Record<string, unknown> }).properties) });
        }
      }
      const rels: StoredRel[] = [];
      for (const record of (await tx.run(this.book.get(statementName.relationshipsAll))).records) {
        const rel = record.get('r') as { type: string; properties: Record<string, unknown> };
        if (isRelationshipType(rel.type)) {
          rels.push({ type: rel.type, from: String(record.get('from')), to: String(record.get('to')), props: plainProps(rel.properties) });
        }
      }
      return { graphVersion, nodes, rels };
    });
  }

  async write(batch: WriteBatch): Promise<number> {
    return (await this.writeGroup([batch]))[0]!;
  }

  async writeGroup(batches: readonly WriteBatch[]): Promise<number[]> {
    if (batches.length === 0) return [];
    const session = this.session('WRITE');
    try {
      // The Meta node is bumped first in every batch, so its write lock orders concurrent batches.
      return await session.executeWrite((tx) =>
        runGroup(async (name, params) => (await tx.run(this.book.get(name), params)).records.map(rowOf), batches),
      );
    } finally {
      await session.close();
    }
  }

  private async auxRead(name: string, params: Record<string, unknown>): Promise<AuxRecord[]> {
    return this.read(async (tx) => toAuxRecords((await tx.run(this.book.get(name), params)).records.map(rowOf)));
  }

  async feedAfter(graphVersion: number, limit: number): Promise<FeedEntry[]> {
    return (await this.auxRead(statementName.feedAfter, { kind: FEED_KIND, after: feedKey(graphVersion), limit: neo4j.int(limit) })).map(parseFeedRecord);
  }

  async auxGet(id: string): Promise<AuxRecord | null> {
    return (await this.auxRead(statementName.auxById, { id }))[0] ?? null;
  }

  auxFind(kind: string, key: string): Promise<AuxRecord[]> {
    return this.auxRead(statementName.auxByKey, { kind, key });
  }

  auxList(kind: string, limit: number, before: string): Promise<AuxRecord[]> {
    return this.auxRead(statementName.auxList, { kind, limit: neo4j.int(limit), before });
  }

  private async auxWrite(name: string, params: Record<string, unknown>): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.executeWrite((tx) => tx.run(this.book.get(name), params));
    } finally {
      await session.close();
    }
  }

  auxPut(record: AuxRecord): Promise<void> {
    return this.auxWrite(statementName.auxUpsert, { ...record });
  }

  auxDelete(id: string): Promise<void> {
    return this.auxWrite(statementName.auxDelete, { id });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
