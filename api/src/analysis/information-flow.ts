/**
 * Information that stays where it arrives. A municipality takes part in the county's networks
 * for information and exchange through one or a few representatives (its coordinator for violence
 * in close relationships, say), who are to pass on what they learn in their municipality. When
 * such a representative sits in no running network in the municipality, what the county network
 * brings has no recorded way on to the services that meet families: it stays with the
 * representative, and where the representative belongs to social services, within social services
 * (the report: "i kommunerna stannar ofta informationen inom IFO", "informationen från forumen
 * sprids begränsat i kommunen"). One finding per municipality, read from the structure only.
 */
import type { NodeRecord } from '../domain/model.js';
import type { NETWORK_KINDS } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality, municipalityOf } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import { NON_PARTICIPANT_KINDS, ORGANISATION_KINDS } from './policy.js';
import { listEn, listSv, names, nameOf } from './text.js';

/**
 * Networks that exist for information and exchange. Operative forums (case work), teams and
 * formal collaborations (Barnahus) pass on cases, not information, so they are not counted.
 */
export const INFORMATION_NETWORK_KINDS: ReadonlySet<(typeof NETWORK_KINDS)[number]> = new Set(['NETWORK']);

/** Actors (members and conveners) of a network, each once. */
function participants(snapshot: MapSnapshot, networkId: string): Set<string> {
  return new Set([...snapshot.in(networkId, 'MEMBER_OF'), ...snapshot.in(networkId, 'CONVENES')].map((r) => r.from));
}

/** The running networks in a municipality, other than the county's own, where the actor meets others. */
function localChannels(snapshot: MapSnapshot, actorId: string, municipalityId: string): NodeRecord<'Network'>[] {
  const networks = [...snapshot.out(actorId, 'MEMBER_OF'), ...snapshot.out(actorId, 'CONVENES')]
    .map((r) => snapshot.nodeOf('Network', r.to))
    .filter((n): n is NodeRecord<'Network'> => n !== undefined && n.status === 'ACTIVE' && n.level === 'LOCAL');
  return networks.filter((n) => municipalityOf(snapshot, n.id)?.id === municipalityId && participants(snapshot, n.id).size >= 2);
}

