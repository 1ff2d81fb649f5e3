/**
 * Support chains (insatskedjor): from every first-line actor with a route onward, a chain of
 * referral routes should reach specialised support (social services, the county resource centre)
 * within a few hops. Reported: dead ends; chains that exist only as plans; chains that run only on
 * informal routes or routes with no routine; chains that offer nothing after the acute phase;
 * broken routes; handovers into another municipality that name nobody to receive them.
 */
import type { NodeRecord, RelRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { municipalityOf } from './areas.js';
import { makeFinding } from './finding.js';
import { isFirstLine, isSpecialised, ORGANISATION_KINDS } from './policy.js';
import { listEn, listSv, names, nameOf, where } from './text.js';
import type { Finding } from './types.js';

type Referral = RelRecord<'REFERS_TO'>;
type RoutePredicate = (r: Referral) => boolean;

const usable: RoutePredicate = (r) => r.status !== 'BROKEN';
const working: RoutePredicate = (r) => r.status === 'WORKING';
/** Backed by something: not informal, and governed by a routine (or the law itself). */
const backed: RoutePredicate = (r) => r.status === 'WORKING' && r.kind !== 'INFORMAL' && r.routineId !== null;

interface Reach {
  /** Specialised actors reached, with the routes of the first path found to each. */
  readonly targets: Map<string, Referral[]>;
  /** Every actor reached. */
  readonly visited: Set<string>;
}

/** Breadth-first over referral routes accepted by `accept`, up to `maxHops`. */
export function reach(snapshot: MapSnapshot, start: string, maxHops: number, accept: RoutePredicate): Reach {
  const targets = new Map<string, Referral[]>();
  const visited = new Set([start]);
  let frontier: { id: string; path: Referral[] }[] = [{ id: start, path: [] }];
  for (let hop = 0; hop < maxHops && frontier.length; hop++) {
    const next: typeof frontier = [];
    for (const { id, path } of frontier) {
      for (const route of snapshot.out(id, 'REFERS_TO')) {
        if (!accept(route) || visited.has(route.to)) continue;
        visited.add(route.to);
        const actor = snapshot.nodeOf('Actor', route.to);
        const extended = [...path, route];
        if (actor && isSpecialised(actor)) targets.set(actor.id, extended);
        next.push({ id: route.to, path: extended });
      }
    }
    frontier = next;
  }
  return { targets, visited };
}

const phasesOf = (snapshot: MapSnapshot, actorIds: Iterable<string>, routes: Iterable<Referral>): Set<string> => {
  const phases = new Set<string>();
  for (const id of actorIds) for (const p of snapshot.nodeOf('Actor', id)?.supportPhases ?? []) phases.add(p);
  for (const r of routes) if (r.phase) phases.add(r.phase);
  return phases;
};

function chainFindings(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>, maxHops: number): Finding[] {
  const onward = snapshot.out(actor.id, 'REFERS_TO').filter(usable);
  if (onward.length === 0) return []; // reported as an unconnected first-line actor
  const at = where(snapshot, actor.id);
  const any = reach(snapshot, actor.id, maxHops, usable);
  if (any.targets.size === 0) {
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.dead-end', severity: 'HIGH', concept: 'PROCESSER',
      nodes: [actor.id, ...any.visited], relationships: onward.map((r) => r.id),
      severityReason: { sv: 'Kedjan från en aktör som möter familjer tar slut innan stödet.', en: 'The chain from an actor that meets families ends before support.' },
      explanation: {
        sv: `${actor.name}${at} lämnar över till ${listSv(names(snapshot, onward.map((r) => r.to)))}, men därifrån når ingen väg socialtjänsten eller ett resurscentrum inom ${maxHops} steg.`,
        en: `${actor.name}${at} hands over to ${listEn(names(snapshot, onward.map((r) => r.to)))}, but from there no route reaches social services or a resource centre within ${maxHops} steps.`,
      },
      suggestion: {
        sv: 'Testa kedjan med ett fall: vem tar emot efter nästa steg? Lägg till eller formalisera vägen till socialtjänsten.',
        en: 'Test the chain with a case: who receives after the next step? Add or formalise the route to social services.',
      },
    })];
  }
  const findings: Finding[] = [];
  const firstPath = [...any.targets.values()][0]!;
  const pathIds = firstPath.map((r) => r.id);
  const pathNodes = [actor.id, ...firstPath.map((r) => r.to)];
  const pathText = (sep: string) => [actor.name, ...firstPath.map((r) => nameOf(snapshot.node(r.to)))].join(sep);
  if (reach(snapshot, actor.id, maxHops, working).targets.size === 0) {
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.planned-only', severity: 'MEDIUM', concept: 'BESLUT',
      nodes: pathNodes, relationships: pathIds,
      severityReason: { sv: 'Kedjan finns bara som plan.', en: 'The chain exists only as a plan.' },
      explanation: { sv: `Vägen ${pathText(' → ')} är planerad men inte i drift.`, en: `The route ${pathText(' → ')} is planned but not working yet.` },
      suggestion: { sv: 'Besluta om och starta de planerade överlämningarna, med ansvarig och tidplan.', en: 'Decide on and start the planned handovers, with an owner and a date.' },
    }));
  } else if (reach(snapshot, actor.id, maxHops, backed).targets.size === 0) {
    const weak = firstPath.filter((r) => !backed(r));
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.weak-routes', severity: 'MEDIUM', concept: 'RUTINER',
      nodes: pathNodes, relationships: pathIds,
      severityReason: { sv: 'Kedjan hänger på informella vägar eller saknar rutin.', en: 'The chain hangs on informal routes or routes without a routine.' },
      explanation: {
        sv: `Från ${actor.name}${at} når man stödet bara via informella vägar eller vägar utan rutin (${listSv(weak.map((r) => `${nameOf(snapshot.node(r.from))} → ${nameOf(snapshot.node(r.to))}`), 3)}).`,
        en: `From ${actor.name}${at} support is reached only via informal routes or routes without a routine (${listEn(weak.map((r) => `${nameOf(snapshot.node(r.from))} → ${nameOf(snapshot.node(r.to))}`), 3)}).`,
      },
      suggestion: { sv: 'Skriv en rutin för överlämningen och förankra den hos båda parter.', en: 'Write a routine for the handover and anchor it with both parties.' },
    }));
  }
  const allTargets = [...any.targets.keys()];
  const phases = phasesOf(snapshot, [...allTargets, ...any.visited], [...any.targets.values()].flat());
  if (phases.size > 0 && !phases.has('MIDDLE') && !phases.has('LONG_TERM')) {
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.acute-only', severity: 'MEDIUM', concept: 'PROCESSER',
      nodes: [actor.id, ...allTargets],
      severityReason: { sv: 'Stödet upphör efter den akuta fasen.', en: 'Support stops after the acute phase.' },
      explanation: {
        sv: `Kedjan från ${actor.name}${at} leder till ${listSv(names(snapshot, allTargets))}, men inget på vägen erbjuder stöd efter den akuta fasen.`,
        en: `The chain from ${actor.name}${at} leads to ${listEn(names(snapshot, allTargets))}, but nothing along it offers support after the acute phase.`,
      },
      suggestion: { sv: 'Knyt på stöd i mellanfas och långsiktig fas (t.ex. öppenvård, föräldraskapsstöd, civilsamhälle).', en: 'Add support for the middle and long-term phases (e.g. open care, parental support, civil society).' },
    }));
  }
  return findings;
}

