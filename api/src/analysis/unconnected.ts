/**
 * Unconnected actors: in no network and on no referral route; in no network at all; and
 * first-line actors with no route onward. Organisation structure counts: a unit inside a unit that
 * takes part (an open-care unit of social services, a local BVC of the region's child health care)
 * takes part through it, and a unit that reaches collaboration only through its whole municipality
 * or region is told apart from one that is outside everything — and the finding says through whom.
 * Findings are grouped per municipality so a hub gets one item per place and kind, not one per actor.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { municipalityOf } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import type { GroupText } from './grouping.js';
import { BY_DEFINITION_COLLABORATIONS, isFirstLine, NON_PARTICIPANT_KINDS, ORGANISATION_KINDS } from './policy.js';
import { countSv, listEn, listSv, nameIn, svCollator } from './text.js';

const OUTSIDE_SECTORS = new Set(['CIVIL_SOCIETY', 'PRIVATE', 'FAITH']);

const live = (s: MapSnapshot, networkId: string) => {
  const status = s.nodeOf('Network', networkId)?.status;
  return status === 'ACTIVE' || status === 'PLANNED';
};

/** The live networks the actor takes part in: as member, convener, or through a seated person. */
export function networksOf(snapshot: MapSnapshot, id: string): string[] {
  return [...new Set([
    ...snapshot.out(id, 'MEMBER_OF').map((r) => r.to),
    ...snapshot.out(id, 'CONVENES').map((r) => r.to),
    ...snapshot.in(id, 'REPRESENTS').flatMap((r) => snapshot.out(r.from, 'SITS_IN').map((s) => s.to)),
  ])].filter((n) => live(snapshot, n));
}

const routesOut = (s: MapSnapshot, id: string) => s.out(id, 'REFERS_TO').filter((r) => r.status !== 'BROKEN');
const routesIn = (s: MapSnapshot, id: string) => s.in(id, 'REFERS_TO').filter((r) => r.status !== 'BROKEN');
const takesPart = (s: MapSnapshot, id: string) => networksOf(s, id).length > 0 || routesOut(s, id).length > 0 || routesIn(s, id).length > 0;

const organisationCache = new WeakMap<MapSnapshot, Map<string, boolean>>();

/** Whether a whole organisation takes part: itself, or through any of its units (remembered per snapshot). */
function organisationTakesPart(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>, depth = 0): boolean {
  const known = organisationCache.get(snapshot) ?? organisationCache.set(snapshot, new Map()).get(snapshot)!;
  const cached = known.get(actor.id);
  if (cached !== undefined) return cached;
  const result = takesPart(snapshot, actor.id) ||
    (depth < 3 && snapshot.sources(actor.id, 'PART_OF', 'Actor').some((unit) => organisationTakesPart(snapshot, unit, depth + 1)));
  if (depth === 0) known.set(actor.id, result);
  return result;
}

/** The nearest organisation above the actor that takes part, and whether it is a whole organisation. */
function through(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>): NodeRecord<'Actor'> | undefined {
  const seen = new Set([actor.id]);
  for (let parent = snapshot.targets(actor.id, 'PART_OF', 'Actor')[0]; parent && !seen.has(parent.id); parent = snapshot.targets(parent.id, 'PART_OF', 'Actor')[0]) {
    seen.add(parent.id);
    if (ORGANISATION_KINDS.has(parent.kind) ? organisationTakesPart(snapshot, parent) : takesPart(snapshot, parent.id)) return parent;
  }
  return undefined;
}

const place = (snapshot: MapSnapshot, id: string) => municipalityOf(snapshot, id)?.id ?? snapshot.areaOf(id)?.id ?? 'none';

