/**
 * The storage boundary. Only the adapters under kuzu/ and neo4j/ talk to a database; everything
 * above this file sees a GraphStore. The store is deliberately small: it loads the whole graph
 * (the API keeps it as an in-memory read model, see docs/decisions/001) and applies a batch of
 * writes in one transaction.
 */
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { FeedEntry } from './feed.js';

/** A property value as both engines store it. */
export type StoredValue = string | number | boolean | null | readonly string[];
export type StoredProps = Readonly<Record<string, StoredValue>>;

export interface StoredNode {
  readonly label: NodeLabel;
  readonly props: StoredProps;
}
export interface StoredRel {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: StoredProps;
}
export interface StoredGraph {
  readonly graphVersion: number;
  readonly nodes: readonly StoredNode[];
  readonly rels: readonly StoredRel[];
}

/**
 * What a written record's version must be afterwards, checked inside the transaction:
 * `created` (it did not exist), `{ was: n }` (it existed at version n), or `any` (imports).
 */
export type VersionExpectation = 'created' | { readonly was: number } | 'any';

export type WriteOp =
  | {
      readonly op: 'upsertNode';
      readonly label: NodeLabel;
      readonly id: string;
      /** Every writable property of the label, null where unset. */
      readonly props: StoredProps;
      readonly expect: VersionExpectation;
    }
  | { readonly op: 'deleteNode'; readonly label: NodeLabel; readonly id: string }
  | {
      readonly op: 'upsertRel';
      readonly type: RelationshipType;
      readonly fromLabel: NodeLabel;
      readonly toLabel: NodeLabel;
      readonly id: string;
      readonly from: string;
      readonly to: string;
      readonly props: StoredProps;
      readonly expect: VersionExpectation;
    }
  | { readonly op: 'deleteRel'; readonly type: RelationshipType; readonly id: string };

/**
 * A record kept beside the map (an account, an API token, an audit event): not part of the graph
 * the analysis sees, but stored in the same database so it shares its durability and backups.
 */
export interface AuxRecord {
  readonly id: string;
  readonly kind: string;
  /** What the record is looked up by (a user name, a token hash, an account id). */
  readonly key: string;
  readonly json: string;
  readonly createdAt: string;
}

export interface WriteBatch {
  readonly ops: readonly WriteOp[];
  /** Written in the same transaction (the audit event of the batch). */
  readonly aux?: readonly AuxRecord[];
  /** The graph version the caller validated the batch against. */
  readonly basedOn: number;
  /** The timestamp stamped on every record written (ISO-8601, UTC). */
  readonly now: string;
}

/** Why a batch was refused; nothing of it was written. */
export type StoreRefusal =
  | { readonly reason: 'graph-moved'; readonly graphVersion: number }
  | { readonly reason: 'version-mismatch'; readonly id: string; readonly actual: number | null }
  | { readonly reason: 'missing-endpoint'; readonly id: string };

export class StoreRefusedError extends Error {
  /** Which batch of a group (`writeGroup`) was refused; 0 for a single batch. */
  batchIndex = 0;

  constructor(readonly refusal: StoreRefusal) {
    super(`write refused: ${refusal.reason}`);
    this.name = 'StoreRefusedError';
  }
}

export interface GraphStore {
  readonly engine: 'kuzu' | 'neo4j';
  /** Create the schema when missing. */
  init(): Promise<void>;
  /** The version of the graph, bumped by every committed batch; 0 for a database never written. */
  graphVersion(): Promise<number>;
  loadGraph(): Promise<StoredGraph>;
  /** Applies every op or none; returns the new graph version. Throws StoreRefusedError. */
  write(batch: WriteBatch): Promise<number>;
  /**
   * Group commit: the batches in order, each `basedOn` the version the previous one makes, in ONE
   * transaction — each with its own version bump, checks and feed entry, all or none. Returns the
   * graph version each made. A refusal names the batch (`StoreRefusedError.batchIndex`); nothing
   * of the group is written then.
   */
  writeGroup(batches: readonly WriteBatch[]): Promise<number[]>;
  /**
   * The change feed after a graph version, oldest first, at most `limit` entries (see feed.ts).
   * Entries are contiguous unless pruned; the caller checks for gaps.
   */
  feedAfter(graphVersion: number, limit: number): Promise<FeedEntry[]>;
  auxGet(id: string): Promise<AuxRecord | null>;
  auxFind(kind: string, key: string): Promise<AuxRecord[]>;
  /** Newest first, created before `before` (ISO timestamp). */
  auxList(kind: string, limit: number, before: string): Promise<AuxRecord[]>;
  auxPut(record: AuxRecord): Promise<void>;
  auxDelete(id: string): Promise<void>;
  close(): Promise<void>;
}