function routeFindings(snapshot: MapSnapshot, route: Referral): Finding[] {
  const from = snapshot.nodeOf('Actor', route.from);
  const to = snapshot.nodeOf('Actor', route.to);
  if (!from || !to) return [];
  const text = `${from.name} → ${to.name}`;
  if (route.status === 'BROKEN') {
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.broken-route', severity: 'HIGH', concept: 'PROCESSER',
      nodes: [from.id, to.id], relationships: [route.id],
      severityReason: { sv: 'En känd överlämning fungerar inte.', en: 'A known handover does not work.' },
      explanation: { sv: `Överlämningen ${text} är bruten.`, en: `The handover ${text} is broken.` },
      suggestion: { sv: 'Ta reda på varför och laga den: vem äger överlämningen, och vad behöver mottagaren?', en: 'Find out why and mend it: who owns the handover, and what does the receiver need?' },
    })];
  }
  const fromMunicipality = municipalityOf(snapshot, from.id);
  const toMunicipality = municipalityOf(snapshot, to.id);
  const crosses = fromMunicipality && toMunicipality && fromMunicipality.id !== toMunicipality.id;
  if (crosses && (ORGANISATION_KINDS.has(to.kind) || route.routineId === null)) {
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.cross-border-unowned', severity: 'MEDIUM', concept: 'ORGANISATION',
      nodes: [from.id, to.id], relationships: [route.id], areas: [fromMunicipality.id, toMunicipality.id],
      severityReason: { sv: 'Överlämningar över kommungränsen tappas lätt bort.', en: 'Handovers across municipal borders are easily lost.' },
      explanation: {
        sv: `${text} går från ${fromMunicipality.name} till ${toMunicipality.name} utan ${ORGANISATION_KINDS.has(to.kind) ? 'en namngiven mottagare' : 'rutin'}.`,
        en: `${text} crosses from ${fromMunicipality.name} into ${toMunicipality.name} with no ${ORGANISATION_KINDS.has(to.kind) ? 'named receiver' : 'routine'}.`,
      },
      suggestion: { sv: 'Kom överens mellan kommunerna om vem som tar emot och hur (en gemensam rutin).', en: 'Agree between the municipalities who receives and how (a shared routine).' },
    })];
  }
  return [];
}

