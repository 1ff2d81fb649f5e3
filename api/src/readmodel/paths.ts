/**
 * Referral paths: every simple path of REFERS_TO routes from one actor to another, up to a
 * number of hops, shortest first. Breadth-first over the snapshot; bounded so a dense map
 * cannot make it explode.
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import { AppError } from '../errors/app-error.js';
import type { MapSnapshot } from './snapshot.js';

export interface ReferralPathRecord {
  readonly actors: readonly NodeRecord<'Actor'>[];
  readonly referrals: readonly RelRecord<'REFERS_TO'>[];
}

export const MAX_PATHS = 50;
export const MAX_HOPS = 8;

/** Where a path should end: one actor, or any actor of some kinds. */
export type PathTarget = { readonly id: string } | { readonly kinds: readonly string[] };

export function referralPaths(snapshot: MapSnapshot, from: string, goal: PathTarget, maxHops: number): ReferralPathRecord[] {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw AppError.badInput([{ field: 'maxHops', message: `must be between 1 and ${MAX_HOPS}` }]);
  }
  const start = snapshot.nodeOf('Actor', from);
  if (!start) throw AppError.notFound('actor', from, 'from');
  if ('id' in goal && !snapshot.nodeOf('Actor', goal.id)) throw AppError.notFound('actor', goal.id, 'to');
  const kinds = 'kinds' in goal ? new Set(goal.kinds) : null;
  const reachesGoal = (actor: NodeRecord<'Actor'>) => (kinds ? kinds.has(actor.kind) : 'id' in goal && actor.id === goal.id);
  const found: ReferralPathRecord[] = [];
  let layer: { actors: NodeRecord<'Actor'>[]; referrals: RelRecord<'REFERS_TO'>[] }[] = [{ actors: [start], referrals: [] }];
  for (let hop = 1; hop <= maxHops && layer.length > 0 && found.length < MAX_PATHS; hop++) {
    const next: typeof layer = [];
    for (const path of layer) {
      const last = path.actors.at(-1)!;
      for (const r of snapshot.out(last.id, 'REFERS_TO')) {
        const target = snapshot.nodeOf('Actor', r.to);
        if (!target || path.actors.some((a) => a.id === target.id)) continue;
        const extended = { actors: [...path.actors, target], referrals: [...path.referrals, r] };
        if (reachesGoal(target)) {
          if (found.length < MAX_PATHS) found.push(extended);
        } else next.push(extended);
      }
    }
    // Bound the work: a frontier this large means a very dense map; stop widening it.
    layer = next.slice(0, 20_000);
  }
  return found;
}