export function unconnectedFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const actor of snapshot.all('Actor')) {
    if (NON_PARTICIPANT_KINDS.has(actor.kind)) continue;
    const outside = OUTSIDE_SECTORS.has(actor.sector);
    const firstLine = isFirstLine(actor);
    const name = nameIn(snapshot, actor.id);
    const at = place(snapshot, actor.id);
    // An actor with units of its own (a municipality, a national association with local chapters)
    // takes part through them; if none does, the units are the ones reported.
    const organisation = ORGANISATION_KINDS.has(actor.kind) || snapshot.in(actor.id, 'PART_OF').length > 0;
    if (organisation && !organisationTakesPart(snapshot, actor)) continue;
    if (BY_DEFINITION_COLLABORATIONS.has(actor.kind) && !takesPart(snapshot, actor.id)) continue;
    if (!organisation && !takesPart(snapshot, actor.id)) {
      const parent = through(snapshot, actor);
      if (parent && !ORGANISATION_KINDS.has(parent.kind)) continue; // takes part through its own unit
      if (parent) {
        // Reaches collaboration only through its whole municipality or region.
        const parentNetworks = networksOfOrganisation(snapshot, parent);
        findings.push(makeFinding(snapshot, {
          kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.only-through-organisation', nodes: [actor.id, parent.id], concept: 'SAMVERKAN', frame: 'ARENAS',
          severity: firstLine ? 'MEDIUM' : 'LOW', evidence: 'STRUCTURAL', reach: 1, groupKey: `only-through:${firstLine}:${at}:${parent.id}`,
          severityReason: firstLine
            ? { sv: 'Verksamheten möter familjer men är inte själv med i någon samverkan.', en: 'It meets families but takes part in no collaboration itself.' }
            : { sv: 'Verksamheten är inte själv med i någon samverkan.', en: 'It takes part in no collaboration itself.' },
          explanation: {
            sv: `${name} är inte själv med i något nätverk och har ingen hänvisningsväg på kartan. Kontakten med samverkan går bara genom ${parent.name}${parentNetworks.length ? `, som är med i ${listSv(parentNetworks, 3)}` : ''}.`,
            en: `${name} is in no network itself and has no referral route on the map. Its only link to collaboration is through ${parent.name}${parentNetworks.length ? `, which takes part in ${listEn(parentNetworks, 3)}` : ''}.`,
          },
          suggestion: {
            sv: `Ta reda på om ${actor.name} är med i samverkan som inte finns på kartan, annars bjud in verksamheten till ett lokalt nätverk och kom överens om vart den kan vägleda en orolig förälder.`,
            en: `Find out whether ${actor.name} takes part in collaboration the map does not show; otherwise invite it to a local network and agree where it can guide a worried parent.`,
          },
        }));
        continue;
      }
      // Known only by name (listed as offering support, nothing said about its work): whether it
      // collaborates is unknown, so it is something to fill in, not a gap.
      if (!actor.description) {
        findings.push(makeFinding(snapshot, {
          kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.unknown-ties', nodes: [actor.id], concept: 'SAMVERKAN', frame: 'ARENAS',
          severity: 'LOW', class: 'TO_FILL_IN', missingField: { sv: 'vilka aktören samarbetar med', en: 'whom the actor works with' }, reach: 1,
          groupKey: `unknown-ties:${at}`,
          severityReason: { sv: 'Kartan vet bara att aktören finns.', en: 'The map only knows the actor exists.' },
          explanation: { sv: `Kartan visar inte vilka ${name} samarbetar med eller vart de vägleder föräldrar.`, en: `The map does not show whom ${name} works with or where they guide parents.` },
          suggestion: { sv: `Fråga ${actor.name} vilka de samarbetar med, och fyll i kartan.`, en: `Ask ${actor.name} whom they work with, and fill in the map.` },
        }));
        continue;
      }
      const severity = firstLine && !outside ? 'HIGH' : outside ? 'MEDIUM' : 'LOW';
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: outside ? 'unconnected.isolated-outside' : 'unconnected.isolated', nodes: [actor.id], concept: 'SAMVERKAN', frame: 'ARENAS',
        severity, evidence: 'STRUCTURAL', reach: 1, groupKey: `isolated:${outside ? 'outside' : firstLine ? 'first-line' : 'other'}:${at}`,
        severityReason: firstLine && !outside
          ? { sv: 'Verksamheten möter familjer direkt men står utanför allt samarbete.', en: 'It meets families directly yet stands outside all collaboration.' }
          : outside
            ? { sv: 'Civilsamhället vill samverka mer med myndigheterna men blir lätt lämnat utanför.', en: 'Civil society wants more collaboration with the authorities but is easily left outside.' }
            : { sv: 'Aktören står utanför nätverk och hänvisningsvägar.', en: 'The actor is outside every network and referral route.' },
        explanation: {
          sv: `${name} finns inte i något nätverk och har ingen hänvisningsväg till eller från sig.`,
          en: `${name} is in no network and has no referral route in or out.`,
        },
        suggestion: {
          sv: `Ta kontakt med ${actor.name}: bjud in till ett lokalt nätverk och kom överens om vart de kan vägleda en orolig förälder.`,
          en: `Contact ${actor.name}: invite them to a local network and agree where they can guide a worried parent.`,
        },
      }));
      continue;
    }
    if (!organisation && networksOf(snapshot, actor.id).length === 0) {
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.no-network', nodes: [actor.id], concept: 'SAMVERKAN', frame: 'ARENAS',
        severity: 'LOW', class: 'TO_FILL_IN', missingField: { sv: 'nätverk som aktören är med i', en: 'networks the actor takes part in' },
        reach: 1, groupKey: `no-network:${at}`,
        severityReason: { sv: 'Aktören har hänvisningsvägar men inget forum att samverka i på kartan.', en: 'The actor has referral routes but no forum to collaborate in on the map.' },
        explanation: { sv: `${name} finns inte i något nätverk på kartan.`, en: `${name} is in no network on the map.` },
        suggestion: { sv: `Fråga ${actor.name} vilka nätverk de är med i, och fyll i kartan.`, en: `Ask ${actor.name} which networks they take part in, and fill in the map.` },
      }));
    }
    if (firstLine && routesOut(snapshot, actor.id).filter((r) => r.trigger !== 'OTHER').length === 0) {
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.first-line-no-onward-route', nodes: [actor.id], concept: 'PROCESSER', frame: 'ROUTINES',
        severity: 'LOW', class: 'TO_FILL_IN', missingField: { sv: 'vart verksamheten lämnar över vid oro', en: 'where it hands over a concern' },
        reach: 1, groupKey: `no-onward-route:${at}`,
        severityReason: { sv: 'En verksamhet som möter familjer behöver veta vart den kan lämna över.', en: 'An actor that meets families needs to know where to hand over.' },
        explanation: {
          sv: `${name} möter föräldrar och barn, men kartan visar inte vart de lämnar över vid oro.`,
          en: `${name} meets parents and children, but the map does not show where they hand over a concern.`,
        },
        suggestion: {
          sv: `Fråga ${actor.name} vart de vägleder en orolig förälder (till exempel socialtjänsten) och lägg in vägen.`,
          en: `Ask ${actor.name} where they guide a worried parent (for example social services) and add the route.`,
        },
      }));
    }
  }
  return findings;
}

