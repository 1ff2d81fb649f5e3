/**
 * Filtered, sorted, cursor-paginated lists of actors and networks, read from a snapshot.
 * Cursors are opaque and keyset-based (sort value + id), so a page stays stable while others
 * are inserted before it.
 */
import { AppError } from '../errors/app-error.js';
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from './snapshot.js';
import { matchesWords } from './text.js';

export const MAX_PAGE_SIZE = 500;

export interface ActorFilterInput {
  readonly area?: string | null | undefined;
  readonly sectors?: readonly string[] | null | undefined;
  readonly kinds?: readonly string[] | null | undefined;
  readonly levels?: readonly string[] | null | undefined;
  readonly topic?: string | null | undefined;
  readonly firstLine?: boolean | null | undefined;
  readonly text?: string | null | undefined;
}
export interface NetworkFilterInput {
  readonly area?: string | null | undefined;
  readonly kinds?: readonly string[] | null | undefined;
  readonly levels?: readonly string[] | null | undefined;
  readonly statuses?: readonly string[] | null | undefined;
  readonly topic?: string | null | undefined;
  readonly text?: string | null | undefined;
}
export type SortField = 'NAME' | 'UPDATED_AT' | 'LAST_VERIFIED_AT';
export interface SortInput {
  readonly field: SortField;
  readonly direction?: 'ASC' | 'DESC' | null | undefined;
}
export interface Page<T> {
  readonly items: readonly { cursor: string; node: T }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  readonly totalCount: number;
}

const inList = (list: readonly string[] | null | undefined, value: string) => !list || list.length === 0 || list.includes(value);

function checkRef(snapshot: MapSnapshot, id: string | null | undefined, label: 'Area' | 'Topic', field: string): void {
  if (id && !snapshot.nodeOf(label, id)) throw AppError.notFound(label.toLowerCase(), id, field);
}

export function actorMatches(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>, f: ActorFilterInput): boolean {
  return (
    inList(f.sectors, actor.sector) &&
    inList(f.kinds, actor.kind) &&
    inList(f.levels, actor.level) &&
    (f.firstLine === null || f.firstLine === undefined || actor.firstLine === f.firstLine) &&
    (!f.area || snapshot.isInArea(actor.id, f.area)) &&
    (!f.topic || actorTouchesTopic(snapshot, actor.id, f.topic)) &&
    (!f.text || matchesWords(`${actor.name} ${actor.description ?? ''}`, f.text))
  );
}

function actorTouchesTopic(snapshot: MapSnapshot, actorId: string, topicId: string): boolean {
  if (snapshot.out(actorId, 'WORKS_ON').some((r) => r.to === topicId)) return true;
  return snapshot.out(actorId, 'MEMBER_OF').some((m) => snapshot.out(m.to, 'ADDRESSES').some((r) => r.to === topicId));
}

export function networkMatches(snapshot: MapSnapshot, network: NodeRecord<'Network'>, f: NetworkFilterInput): boolean {
  return (
    inList(f.kinds, network.kind) &&
    inList(f.levels, network.level) &&
    inList(f.statuses, network.status) &&
    (!f.area || snapshot.isInArea(network.id, f.area)) &&
    (!f.topic || snapshot.out(network.id, 'ADDRESSES').some((r) => r.to === f.topic)) &&
    (!f.text || matchesWords(`${network.name} ${network.purpose ?? ''} ${network.description ?? ''}`, f.text))
  );
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

function sortKey(node: NodeRecord<'Actor' | 'Network'>, field: SortField): string {
  switch (field) {
    case 'NAME':
      return node.name;
    case 'UPDATED_AT':
      return node.updatedAt;
    case 'LAST_VERIFIED_AT':
      return node.lastVerifiedAt ?? '';
    default: {
      const never: never = field;
      return never;
    }
  }
}

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // fall through to the error below
  }
  throw AppError.badInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
}

export function paginate<T extends NodeRecord<'Actor' | 'Network'>>(
  nodes: readonly T[],
  sort: SortInput | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Page<T> {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw AppError.badInput([{ field: 'first', message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
  }
  const field = sort?.field ?? 'NAME';
  const sign = sort?.direction === 'DESC' ? -1 : 1;
  const compare = (ak: string, aid: string, bk: string, bid: string) =>
    sign * (collator.compare(ak, bk) || (ak < bk ? -1 : ak > bk ? 1 : 0) || (aid < bid ? -1 : aid > bid ? 1 : 0));
  const sorted = nodes
    .map((node) => ({ node, key: sortKey(node, field) }))
    .sort((a, b) => compare(a.key, a.node.id, b.key, b.node.id));
  let start = 0;
  if (after) {
    const [key, id] = decodeCursor(after);
    start = sorted.findIndex((e) => compare(e.key, e.node.id, key, id) > 0);
    if (start === -1) start = sorted.length;
  }
  const slice = sorted.slice(start, start + size);
  const items = slice.map((e) => ({ cursor: encodeCursor(e.key, e.node.id), node: e.node }));
  return {
    items,
    hasNextPage: start + size < sorted.length,
    endCursor: items.at(-1)?.cursor ?? null,
    totalCount: sorted.length,
  };
}

export function listActors(snapshot: MapSnapshot, filter: ActorFilterInput | null | undefined): NodeRecord<'Actor'>[] {
  const f = filter ?? {};
  checkRef(snapshot, f.area, 'Area', 'filter.area');
  checkRef(snapshot, f.topic, 'Topic', 'filter.topic');
  return snapshot.all('Actor').filter((a) => actorMatches(snapshot, a, f));
}

export function listNetworks(snapshot: MapSnapshot, filter: NetworkFilterInput | null | undefined): NodeRecord<'Network'>[] {
  const f = filter ?? {};
  checkRef(snapshot, f.area, 'Area', 'filter.area');
  checkRef(snapshot, f.topic, 'Topic', 'filter.topic');
  return snapshot.all('Network').filter((n) => networkMatches(snapshot, n, f));
}
