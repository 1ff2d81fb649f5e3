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
import { makeFinding, type RawFinding } from './finding.js';
import type { GroupText } from './grouping.js';
import { isFirstLine, isSpecialised, ORGANISATION_KINDS } from './policy.js';
import { countSv, listEn, listSv, names, nameIn, nameOf } from './text.js';

type Finding = RawFinding;
const OUTSIDE_SECTORS = new Set(['CIVIL_SOCIETY', 'PRIVATE', 'FAITH']);

type Referral = RelRecord<'REFERS_TO'>;
type RoutePredicate = (r: Referral) => boolean;

/** A tip ("call 1177") is guidance, not a handover: routes with trigger OTHER do not make a chain. */
const usable: RoutePredicate = (r) => r.status !== 'BROKEN' && r.trigger !== 'OTHER';
const working: RoutePredicate = (r) => r.status === 'WORKING' && r.trigger !== 'OTHER';

/**
 * Backed by something: the law itself (orosanmälan under the reporting duty), a routine named on
 * the route, or an adopted routine held by the sender or the organisation it belongs to.
 */
function backedBy(snapshot: MapSnapshot): RoutePredicate {
  const holdsAdopted = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = snapshot.out(at, 'PART_OF')[0]?.to) {
      seen.add(at);
      if (snapshot.targets(at, 'HAS_ROUTINE', 'Routine').some((r) => (r.status === 'ADOPTED' || r.status === 'OUTDATED') && r.kind !== 'DECISION' && r.kind !== 'INFORMATION')) return true;
    }
    return false;
  };
  return (r) => working(r) && r.kind !== 'INFORMAL' && (r.kind === 'STATUTORY' || r.routineId !== null || holdsAdopted(r.from));
}

/**
 * Specialised support, or a unit inside the same administration as it (open care beside social
 * services in one social administration): a handover there has reached support.
 */
const supportKnown = new WeakMap<MapSnapshot, Map<string, boolean>>();

export function atSupport(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>): boolean {
  // Remembered per snapshot: every chain search asks it of every actor it reaches.
  let known = supportKnown.get(snapshot);
  if (!known) supportKnown.set(snapshot, (known = new Map()));
  let answer = known.get(actor.id);
  if (answer === undefined) known.set(actor.id, (answer = supportedAt(snapshot, actor)));
  return answer;
}

function supportedAt(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>): boolean {
  if (isSpecialised(actor)) return true;
  const seen = new Set([actor.id]);
  for (let parent = snapshot.targets(actor.id, 'PART_OF', 'Actor')[0]; parent && !seen.has(parent.id) && !ORGANISATION_KINDS.has(parent.kind); parent = snapshot.targets(parent.id, 'PART_OF', 'Actor')[0]) {
    seen.add(parent.id);
    if (isSpecialised(parent) || snapshot.sources(parent.id, 'PART_OF', 'Actor').some(isSpecialised)) return true;
  }
  return false;
}

interface Reach {
  /** Specialised actors reached, with the routes of the first path found to each. */
  readonly targets: ReadonlyMap<string, Referral[]>;
  /** Every actor reached, the start first, in the order they were reached (when asked for). */
  readonly visited: readonly string[];
}
const NO_TARGETS: ReadonlyMap<string, Referral[]> = new Map();

/**
 * What a search remembers between searches on one snapshot, so a search makes no Set or Map of
 * its own (nationally there are tens of thousands, and their garbage cost more than the search):
 * the round in which each node was last reached, the route it was reached by in that round, and
 * each node's referral routes.
 */
interface ReachScratch {
  round: number;
  readonly reachedIn: Map<string, number>;
  readonly via: Map<string, Referral>;
  readonly routes: Map<string, readonly Referral[]>;
  /** The search's queue: every node reached this round, in order. */
  readonly queue: string[];
}
const scratches = new WeakMap<MapSnapshot, ReachScratch>();

function scratchOf(snapshot: MapSnapshot): ReachScratch {
  let scratch = scratches.get(snapshot);
  if (!scratch) scratches.set(snapshot, (scratch = { round: 0, reachedIn: new Map(), via: new Map(), routes: new Map(), queue: [] }));
  return scratch;
}