export function chainFindingsAll(snapshot: MapSnapshot, maxHops: number): Finding[] {
  const findings: Finding[] = [];
  for (const actor of snapshot.all('Actor')) if (isFirstLine(actor)) findings.push(...chainFindings(snapshot, actor, maxHops));
  for (const route of snapshot.relsOfType('REFERS_TO')) findings.push(...routeFindings(snapshot, route));
  return findings;
}

const ROUTINE_WORDS: Record<string, { sv: string; en: string }> = {
  MISSING: { sv: 'saknas', en: 'is missing' },
  PARTIAL: { sv: 'finns bara delvis', en: 'exists only in part' },
  UNKNOWN: { sv: 'är okänd – ingen vet om den finns', en: 'is unknown — nobody knows whether it exists' },
};

/**
 * Routines that a chain needs but that are missing, partial or unknown: without them a handover
 * depends on who happens to be at work.
 */
export function routineFindings(snapshot: MapSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const routine of snapshot.all('Routine')) {
    const words = ROUTINE_WORDS[routine.status];
    if (!words) continue;
    const owners = snapshot.sources(routine.id, 'HAS_ROUTINE', 'Actor');
    const topics = snapshot.targets(routine.id, 'COVERS', 'Topic');
    const hrv = topics.some((t) => t.id === 'topic-hrv' || /heder/i.test(t.name));
    const severity = routine.status === 'MISSING' ? (hrv ? 'HIGH' : 'MEDIUM') : 'LOW';
    const ownerNames = listSv(owners.map((o) => o.name));
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: `chain.routine-${routine.status.toLowerCase()}`, severity, concept: routine.status === 'UNKNOWN' ? 'KUNSKAP' : 'RUTINER',
      nodes: [routine.id, ...owners.map((o) => o.id)],
      severityReason: severity === 'HIGH'
        ? { sv: 'En rutin för hedersrelaterat våld saknas.', en: 'A routine on honour-related violence is missing.' }
        : severity === 'MEDIUM'
          ? { sv: 'En rutin saknas.', en: 'A routine is missing.' }
          : { sv: 'Rutinen finns delvis eller är okänd.', en: 'The routine exists in part or is unknown.' },
      explanation: {
        sv: `Rutinen "${routine.name}"${owners.length ? ` (${ownerNames})` : ''} ${words.sv}.${routine.description ? ` ${routine.description}` : ''}`,
        en: `The routine "${routine.name}"${owners.length ? ` (${listEn(owners.map((o) => o.name))})` : ''} ${words.en}.${routine.description ? ` ${routine.description}` : ''}`,
      },
      suggestion: routine.status === 'UNKNOWN'
        ? { sv: 'Ta reda på om rutinen finns och var den förvaras, och gör den känd.', en: 'Find out whether the routine exists and where it is kept, and make it known.' }
        : { sv: 'Ta fram eller komplettera rutinen (mallar finns, t.ex. från Resurscentrum), fatta beslut om den och gör den känd.', en: 'Draft or complete the routine (templates exist, e.g. from the resource centre), adopt it and make it known.' },
    }));
  }
  return findings;
}
