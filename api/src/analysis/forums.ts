/**
 * How the work is organised, as the report reads each municipality: forums that are paused or
 * ended, a municipality with no active forum on honour-related violence, a municipality where
 * nobody is given the task of coordinating parental support, and a routine meant for a whole
 * organisation that only one of its units holds (the information stays in that unit).
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import type { GroupText } from './grouping.js';
import { HRV_TOPIC, isFirstLine, ORGANISATION_KINDS, PARENTAL_SUPPORT_TOPIC } from './policy.js';
import { countSv, listEn, listSv, nameIn, names } from './text.js';

const addresses = (s: MapSnapshot, networkId: string, topic: string) => s.out(networkId, 'ADDRESSES').some((r) => r.to === topic);
const STATUS_SV = { DORMANT: 'är vilande', ENDED: 'har upphört' } as const;
const STATUS_EN = { DORMANT: 'is dormant', ENDED: 'has ended' } as const;

export function forumFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  const networksIn = new Map<string, NodeRecord<'Network'>[]>();
  for (const network of snapshot.all('Network')) {
    const area = snapshot.areaOf(network.id)?.id ?? '';
    (networksIn.get(area) ?? networksIn.set(area, []).get(area)!).push(network);
  }

  for (const network of snapshot.all('Network')) {
    if (network.status !== 'DORMANT' && network.status !== 'ENDED') continue;
    const members = [...snapshot.in(network.id, 'MEMBER_OF'), ...snapshot.in(network.id, 'CONVENES')].map((r) => r.from);
    if (members.length === 0 && network.status === 'ENDED') continue; // nobody relies on it any more
    const status = network.status;
    const area = snapshot.areaOf(network.id);
    const topics = snapshot.out(network.id, 'ADDRESSES').map((r) => r.to);
    const replaced = (networksIn.get(area?.id ?? '') ?? []).some((other) => other.id !== network.id && other.status === 'ACTIVE' && other.kind === network.kind && topics.length > 0 && topics.every((t) => addresses(snapshot, other.id, t)));
    if (replaced) continue;
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'forums.paused-or-ended', severity: 'MEDIUM', concept: 'ORGANISATION', frame: 'COORDINATION', evidence: 'RECORDED',
      nodes: [network.id, ...members], reach: Math.max(1, members.length), groupKey: `paused:${area?.id ?? 'none'}`,
      severityReason: { sv: 'Ett forum som verksamheterna räknat med finns inte längre i gång.', en: 'A forum the services counted on is no longer running.' },
      explanation: {
        sv: `${nameIn(snapshot, network.id)} ${STATUS_SV[status]}${members.length ? `, men ${new Set(members).size === 1 ? 'en aktör står' : `${new Set(members).size} aktörer står`} fortfarande som ${new Set(members).size === 1 ? 'medlem' : 'medlemmar'}` : ''}. Inget annat forum på kartan har tagit över uppgiften.`,
        en: `${nameIn(snapshot, network.id)} ${STATUS_EN[status]}${members.length ? `, yet ${new Set(members).size} actors are still listed as members` : ''}. No other forum on the map has taken over its task.`,
      },
      suggestion: { sv: 'Bestäm om forumet ska startas igen, ersättas eller avslutas, och berätta det för dem som räknar med det.', en: 'Decide whether the forum is to restart, be replaced or be closed, and tell those who count on it.' },
    }));
  }

  for (const [municipalityId, actors] of actorsByMunicipality(snapshot)) {
    const municipality = snapshot.nodeOf('Area', municipalityId)!;
    if (actors.filter((a) => !ORGANISATION_KINDS.has(a.kind)).length < 3) continue; // not mapped yet
    const local = (networksIn.get(municipalityId) ?? []);
    const hrvForums = local.filter((n) => addresses(snapshot, n.id, HRV_TOPIC));
    if (!hrvForums.some((n) => n.status === 'ACTIVE')) {
      const planned = hrvForums.filter((n) => n.status === 'PLANNED').map((n) => n.name).sort();
      findings.push(makeFinding(snapshot, {
        kind: 'MISSING_REPRESENTATION', rule: 'forums.no-hrv-forum', severity: 'HIGH', concept: 'SAMVERKAN', frame: 'COORDINATION', evidence: 'STRUCTURAL',
        nodes: [municipalityId, ...hrvForums.map((n) => n.id)], areas: [municipalityId], reach: actors.length,
        severityReason: { sv: 'Utan ett forum vet verksamheterna inte vem de ska samverka med kring heder.', en: 'Without a forum the services do not know whom to work with on honour-related violence.' },
        explanation: {
          sv: `${municipality.name} har inget forum i gång där verksamheterna samverkar kring hedersrelaterat våld och förtryck${planned.length ? `; ${listSv(planned)} finns bara som plan` : ''}.`,
          en: `${municipality.name} has no running forum where the services work together on honour-related violence and oppression${planned.length ? `; ${listEn(planned)} is only planned` : ''}.`,
        },
        suggestion: {
          sv: `Samla socialtjänsten, skolan, förskolan, barnhälsovården och polisen i ${municipality.name} i ett forum med en sammankallande, eller ge ett befintligt nätverk uppdraget.`,
          en: `Bring social services, schools, preschools, child health care and the police in ${municipality.name} together in a forum with a convener, or give an existing network the task.`,
        },
      }));
    }
    const coordinators = actors.filter((a) => a.kind === 'COORDINATOR' && snapshot.out(a.id, 'WORKS_ON').some((r) => r.to === PARENTAL_SUPPORT_TOPIC));
    const steering = local.filter((n) => n.status === 'ACTIVE' && (n.kind === 'STEERING_GROUP' || n.kind === 'WORKING_GROUP') && addresses(snapshot, n.id, PARENTAL_SUPPORT_TOPIC)
      && (snapshot.in(n.id, 'CONVENES').length > 0 || snapshot.in(n.id, 'MEMBER_OF').some((m) => m.role === 'CHAIR')));
    if (coordinators.length === 0 && steering.length === 0) {
      findings.push(makeFinding(snapshot, {
        kind: 'FRAGILITY', rule: 'forums.no-coordination', severity: 'MEDIUM', concept: 'ORGANISATION', frame: 'COORDINATION', evidence: 'STRUCTURAL',
        nodes: [municipalityId], areas: [municipalityId], reach: actors.length,
        severityReason: { sv: 'Utan samordning blir arbetet beroende av enskilda personers engagemang.', en: 'Without coordination the work depends on individual people’s commitment.' },
        explanation: {
          sv: `Ingen i ${municipality.name} har på kartan uppdraget att samordna föräldraskapsstödet: det finns ingen samordnare för föräldraskapsstöd och ingen styrgrupp eller arbetsgrupp med en sammankallande.`,
          en: `Nobody in ${municipality.name} has, on the map, the task of coordinating parental support: there is no parental-support coordinator and no steering or working group with a convener.`,
        },
        suggestion: {
          sv: `Utse en samordnare och en styrgrupp för föräldraskapsstödet i ${municipality.name}, med uppdrag över förvaltningsgränserna.`,
          en: `Appoint a coordinator and a steering group for parental support in ${municipality.name}, with a remit across the administrations.`,
        },
      }));
    }
  }

  for (const routine of snapshot.all('Routine')) {
    if (routine.status !== 'ADOPTED' && routine.status !== 'PARTIAL' && routine.status !== 'OUTDATED') continue;
    const holders = snapshot.sources(routine.id, 'HAS_ROUTINE', 'Actor');
    const organisation = holders.find((h) => ORGANISATION_KINDS.has(h.kind));
    const units = holders.filter((h) => h !== organisation);
    if (!organisation || units.length === 0) continue;
    const topics = new Set(snapshot.out(routine.id, 'COVERS').map((r) => r.to));
    // The organisation's own units that meet families and work on the routine's questions
    // (recorded as their topic, or in a network on it), yet do not hold it.
    const colleagues = new Set<string>();
    for (const unit of snapshot.sources(organisation.id, 'PART_OF', 'Actor')) {
      if (!isFirstLine(unit) || holders.some((h) => h.id === unit.id)) continue;
      const works = snapshot.out(unit.id, 'WORKS_ON').some((r) => topics.has(r.to)) ||
        snapshot.out(unit.id, 'MEMBER_OF').some((m) => snapshot.nodeOf('Network', m.to)?.status === 'ACTIVE' && [...topics].some((t) => addresses(snapshot, m.to, t)));
      if (works) colleagues.add(unit.id);
    }
    if (colleagues.size === 0) continue;
    const without = names(snapshot, colleagues);
    if (routine.kind === 'INFORMATION') { findings.push(informationInOneUnit(snapshot, routine, organisation, units, [...colleagues], without)); continue; }
    findings.push(makeFinding(snapshot, {
      kind: 'MISSING_REPRESENTATION', rule: 'forums.routine-in-one-unit', severity: 'MEDIUM', concept: 'KOMMUNIKATION', frame: 'ROUTINES', evidence: 'RECORDED',
      nodes: [routine.id, organisation.id, ...units.map((u) => u.id), ...colleagues], reach: colleagues.size,
      severityReason: { sv: 'En rutin som bara en verksamhet känner till hjälper inte dem som möter familjerna.', en: 'A routine only one service knows does not help those who meet the families.' },
      explanation: {
        sv: `”${routine.name}” gäller hela ${organisation.name}, men bara ${listSv(units.map((u) => u.name))} hänvisar till den. ${listSv(without, 5)} arbetar med samma frågor men har inte rutinen på kartan.`,
        en: `"${routine.name}" applies to all of ${organisation.name}, but only ${listEn(units.map((u) => u.name))} refers to it. ${listEn(without, 5)} work on the same questions but do not hold it on the map.`,
      },
      suggestion: {
        sv: `Sprid rutinen till ${countSv(without.length, 'verksamhet', 'verksamheter')} som möter familjer, till exempel genom det gemensamma nätverket, och följ upp att den är känd.`,
        en: `Spread the routine to the ${without.length} services that meet families, for example through the shared network, and follow up that it is known.`,
      },
    }));
  }
  return findings;
}

/** Information material that one unit holds for the whole organisation: the others meeting parents do not know it. */
function informationInOneUnit(snapshot: MapSnapshot, material: NodeRecord<'Routine'>, organisation: NodeRecord<'Actor'>, units: readonly NodeRecord<'Actor'>[], colleagues: readonly string[], without: readonly string[]): RawFinding {
  return makeFinding(snapshot, {
    kind: 'MISSING_REPRESENTATION', rule: 'forums.information-in-one-unit', severity: 'MEDIUM', concept: 'KOMMUNIKATION', frame: 'ARENAS', evidence: 'RECORDED',
    nodes: [material.id, organisation.id, ...units.map((u) => u.id), ...colleagues], reach: colleagues.length,
    severityReason: { sv: 'Information som personalen inte känner till kommer inte fram till föräldrarna.', en: 'Information the staff do not know of does not reach the parents.' },
    explanation: {
      sv: `${organisation.name} har ”${material.name}”, men på kartan är det bara ${listSv(units.map((u) => u.name))} som har den. ${listSv(without, 5)} möter också föräldrar men har inte informationen.`,
      en: `${organisation.name} has "${material.name}", but on the map only ${listEn(units.map((u) => u.name))} ${units.length === 1 ? 'holds' : 'hold'} it. ${listEn(without, 5)} also meet parents but do not have the information.`,
    },
    suggestion: {
      sv: `Sprid informationen till ${countSv(without.length, 'verksamhet', 'verksamheter')} som möter föräldrar, se över om den behöver kompletteras för dem, och berätta för personalen var den finns.`,
      en: `Spread the information to the ${without.length} services that meet parents, see whether it needs adding to for them, and tell the staff where it is.`,
    },
  });
}

