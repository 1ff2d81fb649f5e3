/** Two networks side by side: who sits in both, who only in one. */
import { compareNames } from '../../components/shared/format';
import type { MembershipRole, NetworkDetail } from './queries';

/** A member of a network: an actor, or a (pseudonymous) person holding a seat. */
export interface Member {
  readonly id: string;
  readonly name: string;
  readonly type: 'actor' | 'person';
  readonly role: MembershipRole;
}

export interface MemberComparison {
  readonly shared: readonly Member[];
  readonly onlyA: readonly Member[];
  readonly onlyB: readonly Member[];
}

/**
 * The members the overlap counts, as the API does: actors (MEMBER_OF), and persons (SITS_IN) —
 * a person seated for an actor stands for that actor, so an organisation counts once.
 */
export function membersOf(network: NetworkDetail): Member[] {
  return [
    ...network.members.map((m) => ({ id: m.actor.id, name: m.actor.name, type: 'actor' as const, role: m.role })),
    ...network.seats.flatMap((s): Member[] => (s.person.represents?.length
      ? s.person.represents.map((a): Member => ({ id: a.id, name: a.name, type: 'actor', role: s.role }))
      : [{ id: s.person.id, name: s.person.pseudonym, type: 'person', role: s.role }])),
  ];
}

/**
 * Shared and unique members, each list by name. A member listed twice (two roles) counts once;
 * in the shared list it carries its role in A.
 */
export function compareMembers(a: readonly Member[], b: readonly Member[], lang = 'sv'): MemberComparison {
  const unique = (list: readonly Member[]) => [...new Map(list.map((m) => [m.id, m])).values()];
  const inA = unique(a);
  const inB = unique(b);
  const idsA = new Set(inA.map((m) => m.id));
  const idsB = new Set(inB.map((m) => m.id));
  const byName = (x: Member, y: Member) => compareNames(x.name, y.name, lang) || x.id.localeCompare(y.id);
  return {
    shared: inA.filter((m) => idsB.has(m.id)).sort(byName),
    onlyA: inA.filter((m) => !idsB.has(m.id)).sort(byName),
    onlyB: inB.filter((m) => !idsA.has(m.id)).sort(byName),
  };
}

/** Topics both networks address, by name. */
export function sharedTopics(a: NetworkDetail, b: NetworkDetail, lang = 'sv'): { id: string; name: string }[] {
  const inB = new Set(b.topics.map((t) => t.id));
  return a.topics.filter((t) => inB.has(t.id)).sort((x, y) => compareNames(x.name, y.name, lang));
}