/** Breadth-first over referral routes accepted by `accept`, up to `maxHops`; `visited` only with `withVisited`. */
export function reach(snapshot: MapSnapshot, start: string, maxHops: number, accept: RoutePredicate, withVisited = false): Reach {
  const scratch = scratchOf(snapshot);
  const round = ++scratch.round;
  scratch.reachedIn.set(start, round);
  // Each hop reads the nodes the previous hop added to the queue.
  const visited = scratch.queue;
  visited.length = 0;
  visited.push(start);
  const found: string[] = [];
  let from = 0;
  for (let hop = 0; hop < maxHops && from < visited.length; hop++) {
    const until = visited.length;
    for (; from < until; from++) {
      const id = visited[from]!;
      let routes = scratch.routes.get(id);
      if (!routes) scratch.routes.set(id, (routes = snapshot.out(id, 'REFERS_TO')));
      for (const route of routes) {
        if (!accept(route) || scratch.reachedIn.get(route.to) === round) continue;
        scratch.reachedIn.set(route.to, round);
        scratch.via.set(route.to, route);
        const actor = snapshot.nodeOf('Actor', route.to);
        if (actor && atSupport(snapshot, actor)) found.push(actor.id);
        visited.push(route.to);
      }
    }
  }
  const reached = withVisited ? visited.slice() : [];
  if (found.length === 0) return { targets: NO_TARGETS, visited: reached };
  // A target's path, read back along the routes each node was reached by this round.
  const targets = new Map<string, Referral[]>();
  for (const id of found) {
    const path: Referral[] = [];
    for (let at = id; at !== start;) {
      const route = scratch.via.get(at)!;
      path.push(route);
      at = route.from;
    }
    targets.set(id, path.reverse());
  }
  return { targets, visited: reached };
}

const phasesOf = (snapshot: MapSnapshot, actorIds: Iterable<string>, routes: Iterable<Referral>): Set<string> => {
  const phases = new Set<string>();
  for (const id of actorIds) for (const p of snapshot.nodeOf('Actor', id)?.supportPhases ?? []) phases.add(p);
  for (const r of routes) if (r.phase) phases.add(r.phase);
  return phases;
};

const PHASE_SV: Record<string, string> = { ACUTE: 'akut stöd', MIDDLE: 'stöd i mellanfasen', LONG_TERM: 'långsiktigt stöd' };
const PHASE_EN: Record<string, string> = { ACUTE: 'acute support', MIDDLE: 'support in the middle phase', LONG_TERM: 'long-term support' };
const PHASE_ORDER = ['ACUTE', 'MIDDLE', 'LONG_TERM'];