function networksOfOrganisation(snapshot: MapSnapshot, organisation: NodeRecord<'Actor'>): string[] {
  const ids = new Set(networksOf(snapshot, organisation.id));
  for (const unit of snapshot.sources(organisation.id, 'PART_OF', 'Actor')) for (const n of networksOf(snapshot, unit.id)) ids.add(n);
  return [...ids].map((id) => snapshot.nodeOf('Network', id)?.name ?? id).sort(svCollator.compare);
}

const actorNames = (snapshot: MapSnapshot, members: readonly RawFinding[]) =>
  [...new Set(members.map((m) => snapshot.nodeOf('Actor', m.subjects.nodes[0]!)?.name ?? ''))].sort(svCollator.compare);
const placeName = (snapshot: MapSnapshot, m: RawFinding) => {
  const area = snapshot.nodeOf('Area', m.municipalityId ?? '') ?? snapshot.areaOf(m.subjects.nodes[0]!);
  return area ? { sv: ` i ${area.name}`, en: ` in ${area.name}` } : { sv: '', en: '' };
};

export const UNCONNECTED_GROUP_TEXTS: Record<string, GroupText> = {
  'unconnected.isolated': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    const firstLine = members[0]!.severity === 'HIGH';
    return {
      explanation: {
        sv: `${countSv(names.length, firstLine ? 'verksamhet som möter familjer' : 'verksamhet', firstLine ? 'verksamheter som möter familjer' : 'verksamheter')}${where.sv} finns inte i något nätverk och har ingen hänvisningsväg: ${listSv(names, 8)}.`,
        en: `${names.length} ${firstLine ? 'services that meet families' : 'services'}${where.en} are in no network and have no referral route: ${listEn(names, 8)}.`,
      },
      suggestion: {
        sv: 'Bjud in dem till ett lokalt nätverk och kom överens om vart de kan vägleda en orolig förälder.',
        en: 'Invite them to a local network and agree where they can guide a worried parent.',
      },
    };
  },
  'unconnected.isolated-outside': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    return {
      explanation: {
        sv: `${countSv(names.length, 'förening, trossamfund eller privat aktör', 'föreningar, trossamfund och privata aktörer')}${where.sv} står utanför alla nätverk och hänvisningsvägar på kartan: ${listSv(names, 8)}.`,
        en: `${names.length} associations, faith communities and private actors${where.en} stand outside every network and referral route on the map: ${listEn(names, 8)}.`,
      },
      suggestion: {
        sv: 'Civilsamhället vill samverka mer med myndigheterna. Bjud in dem till ett lokalt forum och ge dem en trygg väg att lotsa en orolig förälder vidare.',
        en: 'Civil society wants more collaboration with the authorities. Invite them to a local forum and give them a safe way to guide a worried parent onward.',
      },
    };
  },
  'unconnected.only-through-organisation': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    const parent = snapshot.nodeOf('Actor', members[0]!.subjects.nodes[1]!)?.name ?? '';
    return {
      explanation: {
        sv: `${countSv(names.length, 'verksamhet', 'verksamheter')}${where.sv} är inte själva med i något nätverk och har ingen hänvisningsväg på kartan; kontakten med samverkan går bara genom ${parent}: ${listSv(names, 8)}.`,
        en: `${names.length} services${where.en} are in no network themselves and have no referral route on the map; their only link to collaboration is through ${parent}: ${listEn(names, 8)}.`,
      },
      suggestion: {
        sv: 'Ta reda på om de är med i samverkan som inte finns på kartan, annars bjud in dem till ett lokalt nätverk.',
        en: 'Find out whether they take part in collaboration the map does not show; otherwise invite them to a local network.',
      },
    };
  },
  'unconnected.unknown-ties': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    return {
      explanation: { sv: `Kartan visar inte vilka ${countSv(names.length, 'aktör', 'aktörer')}${where.sv} samarbetar med: ${listSv(names, 8)}.`, en: `The map does not show whom ${names.length} actors${where.en} work with: ${listEn(names, 8)}.` },
      suggestion: { sv: 'Fråga dem vilka de samarbetar med och vart de vägleder föräldrar, och fyll i kartan.', en: 'Ask them whom they work with and where they guide parents, and fill in the map.' },
    };
  },
  'unconnected.no-network': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    return {
      explanation: { sv: `${countSv(names.length, 'aktör', 'aktörer')}${where.sv} har hänvisningsvägar men finns inte i något nätverk på kartan: ${listSv(names, 8)}.`, en: `${names.length} actors${where.en} have referral routes but are in no network on the map: ${listEn(names, 8)}.` },
      suggestion: { sv: 'Fråga dem vilka nätverk de är med i, och fyll i kartan.', en: 'Ask them which networks they take part in, and fill in the map.' },
    };
  },
  'unconnected.first-line-no-onward-route': (snapshot, members) => {
    const names = actorNames(snapshot, members);
    const where = placeName(snapshot, members[0]!);
    return {
      explanation: { sv: `Kartan visar inte vart ${countSv(names.length, 'verksamhet', 'verksamheter')}${where.sv} som möter familjer lämnar över vid oro: ${listSv(names, 8)}.`, en: `The map does not show where ${names.length} services${where.en} that meet families hand over a concern: ${listEn(names, 8)}.` },
      suggestion: { sv: 'Fråga dem vart de vägleder en orolig förälder och lägg in vägarna.', en: 'Ask them where they guide a worried parent and add the routes.' },
    };
  },
};
