/**
 * Unconnected actors: in no network and on no referral route; in no network at all; and
 * first-line actors with no route onward. Whole organisations whose units are connected are
 * connected through them; target groups and arenas are not expected to take part themselves.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { makeFinding } from './finding.js';
import { isFirstLine, NON_PARTICIPANT_KINDS, ORGANISATION_KINDS } from './policy.js';
import { where } from './text.js';
import type { Finding } from './types.js';

const OUTSIDE_SECTORS = new Set(['CIVIL_SOCIETY', 'PRIVATE', 'FAITH']);

function inNetwork(snapshot: MapSnapshot, id: string): boolean {
  const live = (networkId: string) => snapshot.nodeOf('Network', networkId)?.status !== 'ENDED';
  return (
    snapshot.out(id, 'MEMBER_OF').some((r) => live(r.to)) ||
    snapshot.out(id, 'CONVENES').some((r) => live(r.to)) ||
    snapshot.in(id, 'REPRESENTS').some((r) => snapshot.out(r.from, 'SITS_IN').some((s) => live(s.to)))
  );
}

const routesOut = (s: MapSnapshot, id: string) => s.out(id, 'REFERS_TO').filter((r) => r.status !== 'BROKEN');
const routesIn = (s: MapSnapshot, id: string) => s.in(id, 'REFERS_TO').filter((r) => r.status !== 'BROKEN');

function connected(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>, depth = 0): boolean {
  if (inNetwork(snapshot, actor.id) || routesOut(snapshot, actor.id).length || routesIn(snapshot, actor.id).length) return true;
  // A municipality or region takes part through its units.
  return depth < 3 && ORGANISATION_KINDS.has(actor.kind) &&
    snapshot.sources(actor.id, 'PART_OF', 'Actor').some((unit) => connected(snapshot, unit, depth + 1));
}

export function unconnectedFindings(snapshot: MapSnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const actor of snapshot.all('Actor')) {
    if (NON_PARTICIPANT_KINDS.has(actor.kind)) continue;
    const outside = OUTSIDE_SECTORS.has(actor.sector);
    const firstLine = isFirstLine(actor);
    const at = where(snapshot, actor.id);
    if (!connected(snapshot, actor)) {
      const high = firstLine || outside;
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.isolated', nodes: [actor.id], concept: 'SAMVERKAN',
        severity: high ? 'HIGH' : 'MEDIUM',
        severityReason: high
          ? { sv: firstLine ? 'Aktören möter familjer direkt men står utanför allt samarbete.' : 'Civilsamhälle och privata aktörer blir lätt lämnade utanför.', en: firstLine ? 'It meets families directly yet stands outside all collaboration.' : 'Civil-society and private actors are easily left outside.' }
          : { sv: 'Aktören står utanför nätverk och hänvisningsvägar.', en: 'The actor is outside every network and referral route.' },
        explanation: {
          sv: `${actor.name}${at} finns inte i något nätverk och har ingen hänvisningsväg till eller från sig.`,
          en: `${actor.name}${at} is in no network and has no referral route in or out.`,
        },
        suggestion: {
          sv: `Ta kontakt med ${actor.name}: bjud in till ett lokalt nätverk och kom överens om vart de kan vägleda en orolig förälder.`,
          en: `Contact ${actor.name}: invite them to a local network and agree where they can guide a worried parent.`,
        },
      }));
      continue;
    }
    if (!inNetwork(snapshot, actor.id) && !ORGANISATION_KINDS.has(actor.kind)) {
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.no-network', nodes: [actor.id], concept: 'SAMVERKAN',
        severity: outside ? 'MEDIUM' : 'LOW',
        severityReason: outside
          ? { sv: 'Civilsamhälle och privata aktörer som inte finns i något nätverk känner sig ofta ensamma i frågan.', en: 'Civil-society and private actors outside every network often feel alone with the question.' }
          : { sv: 'Aktören har hänvisningsvägar men inget forum att samverka i.', en: 'The actor has referral routes but no forum to collaborate in.' },
        explanation: { sv: `${actor.name}${at} finns inte i något nätverk.`, en: `${actor.name}${at} is in no network.` },
        suggestion: { sv: `Bjud in ${actor.name} till ett nätverk som arbetar med samma frågor.`, en: `Invite ${actor.name} to a network working on the same questions.` },
      }));
    }
    if (firstLine && routesOut(snapshot, actor.id).length === 0) {
      findings.push(makeFinding(snapshot, {
        kind: 'UNCONNECTED_ACTOR', rule: 'unconnected.first-line-no-onward-route', nodes: [actor.id], concept: 'PROCESSER',
        severity: 'HIGH',
        severityReason: { sv: 'En aktör som möter familjer måste veta vart den kan lämna över.', en: 'An actor that meets families must know where to hand over.' },
        explanation: {
          sv: `${actor.name}${at} möter föräldrar och barn men har ingen registrerad väg att lämna över vid oro.`,
          en: `${actor.name}${at} meets parents and children but has no recorded route to hand over a concern.`,
        },
        suggestion: {
          sv: `Kom överens med ${actor.name} om vart de vägleder vidare (t.ex. socialtjänsten, orosanmälan) och skriv ner det i en rutin.`,
          en: `Agree with ${actor.name} where they guide families onward (e.g. social services, a report of concern) and write it into a routine.`,
        },
      }));
    }
  }
  return findings;
}