function chainFindings(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>, maxHops: number, backed: RoutePredicate): Finding[] {
  const onward = snapshot.out(actor.id, 'REFERS_TO').filter(usable);
  if (onward.length === 0) return []; // reported as something to fill in
  const at = nameIn(snapshot, actor.id);
  const municipality = municipalityOf(snapshot, actor.id)?.id ?? 'none';
  const any = reach(snapshot, actor.id, maxHops, usable, true);
  if (any.targets.size === 0) {
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.dead-end', severity: 'HIGH', concept: 'PROCESSER', frame: 'ROUTINES',
      nodes: [actor.id, ...any.visited], relationships: onward.map((r) => r.id),
      severityReason: { sv: 'Kedjan från en verksamhet som möter familjer tar slut innan den når stöd.', en: 'The chain from an actor that meets families ends before it reaches support.' },
      explanation: {
        sv: `${at} lämnar över till ${listSv(names(snapshot, onward.map((r) => r.to)))}, men därifrån finns ingen väg vidare till socialtjänsten eller resurscentrum.`,
        en: `${at} hands over to ${listEn(names(snapshot, onward.map((r) => r.to)))}, but from there no route leads on to social services or the resource centre.`,
      },
      suggestion: {
        sv: 'Pröva kedjan med ett tänkt fall: vem tar emot efter nästa steg? Lägg till eller formalisera vägen till socialtjänsten.',
        en: 'Test the chain with an imagined case: who receives after the next step? Add or formalise the route to social services.',
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
      kind: 'BROKEN_CHAIN', rule: 'chain.planned-only', severity: 'MEDIUM', concept: 'BESLUT', frame: 'ROUTINES', evidence: 'RECORDED',
      nodes: pathNodes, relationships: pathIds,
      severityReason: { sv: 'Kedjan finns bara som plan.', en: 'The chain exists only as a plan.' },
      explanation: { sv: `Vägen ${pathText(' → ')} är planerad men inte i gång.`, en: `The route ${pathText(' → ')} is planned but not working yet.` },
      suggestion: { sv: 'Besluta om och starta de planerade överlämningarna, med ansvarig och tidplan.', en: 'Decide on and start the planned handovers, with an owner and a date.' },
    }));
  } else if (!OUTSIDE_SECTORS.has(actor.sector) && reach(snapshot, actor.id, maxHops, backed).targets.size === 0) {
    // Civil society guides onward by trust, not by routine; the reporting duty and routines bind the public services.
    const weak = firstPath.filter((r) => !backed(r));
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.weak-routes', severity: 'MEDIUM', concept: 'RUTINER', frame: 'ROUTINES',
      nodes: pathNodes, relationships: pathIds, groupKey: `weak-routes:${municipality}`,
      severityReason: { sv: 'Överlämningen bygger på personliga kontakter, inte på lag eller rutin.', en: 'The handover rests on personal contacts, not on law or a routine.' },
      explanation: {
        sv: `Från ${at} når man stödet bara via vägar som varken är lagstadgade eller har en rutin (${listSv(weak.map((r) => `${nameOf(snapshot.node(r.from))} → ${nameOf(snapshot.node(r.to))}`), 3)}).`,
        en: `From ${at} support is reached only via routes that are neither statutory nor governed by a routine (${listEn(weak.map((r) => `${nameOf(snapshot.node(r.from))} → ${nameOf(snapshot.node(r.to))}`), 3)}).`,
      },
      suggestion: { sv: 'Skriv en rutin för överlämningen och förankra den hos båda parter.', en: 'Write a routine for the handover and anchor it with both parties.' },
    }));
  }
  const allTargets = [...any.targets.keys()];
  const phases = phasesOf(snapshot, [...allTargets, ...any.visited], [...any.targets.values()].flat());
  if (phases.size > 0 && !phases.has('LONG_TERM')) {
    const present = PHASE_ORDER.filter((p) => phases.has(p));
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.no-long-term', severity: 'MEDIUM', concept: 'PROCESSER', frame: 'PHASES', evidence: 'RECORDED',
      nodes: [actor.id, ...allTargets], groupKey: `no-long-term:${municipality}`,
      severityReason: { sv: 'Stödet tar slut innan familjen har fått långsiktigt stöd.', en: 'Support ends before the family has long-term support.' },
      explanation: {
        sv: `Kedjan från ${at} leder till ${listSv(names(snapshot, allTargets))} och ger ${listSv(present.map((p) => PHASE_SV[p]!))}, men inget långsiktigt stöd.`,
        en: `The chain from ${at} leads to ${listEn(names(snapshot, allTargets))} and gives ${listEn(present.map((p) => PHASE_EN[p]!))}, but no long-term support.`,
      },
      suggestion: { sv: 'Knyt på långsiktigt stöd, till exempel öppenvård, föräldraskapsstöd i grupp eller civilsamhälle.', en: 'Add long-term support, for example open care, group parental support or civil society.' },
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
    // The forum the two ends shared, if it is paused, is usually why.
    const shared = snapshot.out(from.id, 'MEMBER_OF').map((m) => snapshot.nodeOf('Network', m.to))
      .filter((n): n is NodeRecord<'Network'> => n !== undefined && (n.status === 'DORMANT' || n.status === 'ENDED') && snapshot.in(n.id, 'MEMBER_OF').some((m) => m.from === to.id));
    const paused = shared.map((n) => n.name).sort();
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.broken-route', severity: 'HIGH', concept: 'PROCESSER', frame: 'ROUTINES', evidence: 'RECORDED',
      nodes: [from.id, to.id, ...shared.map((n) => n.id)], relationships: [route.id],
      severityReason: { sv: 'En känd överlämning fungerar inte.', en: 'A known handover does not work.' },
      explanation: paused.length
        ? { sv: `Överlämningen ${text} är bruten. Samarbetet i ${listSv(paused)} har pausats.`, en: `The handover ${text} is broken. The collaboration in ${listEn(paused)} has been paused.` }
        : { sv: `Överlämningen ${text} är bruten.`, en: `The handover ${text} is broken.` },
      suggestion: { sv: 'Ta reda på varför och laga den: vem äger överlämningen, och vad behöver mottagaren?', en: 'Find out why and mend it: who owns the handover, and what does the receiver need?' },
    })];
  }
  const fromMunicipality = municipalityOf(snapshot, from.id);
  const toMunicipality = municipalityOf(snapshot, to.id);
  const crosses = fromMunicipality && toMunicipality && fromMunicipality.id !== toMunicipality.id;
  if (crosses && route.kind !== 'STATUTORY' && (ORGANISATION_KINDS.has(to.kind) || route.routineId === null)) {
    return [makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: 'chain.cross-border-unowned', severity: 'MEDIUM', concept: 'ORGANISATION', frame: 'ROUTINES',
      nodes: [from.id, to.id], relationships: [route.id], areas: [fromMunicipality.id, toMunicipality.id],
      severityReason: { sv: 'Överlämningar över kommungränsen tappas lätt bort.', en: 'Handovers across municipal borders are easily lost.' },
      explanation: {
        sv: `${text} går från ${fromMunicipality.name} till ${toMunicipality.name} utan ${ORGANISATION_KINDS.has(to.kind) ? 'en namngiven mottagare' : 'rutin'}.`,
        en: `${text} crosses from ${fromMunicipality.name} into ${toMunicipality.name} with no ${ORGANISATION_KINDS.has(to.kind) ? 'named receiver' : 'routine'}.`,
      },
      suggestion: { sv: 'Kom överens mellan kommunerna om vem som tar emot och hur, i en gemensam rutin.', en: 'Agree between the municipalities who receives and how, in a shared routine.' },
    })];
  }
  return [];
}