export function informationFlowFindings(snapshot: MapSnapshot): RawFinding[] {
  // Municipality → its representatives in the county's information networks → those networks.
  const representatives = new Map<string, Map<string, Set<string>>>();
  for (const network of snapshot.all('Network')) {
    if (network.status !== 'ACTIVE' || network.level !== 'REGIONAL' || !INFORMATION_NETWORK_KINDS.has(network.kind)) continue;
    for (const membership of snapshot.in(network.id, 'MEMBER_OF')) {
      const actor = snapshot.nodeOf('Actor', membership.from);
      // A whole organisation names nobody in particular who brings the information home.
      if (!actor || ORGANISATION_KINDS.has(actor.kind) || NON_PARTICIPANT_KINDS.has(actor.kind)) continue;
      const municipality = municipalityOf(snapshot, actor.id);
      if (!municipality) continue;
      const byActor = representatives.get(municipality.id) ?? representatives.set(municipality.id, new Map()).get(municipality.id)!;
      (byActor.get(actor.id) ?? byActor.set(actor.id, new Set()).get(actor.id)!).add(network.id);
    }
  }

  // Paused or ended local networks per municipality, found once.
  const lapsedIn = new Map<string, NodeRecord<'Network'>[]>();
  if (representatives.size > 0) {
    for (const n of snapshot.all('Network')) {
      if ((n.status !== 'ENDED' && n.status !== 'DORMANT') || n.level !== 'LOCAL') continue;
      const m = municipalityOf(snapshot, n.id)?.id;
      if (m && representatives.has(m)) (lapsedIn.get(m) ?? lapsedIn.set(m, []).get(m)!).push(n);
    }
  }
  const findings: RawFinding[] = [];
  for (const [municipalityId, byActor] of representatives) {
    const stuck = [...byActor.keys()].filter((id) => localChannels(snapshot, id, municipalityId).length === 0);
    if (stuck.length === 0) continue;
    const municipality = snapshot.nodeOf('Area', municipalityId)!;
    const networkIds = [...new Set(stuck.flatMap((id) => [...byActor.get(id)!]))];
    const stuckNames = names(snapshot, stuck);
    const networkNames = names(snapshot, networkIds);
    // Representatives that belong to social services: there the information stays.
    const inSocialServices = stuck.flatMap((id) => snapshot.targets(id, 'PART_OF', 'Actor').filter((p) => p.kind === 'SOCIAL_SERVICES').map((p) => ({ id, unit: p })));
    // A local network on the same questions that has ended or is paused: it is to be brought back.
    const topics = new Set(networkIds.flatMap((id) => snapshot.out(id, 'ADDRESSES').map((r) => r.to)));
    const lapsed = (lapsedIn.get(municipalityId) ?? []).filter((n) => snapshot.out(n.id, 'ADDRESSES').some((r) => topics.has(r.to)));
    const lapsedNames = lapsed.map((n) => n.name).sort();
    const reach = (actorsByMunicipality(snapshot).get(municipalityId) ?? []).filter((a) => a.firstLine).length;
    const one = stuck.length === 1;
    const ifo = inSocialServices.length
      ? {
        sv: ` ${one ? 'Funktionen' : listSv(inSocialServices.map((x) => nameOf(snapshot.node(x.id))))} hör till ${listSv([...new Set(inSocialServices.map((x) => x.unit.name))])}, så informationen stannar där.`,
        en: ` ${one ? 'The function' : listEn(inSocialServices.map((x) => nameOf(snapshot.node(x.id))))} ${inSocialServices.length === 1 ? 'belongs' : 'belong'} to ${listEn([...new Set(inSocialServices.map((x) => x.unit.name))])}, so the information stays there.`,
      }
      : { sv: '', en: '' };
    const gone = lapsedNames.length
      ? { sv: ` ${listSv(lapsedNames)} finns inte längre i gång.`, en: ` ${listEn(lapsedNames)} ${lapsedNames.length === 1 ? 'is' : 'are'} no longer running.` }
      : { sv: '', en: '' };
    findings.push(makeFinding(snapshot, {
      kind: 'MISSING_REPRESENTATION', rule: 'information.stays-with-representative', severity: 'MEDIUM', concept: 'KOMMUNIKATION', frame: 'COUNTY_NETWORKS',
      nodes: [...stuck, ...networkIds, ...lapsed.map((n) => n.id)], areas: [municipalityId], reach: Math.max(1, reach),
      severityReason: {
        sv: 'Det som tas upp i länets nätverk hjälper bara om det når dem som möter familjerna.',
        en: 'What the county networks take up helps only if it reaches those who meet the families.',
      },
      explanation: {
        sv: `${listSv(stuckNames)} sitter i ${listSv(networkNames)} men inte i något nätverk i ${municipality.name}, så det som tas upp där har ingen väg vidare till verksamheterna i kommunen.${ifo.sv}${gone.sv}`,
        en: `${listEn(stuckNames)} ${one ? 'sits' : 'sit'} in ${listEn(networkNames)} but in no network in ${municipality.name}, so what is taken up there has no way on to the services in the municipality.${ifo.en}${gone.en}`,
      },
      suggestion: {
        sv: `${lapsedNames.length ? 'Återinför' : 'Inför'} ett lokalt nätverk mot våld i ${municipality.name}, eller bygg på ett nätverk som redan finns, där ${listSv(stuckNames)} för vidare informationen från länets nätverk till skola, förskola, vård och civilsamhälle.`,
        en: `${lapsedNames.length ? 'Bring back' : 'Set up'} a local network against violence in ${municipality.name}, or build on an existing one, where ${listEn(stuckNames)} ${one ? 'passes' : 'pass'} on what the county networks take up to schools, preschools, health care and civil society.`,
      },
    }));
  }
  return findings;
}
