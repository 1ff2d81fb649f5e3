/**
 * One network with its area, topics, conveners and memberships. Statuses are mostly ACTIVE;
 * time-limited networks carry the date their project ends.
 */
import type { NodeProps, RelProps } from '../domain/model.js';
import type { Level } from '../domain/vocabulary.js';
import type { GraphBuilder } from './builder.js';
import { MEETING_RHYTHMS, type TopicId } from './catalogue.js';
import { dateBetween, type Rng } from './prng.js';

type Status = NodeProps<'Network'>['status'];
type NetworkKind = NodeProps<'Network'>['kind'];
type Role = RelProps<'MEMBER_OF'>['role'];

export interface NetworkSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: NetworkKind;
  readonly level: Level;
  readonly area: string;
  readonly topics: readonly TopicId[];
  /** Actors, in order; repeats and nulls are dropped. The first convener that is a member chairs it. */
  readonly members: readonly (string | null | undefined)[];
  readonly conveners?: readonly (string | null | undefined)[];
  readonly status?: Status;
  readonly formal?: boolean | null;
  readonly purpose?: string | null;
  readonly timeLimited?: boolean;
  readonly description?: string | null;
}

export interface NetworkRecord {
  readonly id: string;
  readonly level: Level;
  readonly members: readonly { readonly actor: string; readonly role: Role }[];
}

export function drawStatus(rng: Rng): Status {
  return rng.weighted<Status>([['ACTIVE', 80], ['DORMANT', 8], ['PLANNED', 6], ['ENDED', 6]]);
}

export function addNetwork(b: GraphBuilder, rng: Rng, s: NetworkSpec): NetworkRecord {
  const status = s.status ?? drawStatus(rng);
  const timeLimited = s.timeLimited ?? rng.chance(0.06);
  const endsOn = timeLimited
    ? status === 'ENDED' ? dateBetween(rng, '2023-06-30', '2026-06-30') : dateBetween(rng, '2026-06-30', '2028-12-31')
    : null;
  b.node('Network', s.id, {
    name: s.name,
    kind: s.kind,
    level: s.level,
    status,
    formal: s.formal === undefined ? rng.weighted<boolean | null>([[true, 5], [false, 3], [null, 2]]) : s.formal,
    purpose: s.purpose ?? null,
    meetingRhythm: rng.chance(0.7) ? rng.pick(MEETING_RHYTHMS) : null,
    timeLimited,
    endsOn,
    description: s.description ?? null,
  });
  b.link('LOCATED_IN', s.id, s.area);
  const conveners = unique(s.conveners ?? []);
  for (const convener of conveners) b.link('CONVENES', convener, s.id);
  for (const topic of s.topics) b.link('ADDRESSES', s.id, topic);
  const chair = conveners.find((c) => s.members.includes(c));
  const members: { actor: string; role: Role }[] = [];
  for (const actor of unique(s.members)) {
    const role: Role = actor === chair ? 'CHAIR' : rng.chance(0.07) ? 'ADJUNCT' : 'MEMBER';
    const since = rng.chance(0.45) ? dateBetween(rng, '2015-01-01', '2025-12-31') : null;
    const until = status === 'ENDED' ? endsOn ?? dateBetween(rng, '2023-01-01', '2026-06-30') : null;
    b.rel('MEMBER_OF', actor, s.id, { role, since: since && until && since > until ? null : since, until });
    members.push({ actor, role });
  }
  return { id: s.id, level: s.level, members };
}

export function unique(ids: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    if (id && !seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}

/** Splits items into groups of about `size` (at least one group when there are items). */
export function groups<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.round(items.length / size));
  const out: T[][] = Array.from({ length: Math.min(n, items.length) }, () => []);
  items.forEach((item, i) => out[i % out.length]?.push(item));
  return out;
}