export function chainFindingsAll(snapshot: MapSnapshot, maxHops: number): Finding[] {
  const findings: Finding[] = [];
  const backed = backedBy(snapshot);
  for (const actor of snapshot.all('Actor')) if (isFirstLine(actor)) findings.push(...chainFindings(snapshot, actor, maxHops, backed));
  for (const route of snapshot.relsOfType('REFERS_TO')) findings.push(...routeFindings(snapshot, route));
  return findings;
}

/** What each kind of document is called in running text, with its definite form. */
const DOCUMENT_WORDS: Record<string, { sv: string; svDefinite: string; en: string }> = {
  ROUTINE: { sv: 'rutin', svDefinite: 'rutinen', en: 'routine' },
  ACTION_PLAN: { sv: 'handlingsplan', svDefinite: 'handlingsplanen', en: 'action plan' },
  GUIDELINE: { sv: 'riktlinje', svDefinite: 'riktlinjen', en: 'guideline' },
  AGREEMENT: { sv: 'överenskommelse', svDefinite: 'överenskommelsen', en: 'agreement' },
  DECISION: { sv: 'beslut', svDefinite: 'beslutet', en: 'decision' },
  TRAINING_PLAN: { sv: 'utbildningsplan', svDefinite: 'utbildningsplanen', en: 'training plan' },
  INFORMATION: { sv: 'information', svDefinite: 'informationen', en: 'information material' },
};

/**
 * Routines, plans and decisions that are missing, partial or unknown, as the mapping recorded
 * them: without them a handover depends on who happens to be at work.
 */
