/**
 * Missing representation: every active or planned network checked against the representation
 * rules (seed/representation-rules.csv), which scope by level, kind, topic and purpose and can ask
 * for a core member (an adjunct does not count). A municipality counts as represented when a
 * member, convener or seated person's actor lies in it. A network with no recorded participants is
 * something to fill in, not a network that lacks everyone.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { fold } from '../readmodel/text.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import type { GroupText } from './grouping.js';
import { ORGANISATION_KINDS } from './policy.js';
import type { RepresentationRule } from './rules.js';
import { countSv, listEn, listSv, names, nameIn } from './text.js';

function applies(snapshot: MapSnapshot, rule: RepresentationRule, network: NodeRecord<'Network'>): boolean {
  if (network.status !== 'ACTIVE' && network.status !== 'PLANNED') return false;
  if (rule.networkLevel && network.level !== rule.networkLevel) return false;
  if (rule.networkKinds.length && !rule.networkKinds.includes(network.kind)) return false;
  if (rule.networkTopics.length) {
    const topics = new Set(snapshot.out(network.id, 'ADDRESSES').map((r) => r.to));
    if (!rule.networkTopics.some((t) => topics.has(t))) return false;
  }
  const text = fold(`${network.name} ${network.purpose ?? ''}`);
  if (rule.networkPurpose.length && !rule.networkPurpose.some((w) => text.includes(w))) return false;
  if (rule.unlessPurpose.some((w) => text.includes(w))) return false;
  return true;
}

/** The actors taking part: members, conveners, and the actors seated persons represent. */
function participants(snapshot: MapSnapshot, networkId: string, core: boolean): NodeRecord<'Actor'>[] {
  const ids = new Set([
    ...snapshot.in(networkId, 'MEMBER_OF').filter((r) => !core || r.role !== 'ADJUNCT').map((r) => r.from),
    ...snapshot.in(networkId, 'CONVENES').map((r) => r.from),
    ...snapshot.in(networkId, 'SITS_IN').filter((s) => !core || s.role !== 'ADJUNCT').flatMap((s) => snapshot.out(s.from, 'REPRESENTS').map((r) => r.to)),
  ]);
  return [...ids].map((id) => snapshot.nodeOf('Actor', id)).filter((a): a is NodeRecord<'Actor'> => a !== undefined);
}

/**
 * For every area, the actors located in it or in any area within it, in snapshot order (what
 * `isInArea` tells one actor at a time): each actor is added to every area above where it is.
 */
function actorsByEnclosingArea(snapshot: MapSnapshot): Map<string, NodeRecord<'Actor'>[]> {
  const within = new Map<string, string[]>();
  const enclosing = (areaId: string): string[] => {
    let above = within.get(areaId);
    if (!above) {
      const seen = new Set([areaId]);
      const queue = [areaId];
      for (let i = 0; i < queue.length; i++) for (const r of snapshot.out(queue[i]!, 'WITHIN')) if (!seen.has(r.to)) { seen.add(r.to); queue.push(r.to); }
      within.set(areaId, (above = [...seen]));
    }
    return above;
  };
  const result = new Map<string, NodeRecord<'Actor'>[]>();
  for (const actor of snapshot.all('Actor')) {
    const areas = new Set<string>();
    for (const r of snapshot.out(actor.id, 'LOCATED_IN')) for (const id of enclosing(r.to)) areas.add(id);
    for (const id of areas) (result.get(id) ?? result.set(id, []).get(id)!).push(actor);
  }
  return result;
}

const KIND_WORDS: Record<string, { sv: string; en: string }> = {
  POLICE: { sv: 'polisen', en: 'the police' },
  SOCIAL_SERVICES: { sv: 'socialtjänsten', en: 'social services' },
  PRESCHOOL: { sv: 'förskolan', en: 'the preschool' },
  SCHOOL: { sv: 'skolan', en: 'the school' },
  CHILD_HEALTH: { sv: 'barnhälsovården', en: 'child health care' },
  CIVIL_SOCIETY: { sv: 'civilsamhället', en: 'civil society' },
  PRIVATE: { sv: 'privata aktörer', en: 'private actors' },
  FAITH: { sv: 'trossamfunden', en: 'faith communities' },
  SFI: { sv: 'SFI', en: 'SFI' },
  INTEGRATION: { sv: 'integrationsverksamheten', en: 'integration services' },
  LEISURE: { sv: 'fritidsverksamheten', en: 'leisure services' },
};
const wordsFor = (value: string) => KIND_WORDS[value] ?? { sv: 'den aktör som regeln kräver', en: 'the actor the rule requires' };

