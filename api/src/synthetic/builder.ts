/**
 * Collects the synthetic map's nodes and relationships as the store holds them, and refuses
 * anything the model would not accept: a bad or repeated id, a relationship between the wrong
 * labels, a dangling end. Link relationships (the ones the CSV template keeps as a column of a
 * node's row) get the id and the meta the importer would give them, so a CSV round trip
 * reproduces the graph exactly.
 */
import { derivedRelId } from '../domain/link-columns.js';
import { NODE_ID_PATTERN, REL_ENDPOINTS, REL_ID_PATTERN, type NodeProps, type RelProps } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { StoredGraph, StoredNode, StoredProps, StoredRel } from '../store/graph-store.js';
import { dateBetween, Rng } from './prng.js';

export const SYNTHETIC_SOURCE = 'synthetic';
export const VERIFIED_FROM = '2023-01-01';
export const VERIFIED_TO = '2026-10-31';

/** Relationships the template keeps in files of their own (with their own attributes). */
export type RowRelType = 'MEMBER_OF' | 'REFERS_TO' | 'SITS_IN' | 'OFFERS';
/** Relationships the template keeps as a column of a node's row. */
export type ColumnRelType = Exclude<RelationshipType, RowRelType>;

/** Link relationships whose row (and so whose meta) is the end node's: CONVENES, HAS_ROUTINE. */
const OWNED_BY_END = new Set<RelationshipType>(['CONVENES', 'HAS_ROUTINE']);

/** The fixed creation time of every record: 2026-11-01 plus a seed-derived number of seconds. */
export function stampOf(seed: number): string {
  const offset = (Math.trunc(Math.abs(seed)) % 86_400) * 1000;
  return new Date(Date.parse('2026-11-01T00:00:00.000Z') + offset).toISOString();
}

export class GraphBuilder {
  readonly nodes: StoredNode[] = [];
  readonly rels: StoredRel[] = [];
  private readonly labels = new Map<string, NodeLabel>();
  private readonly verified = new Map<string, string | null>();
  private readonly relIds = new Set<string>();
  private readonly meta: Rng;

  constructor(seed: number, private readonly stamp: string = stampOf(seed)) {
    this.meta = Rng.stream(seed, 'meta');
  }

  /** When the record was last confirmed: spread over 2023-01-01…2026-10-31, about 8 % never. */
  private verifiedAt(): string | null {
    return this.meta.chance(0.08) ? null : dateBetween(this.meta, VERIFIED_FROM, VERIFIED_TO);
  }

  /** The meta properties followed by the record's own (Object.assign: much faster than a spread here). */
  private withMeta(id: string, lastVerifiedAt: string | null, props: object): StoredProps {
    const meta = { id, version: 1, createdAt: this.stamp, updatedAt: this.stamp, lastVerifiedAt, source: SYNTHETIC_SOURCE };
    return Object.assign(meta, props) as StoredProps;
  }

  node<L extends NodeLabel>(label: L, id: string, props: NodeProps<L>): string {
    if (!NODE_ID_PATTERN.test(id) || id.includes('--')) throw new Error(`bad node id "${id}"`);
    if (this.labels.has(id) || this.relIds.has(id)) throw new Error(`duplicate id "${id}"`);
    const lastVerifiedAt = this.verifiedAt();
    this.labels.set(id, label);
    this.verified.set(id, lastVerifiedAt);
    this.nodes.push({ label, props: this.withMeta(id, lastVerifiedAt, props) });
    return id;
  }

  has(id: string): boolean {
    return this.labels.has(id);
  }

  labelOf(id: string): NodeLabel | undefined {
    return this.labels.get(id);
  }

  hasRel(id: string): boolean {
    return this.relIds.has(id);
  }

  private checkEnds(type: RelationshipType, from: string, to: string): void {
    const a = this.labels.get(from);
    const b = this.labels.get(to);
    if (!a || !b) throw new Error(`${type} ${from} → ${to}: missing end`);
    if (from === to) throw new Error(`${type} ${from} points at itself`);
    if (!REL_ENDPOINTS[type].some(([x, y]) => x === a && y === b)) throw new Error(`${type} cannot join ${a} → ${b}`);
  }

  private push(type: RelationshipType, id: string, from: string, to: string, props: StoredProps, lastVerifiedAt: string | null): void {
    if (!REL_ID_PATTERN.test(id)) throw new Error(`bad relationship id "${id}"`);
    if (this.labels.has(id)) throw new Error(`relationship id "${id}" clashes with a node`);
    this.checkEnds(type, from, to);
    this.relIds.add(id);
    this.rels.push({ type, from, to, props: this.withMeta(id, lastVerifiedAt, props) });
  }

  /**
   * A relationship with attributes of its own (a membership, a seat, a referral) or an offer,
   * with the id the importer derives from its ends. Returns false when it already exists.
   */
  rel<T extends RowRelType>(
    type: T, from: string, to: string, props: RelProps<T>, qualifier?: string,
  ): boolean {
    const id = derivedRelId(type, from, to, qualifier);
    if (this.relIds.has(id)) return false;
    this.push(type, id, from, to, props, this.verifiedAt());
    return true;
  }

  /** A link from a node's own row (area, partOf, topics, conveners, owners, …). */
  link(type: ColumnRelType, from: string, to: string): boolean {
    const id = derivedRelId(type, from, to);
    if (this.relIds.has(id)) return false;
    const owner = OWNED_BY_END.has(type) ? to : from;
    this.push(type, id, from, to, {}, this.verified.get(owner) ?? null);
    return true;
  }

  graph(): StoredGraph {
    return { graphVersion: 1, nodes: this.nodes, rels: this.rels };
  }
}
