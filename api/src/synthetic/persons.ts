/**
 * Pseudonymous persons ("Person 1234", never a name) who represent an actor and sit in its
 * networks. An actor gets a person the first time one is needed and sometimes a second or third,
 * so the same person turns up in several networks; coordinators sit in every network their
 * function is a member of, and so some persons sit in many.
 */
import type { GraphBuilder } from './builder.js';
import type { NetworkRecord } from './networks.js';
import type { Rng } from './prng.js';

export interface PersonOptions {
  /** Actors whose person sits in every one of their networks (the coordinators). */
  readonly alwaysSeated: ReadonlySet<string>;
  /** Each actor's organisation, for the few persons who represent both. */
  readonly parentOf: ReadonlyMap<string, string>;
}

export function seatPersons(b: GraphBuilder, rng: Rng, networks: readonly NetworkRecord[], options: PersonOptions): number {
  const personsOf = new Map<string, string[]>();
  let next = 1001;
  const newPerson = (actor: string): string => {
    const n = next++;
    const id = b.node('Person', `person-${n}`, {
      pseudonym: `Person ${n}`,
      note: rng.chance(0.03) ? 'Pseudonym; kontaktuppgifter finns hos navfunktionen.' : null,
    });
    b.link('REPRESENTS', id, actor);
    const parent = options.parentOf.get(actor);
    if (parent && rng.chance(0.05)) b.link('REPRESENTS', id, parent);
    const list = personsOf.get(actor);
    if (list) list.push(id);
    else personsOf.set(actor, [id]);
    return id;
  };
  for (const network of networks) {
    for (const { actor, role } of network.members) {
      const always = options.alwaysSeated.has(actor);
      if (!always && !rng.chance(network.level === 'LOCAL' ? 0.22 : 0.45)) continue;
      const existing = personsOf.get(actor) ?? [];
      const person = existing.length === 0 || (!always && existing.length < 3 && rng.chance(0.06))
        ? newPerson(actor)
        : always ? (existing[0] as string) : rng.pick(existing);
      b.rel('SITS_IN', person, network.id, { role });
    }
  }
  return next - 1001;
}