export function representationFindings(snapshot: MapSnapshot, rules: readonly RepresentationRule[]): RawFinding[] {
  const findings: RawFinding[] = [];
  const grouped = actorsByMunicipality(snapshot);
  let inArea: ReadonlyMap<string, readonly NodeRecord<'Actor'>[]> | undefined;
  const actorsIn = (areaId: string): readonly NodeRecord<'Actor'>[] => {
    if (snapshot.nodeOf('Area', areaId)?.type === 'MUNICIPALITY') return grouped.get(areaId) ?? [];
    return (inArea ??= actorsByEnclosingArea(snapshot)).get(areaId) ?? [];
  };
  for (const network of snapshot.all('Network')) {
    const matching = rules.filter((rule) => applies(snapshot, rule, network));
    if (matching.length === 0) continue;
    if (participants(snapshot, network.id, false).length === 0) {
      findings.push(makeFinding(snapshot, {
        kind: 'MISSING_REPRESENTATION', rule: 'representation.no-members-recorded', severity: 'LOW', concept: 'KUNSKAP', frame: 'COORDINATION',
        class: 'TO_FILL_IN', missingField: { sv: 'vilka som är med i nätverket', en: 'who takes part in the network' }, nodes: [network.id], reach: 1,
        groupKey: `no-members:${snapshot.areaOf(network.id)?.id ?? 'none'}`,
        severityReason: { sv: 'Utan medlemmar på kartan går det inte att se vem som saknas.', en: 'Without members on the map nobody can tell who is missing.' },
        explanation: { sv: `Kartan visar inte vilka som är med i ${nameIn(snapshot, network.id)}.`, en: `The map does not show who takes part in ${nameIn(snapshot, network.id)}.` },
        suggestion: { sv: 'Fråga nätverket vilka som deltar, och fyll i medlemmarna.', en: 'Ask the network who takes part, and fill in its members.' },
      }));
      continue;
    }
    // Only whole organisations recorded ("Östersunds kommun is in SSPF"): which of their services
    // take part is unknown, so rules about kinds and sectors cannot be judged.
    const onlyOrganisations = participants(snapshot, network.id, false).every((a) => ORGANISATION_KINDS.has(a.kind));
    if (onlyOrganisations && matching.some((rule) => rule.requires !== 'EVERY_MUNICIPALITY')) {
      findings.push(makeFinding(snapshot, {
        kind: 'MISSING_REPRESENTATION', rule: 'representation.only-organisations-recorded', severity: 'LOW', concept: 'KUNSKAP', frame: 'COORDINATION',
        class: 'TO_FILL_IN', missingField: { sv: 'vilka verksamheter som är med i nätverket', en: 'which services take part in the network' }, nodes: [network.id], reach: 1,
        groupKey: `no-members:${snapshot.areaOf(network.id)?.id ?? 'none'}`,
        severityReason: { sv: 'Utan verksamheterna på kartan går det inte att se vem som saknas.', en: 'Without the services on the map nobody can tell who is missing.' },
        explanation: { sv: `Kartan visar bara vilka organisationer som är med i ${nameIn(snapshot, network.id)}, inte vilka verksamheter.`, en: `The map shows only which organisations take part in ${nameIn(snapshot, network.id)}, not which services.` },
        suggestion: { sv: 'Fråga nätverket vilka verksamheter som deltar, och fyll i dem.', en: 'Ask the network which services take part, and fill them in.' },
      }));
    }
    for (const rule of matching) {
      if (onlyOrganisations && rule.requires !== 'EVERY_MUNICIPALITY') continue;
      const core = rule.membership === 'CORE';
      const present = participants(snapshot, network.id, core);
      const base = {
        kind: 'MISSING_REPRESENTATION' as const, rule: `representation.${rule.id}`, severity: rule.severity, concept: rule.concept, frame: (network.level === 'REGIONAL' ? 'COUNTY_NETWORKS' : 'COORDINATION') as 'COUNTY_NETWORKS' | 'COORDINATION',
      };
      if (rule.requires === 'EVERY_MUNICIPALITY') {
        const area = snapshot.areaOf(network.id);
        if (!area || area.type !== 'COUNTY') continue;
        const municipalities = [...snapshot.areaSubtree(area.id)]
          .map((id) => snapshot.nodeOf('Area', id))
          .filter((a): a is NodeRecord<'Area'> => a?.type === 'MUNICIPALITY');
        const presentIds = new Set(present.map((a) => a.id));
        for (const municipality of municipalities) {
          const local = grouped.get(municipality.id) ?? [];
          if (local.some((actor) => presentIds.has(actor.id))) continue;
          const candidates = local.filter((a) => a.kind === 'MUNICIPALITY' || a.kind === 'SOCIAL_SERVICES' || a.kind === 'COORDINATOR');
          findings.push(makeFinding(snapshot, {
            ...base, nodes: [network.id, municipality.id], areas: [municipality.id], evidence: 'RECORDED', reach: local.length,
            severityReason: { sv: 'Alla kommuner i länet behöver vara med för att informationen ska nå hela länet.', en: 'Every municipality of the county needs to take part so that information reaches the whole county.' },
            explanation: {
              sv: `${municipality.name} är inte ${core ? 'fast ' : ''}representerad i ${network.name}. ${rule.reason_sv}`,
              en: `${municipality.name} is not ${core ? 'a core member ' : 'represented '}in ${network.name}. ${rule.reason_en}`,
            },
            suggestion: candidates.length
              ? { sv: `Bjud in ${municipality.name} till ${network.name}, till exempel genom ${listSv(names(snapshot, candidates.map((c) => c.id)), 3)}.`, en: `Invite ${municipality.name} to ${network.name}, for example through ${listEn(names(snapshot, candidates.map((c) => c.id)), 3)}.` }
              : { sv: `Bjud in ${municipality.name} till ${network.name} och utse en kontaktperson.`, en: `Invite ${municipality.name} to ${network.name} and name a contact person.` },
          }));
        }
        continue;
      }
      const matches = (a: NodeRecord<'Actor'>) => (rule.requires === 'ACTOR_KIND' ? a.kind === rule.value : a.sector === rule.value);
      if (present.some(matches)) continue;
      const area = snapshot.areaOf(network.id);
      const candidates = area ? actorsIn(area.id).filter(matches) : [];
      const w = wordsFor(rule.value);
      const adjunctOnly = core && participants(snapshot, network.id, false).some(matches);
      findings.push(makeFinding(snapshot, {
        ...base, nodes: [network.id], reach: 1,
        severityReason: { sv: `Nätverket behöver ${w.sv} för att kunna göra sitt arbete.`, en: `The network needs ${w.en} to do its work.` },
        explanation: adjunctOnly
          ? { sv: `${w.sv[0]!.toUpperCase()}${w.sv.slice(1)} är bara adjungerad i ${nameIn(snapshot, network.id)}. ${rule.reason_sv}`, en: `${w.en[0]!.toUpperCase()}${w.en.slice(1)} only sits in ${nameIn(snapshot, network.id)} as an adjunct. ${rule.reason_en}` }
          : { sv: `${w.sv[0]!.toUpperCase()}${w.sv.slice(1)} finns inte med i ${nameIn(snapshot, network.id)} på kartan. ${rule.reason_sv}`, en: `${w.en[0]!.toUpperCase()}${w.en.slice(1)} is not part of ${nameIn(snapshot, network.id)} on the map. ${rule.reason_en}` },
        suggestion: candidates.length
          ? { sv: `Bjud in ${listSv(names(snapshot, candidates.map((c) => c.id)), 3)}.`, en: `Invite ${listEn(names(snapshot, candidates.map((c) => c.id)), 3)}.` }
          : { sv: `Ta reda på vem inom ${w.sv}${area ? ` i ${area.name}` : ''} som bör delta, och bjud in dem.`, en: `Find out who in ${w.en}${area ? ` in ${area.name}` : ''} should take part, and invite them.` },
      }));
    }
  }
  return findings;
}

const unknownMembers: GroupText = (snapshot, members) => {
  const networks = names(snapshot, members.map((m) => m.subjects.nodes[0]!));
  return {
      explanation: { sv: `Kartan visar inte vilka verksamheter som är med i ${countSv(networks.length, 'nätverk', 'nätverk')}: ${listSv(networks, 6)}.`, en: `The map does not show which services take part in ${networks.length} networks: ${listEn(networks, 6)}.` },
      suggestion: { sv: 'Fråga nätverken vilka verksamheter som deltar, och fyll i dem.', en: 'Ask the networks which services take part, and fill them in.' },
    };
};

export const REPRESENTATION_GROUP_TEXTS: Record<string, GroupText> = {
  'representation.no-members-recorded': unknownMembers,
  'representation.only-organisations-recorded': unknownMembers,
};
