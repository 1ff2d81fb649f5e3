/** Field resolvers of the relationship types. */
import type { RelRecord } from '../../domain/model.js';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { MapSnapshot } from '../../readmodel/snapshot.js';
import type { Resolvers } from '../generated/types.js';

function end<L extends 'Actor' | 'Network' | 'Person'>(snapshot: MapSnapshot, label: L, id: string) {
  const node = snapshot.nodeOf(label, id);
  // The store deletes relationships with their nodes, so a dangling end is a broken invariant.
  if (!node) throw new AppError(ErrorCode.INTERNAL, `relationship end ${id} is missing`);
  return node;
}

export const relationshipTypeResolvers: Resolvers = {
  Relationship: {
    __resolveType: (rel: RelRecord) =>
      rel.type === 'MEMBER_OF' ? 'Membership' : rel.type === 'SITS_IN' ? 'Seat' : rel.type === 'REFERS_TO' ? 'Referral' : 'Link',
  },
  Membership: {
    actor: (m, _, { snapshot }) => end(snapshot, 'Actor', m.from),
    network: (m, _, { snapshot }) => end(snapshot, 'Network', m.to),
  },
  Seat: {
    person: (s, _, { snapshot }) => end(snapshot, 'Person', s.from),
    network: (s, _, { snapshot }) => end(snapshot, 'Network', s.to),
  },
  Referral: {
    from: (r, _, { snapshot }) => end(snapshot, 'Actor', r.from),
    to: (r, _, { snapshot }) => end(snapshot, 'Actor', r.to),
    routine: (r, _, { snapshot }) => (r.routineId ? snapshot.nodeOf('Routine', r.routineId) ?? null : null),
  },
  ReferralPath: {
    hops: (p) => p.referrals.length,
  },
  RemovedLink: {
    source: (l) => l.from,
    target: (l) => l.to,
  },
  Link: {
    sourceId: (l) => l.from,
    targetId: (l) => l.to,
  },
};