export const FORUM_GROUP_TEXTS: Record<string, GroupText> = {
  'forums.paused-or-ended': (snapshot, members) => {
    const networks = members.map((m) => snapshot.nodeOf('Network', m.subjects.nodes[0]!)!).filter(Boolean);
    const dormant = networks.filter((n) => n.status === 'DORMANT').map((n) => n.name).sort();
    const ended = networks.filter((n) => n.status === 'ENDED').map((n) => n.name).sort();
    const area = snapshot.areaOf(networks[0]!.id);
    const parts = { sv: [] as string[], en: [] as string[] };
    if (dormant.length) { parts.sv.push(`${listSv(dormant)} är vilande`); parts.en.push(`${listEn(dormant)} ${dormant.length === 1 ? 'is' : 'are'} dormant`); }
    if (ended.length) { parts.sv.push(`${listSv(ended)} har upphört`); parts.en.push(`${listEn(ended)} ${ended.length === 1 ? 'has' : 'have'} ended`); }
    return {
      explanation: {
        sv: `${parts.sv.join(', och ')}${area ? ` (${area.name})` : ''}. Inget annat forum på kartan har tagit över uppgifterna.`,
        en: `${parts.en.join(', and ')}${area ? ` (${area.name})` : ''}. No other forum on the map has taken over their tasks.`,
      },
      suggestion: members[0]!.suggestion,
    };
  },
};