export function routineFindings(snapshot: MapSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const routine of snapshot.all('Routine')) {
    if (routine.status !== 'MISSING' && routine.status !== 'PARTIAL' && routine.status !== 'UNKNOWN') continue;
    const owners = snapshot.sources(routine.id, 'HAS_ROUTINE', 'Actor');
    const topics = snapshot.targets(routine.id, 'COVERS', 'Topic');
    const hrv = topics.some((t) => t.id === 'topic-hrv' || /heder/i.test(t.name));
    const decision = routine.kind === 'DECISION';
    const severity = routine.status === 'MISSING' ? (hrv ? 'HIGH' : 'MEDIUM') : 'LOW';
    const w = DOCUMENT_WORDS[routine.kind]!;
    const who = owners.length ? { sv: `${listSv(owners.map((o) => o.name))}: `, en: `${listEn(owners.map((o) => o.name))}: ` } : { sv: '', en: '' };
    const explanation = routine.status === 'MISSING'
      ? { sv: `${who.sv}”${routine.name}” saknas.`, en: `${who.en}"${routine.name}" is missing (${w.en}).` }
      : routine.status === 'PARTIAL'
        ? { sv: `${who.sv}”${routine.name}” finns bara delvis.`, en: `${who.en}"${routine.name}" exists only in part.` }
        : { sv: `${who.sv}det är oklart om ”${routine.name}” finns; svaret i kartläggningen var ”vet ej”.`, en: `${who.en}it is unclear whether "${routine.name}" exists; the mapping's answer was "don't know".` };
    findings.push(makeFinding(snapshot, {
      kind: 'BROKEN_CHAIN', rule: `chain.routine-${routine.status.toLowerCase()}`, severity, evidence: 'RECORDED',
      concept: decision ? 'BESLUT' : routine.status === 'UNKNOWN' ? 'KUNSKAP' : 'RUTINER', frame: decision ? 'DECISION' : 'ROUTINES',
      nodes: [routine.id, ...owners.map((o) => o.id)], reach: 1,
      severityReason: severity === 'HIGH'
        ? { sv: decision ? 'Ett beslut om arbetet mot hedersrelaterat våld saknas.' : `En ${w.sv} för arbetet mot hedersrelaterat våld saknas.`, en: `A ${w.en} on honour-related violence is missing.` }
        : severity === 'MEDIUM'
          ? { sv: decision ? 'Ett beslut saknas.' : `En ${w.sv} saknas.`, en: `A ${w.en} is missing.` }
          : { sv: `${w.svDefinite[0]!.toUpperCase()}${w.svDefinite.slice(1)} finns delvis eller är okänd.`, en: `The ${w.en} exists in part or is unknown.` },
      explanation,
      suggestion: routine.status === 'UNKNOWN'
        ? { sv: decision ? 'Ta reda på om beslutet finns och gör det känt i verksamheterna.' : `Ta reda på om ${w.svDefinite} finns och var den förvaras, och gör den känd.`, en: `Find out whether the ${w.en} exists and where it is kept, and make it known.` }
        : decision
          ? { sv: 'Ta upp frågan för beslut i ansvarig nämnd eller ledning, och gör beslutet känt i verksamheterna.', en: 'Bring the question to the responsible board or management for a decision, and make it known in the services.' }
          : { sv: `Ta fram eller komplettera ${w.svDefinite}, låt ledningen anta den och gör den känd i verksamheterna.`, en: `Draft or complete the ${w.en}, have management adopt it and make it known in the services.` },
    }));
  }
  return findings;
}

export const CHAIN_GROUP_TEXTS: Record<string, GroupText> = {
  'chain.weak-routes': (snapshot, members) => {
    const starts = names(snapshot, members.map((m) => m.subjects.nodes[0]!));
    const area = snapshot.nodeOf('Area', members[0]!.municipalityId ?? '');
    return {
      explanation: {
        sv: `Från ${countSv(starts.length, 'verksamhet', 'verksamheter')}${area ? ` i ${area.name}` : ''} når man stödet bara via vägar som varken är lagstadgade eller har en rutin: ${listSv(starts, 8)}.`,
        en: `From ${starts.length} services${area ? ` in ${area.name}` : ''} support is reached only via routes that are neither statutory nor governed by a routine: ${listEn(starts, 8)}.`,
      },
      suggestion: members[0]!.suggestion,
    };
  },
  'chain.no-long-term': (snapshot, members) => {
    const starts = names(snapshot, members.map((m) => m.subjects.nodes[0]!));
    const area = snapshot.nodeOf('Area', members[0]!.municipalityId ?? '');
    return {
      explanation: {
        sv: `Kedjorna från ${countSv(starts.length, 'verksamhet', 'verksamheter')}${area ? ` i ${area.name}` : ''} når inget långsiktigt stöd: ${listSv(starts, 8)}.`,
        en: `The chains from ${starts.length} services${area ? ` in ${area.name}` : ''} reach no long-term support: ${listEn(starts, 8)}.`,
      },
      suggestion: members[0]!.suggestion,
    };
  },
};
