/**
 * Person-dependence: a function the map records as resting on one person's commitment rather
 * than on a mandate, a decision or resources (the report's "personbundet", "samordningen bygger
 * på engagemang"). The fact is recorded from a source (Actor.personDependent), never inferred
 * from how many persons the map happens to hold: the map records persons only where a seat needs
 * one, so counting them would call every function person-bound.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { makeFinding, type RawFinding } from './finding.js';
import { ORGANISATION_KINDS } from './policy.js';
import { nameIn } from './text.js';

/** The relationships along which others rely on an actor (not where it is or what it is about). */
const RELIED_ON = new Set(['MEMBER_OF', 'CONVENES', 'REFERS_TO', 'PART_OF', 'REPRESENTS']);

/** Who relies on the function: the actors and networks linked to it, and its units' units. */
function reliantOn(snapshot: MapSnapshot, actorId: string): Set<string> {
  const reliant = new Set<string>();
  for (const rel of snapshot.linksOf(actorId)) {
    if (RELIED_ON.has(rel.type)) reliant.add(rel.from === actorId ? rel.to : rel.from);
  }
  const units = snapshot.in(actorId, 'PART_OF').map((r) => r.from);
  for (let unit = units.pop(); unit !== undefined; unit = units.pop()) {
    for (const sub of snapshot.in(unit, 'PART_OF')) {
      if (sub.from === actorId || reliant.has(sub.from)) continue;
      reliant.add(sub.from);
      units.push(sub.from);
    }
  }
  reliant.delete(actorId);
  return reliant;
}

/** A decision in force that gives the actor (or the organisation it belongs to) the task. */
function hasAdoptedDecision(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>): boolean {
  const owners = [actor.id, ...snapshot.out(actor.id, 'PART_OF').map((r) => r.to)];
  return owners.some((id) => snapshot.targets(id, 'HAS_ROUTINE', 'Routine').some((r) => r.kind === 'DECISION' && r.status === 'ADOPTED'));
}

export function personDependenceFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const actor of snapshot.all('Actor')) {
    if (!actor.personDependent) continue;
    const organisation = ORGANISATION_KINDS.has(actor.kind);
    const decided = hasAdoptedDecision(snapshot, actor);
    const reliant = reliantOn(snapshot, actor.id);
    const subject = organisation
      ? { sv: `Samordningen i ${nameIn(snapshot, actor.id)}`, en: `Coordination in ${nameIn(snapshot, actor.id)}` }
      : { sv: `Uppgiften som ${nameIn(snapshot, actor.id)} har`, en: `The task ${nameIn(snapshot, actor.id)} holds` };
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'person-dependence.function', severity: 'MEDIUM', concept: 'RELATIONER', frame: 'COORDINATION', evidence: 'RECORDED',
      nodes: [actor.id], reach: 1 + reliant.size,
      severityReason: {
        sv: 'Det som bärs av en persons engagemang försvinner när personen slutar eller byter arbetsplats; det är en risk, inte ett avbrott i dag.',
        en: 'What rests on one person’s commitment goes when that person leaves or changes jobs; it is a risk, not a break today.',
      },
      explanation: {
        sv: `${subject.sv} bygger på enskilda personers engagemang, inte på ett uppdrag med resurser${decided ? '' : ', och kartan har inget antaget beslut som ger uppgiften till någon'}.`,
        en: `${subject.en} rests on individual people’s commitment, not on a remit with resources${decided ? '' : ', and the map has no adopted decision that gives anyone the task'}.`,
      },
      suggestion: organisation
        ? {
          sv: `Ge samordningen i ${actor.name} ett uppdrag i ett beslut, med tid och resurser: till exempel en samordnare med övergripande ansvar och en styrgrupp, så att arbetet inte hänger på en person.`,
          en: `Give coordination in ${actor.name} a remit in a decision, with time and resources: for example a coordinator with overall responsibility and a steering group, so the work does not hang on one person.`,
        }
        : {
          sv: `Skriv in uppgiften i ett uppdrag eller en rutin, med tid avsatt och en ersättare, så att den finns kvar om personen slutar.`,
          en: `Write the task into a remit or a routine, with time set aside and a deputy, so it remains if the person leaves.`,
        },
    }));
  }
  return findings;
}
