/**
 * Missing representation: every active or planned network checked against the representation
 * rules. A municipality counts as represented when a member, convener or seated person's actor
 * lies in it.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding } from './finding.js';
import type { RepresentationRule } from './rules.js';
import { SEVERITY_SV, listEn, listSv, names } from './text.js';
import type { Finding } from './types.js';

function applies(snapshot: MapSnapshot, rule: RepresentationRule, network: NodeRecord<'Network'>): boolean {
  if (network.status !== 'ACTIVE' && network.status !== 'PLANNED') return false;
  if (rule.networkLevel && network.level !== rule.networkLevel) return false;
  if (rule.networkKinds.length && !rule.networkKinds.includes(network.kind)) return false;
  if (rule.networkTopics.length) {
    const topics = new Set(snapshot.out(network.id, 'ADDRESSES').map((r) => r.to));
    if (!rule.networkTopics.some((t) => topics.has(t))) return false;
  }
  return true;
}

/** The actors taking part: members, conveners, and the actors seated persons represent. */
function participants(snapshot: MapSnapshot, networkId: string): NodeRecord<'Actor'>[] {
  const ids = new Set([
    ...snapshot.in(networkId, 'MEMBER_OF').map((r) => r.from),
    ...snapshot.in(networkId, 'CONVENES').map((r) => r.from),
    ...snapshot.in(networkId, 'SITS_IN').flatMap((s) => snapshot.out(s.from, 'REPRESENTS').map((r) => r.to)),
  ]);
  return [...ids].map((id) => snapshot.nodeOf('Actor', id)).filter((a): a is NodeRecord<'Actor'> => a !== undefined);
}

const KIND_WORDS: Record<string, { sv: string; en: string }> = {
  POLICE: { sv: 'polisen', en: 'the police' },
  SOCIAL_SERVICES: { sv: 'socialtjänsten', en: 'social services' },
  PRESCHOOL: { sv: 'förskolan', en: 'the preschool' },
  SCHOOL: { sv: 'skolan', en: 'the school' },
  CHILD_HEALTH: { sv: 'barnhälsovården (BVC)', en: 'child health care' },
  CIVIL_SOCIETY: { sv: 'civilsamhället', en: 'civil society' },
  PRIVATE: { sv: 'privata aktörer', en: 'private actors' },
  FAITH: { sv: 'trossamfund', en: 'faith communities' },
};
const words = (value: string) => KIND_WORDS[value] ?? { sv: value.toLowerCase().replace(/_/g, ' '), en: value.toLowerCase().replace(/_/g, ' ') };

export function representationFindings(snapshot: MapSnapshot, rules: readonly RepresentationRule[]): Finding[] {
  const findings: Finding[] = [];
  const grouped = actorsByMunicipality(snapshot);
  const inArea = new Map<string, readonly NodeRecord<'Actor'>[]>();
  const actorsIn = (areaId: string): readonly NodeRecord<'Actor'>[] => {
    if (snapshot.nodeOf('Area', areaId)?.type === 'MUNICIPALITY') return grouped.get(areaId) ?? [];
    let actors = inArea.get(areaId);
    if (!actors) inArea.set(areaId, (actors = snapshot.all('Actor').filter((a) => snapshot.isInArea(a.id, areaId))));
    return actors;
  };
  for (const network of snapshot.all('Network')) {
    for (const rule of rules) {
      if (!applies(snapshot, rule, network)) continue;
      const present = participants(snapshot, network.id);
      const base = {
        kind: 'MISSING_REPRESENTATION' as const, rule: `representation.${rule.id}`, severity: rule.severity, concept: rule.concept,
        severityReason: { sv: `Regeln ”${rule.id}” bedömer detta som ${SEVERITY_SV[rule.severity]}; regeln kan ändras i regelfilen.`, en: `The rule "${rule.id}" rates this ${rule.severity.toLowerCase()}; the rule can be changed in the rules file.` },
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
            ...base, nodes: [network.id, municipality.id], areas: [municipality.id],
            explanation: {
              sv: `${municipality.name} är inte representerad i ${network.name}. ${rule.reason_sv}`,
              en: `${municipality.name} is not represented in ${network.name}. ${rule.reason_en}`,
            },
            suggestion: candidates.length
              ? { sv: `Bjud in ${municipality.name} till ${network.name}, till exempel genom ${listSv(names(snapshot, candidates.map((c) => c.id)), 3)}.`, en: `Invite ${municipality.name} to ${network.name}, for example through ${listEn(names(snapshot, candidates.map((c) => c.id)), 3)}.` }
              : { sv: `Bjud in ${municipality.name} till ${network.name} och utse en kontaktperson.`, en: `Invite ${municipality.name} to ${network.name} and name a contact person.` },
          }));
        }
        continue;
      }
      const has = present.some((a) => (rule.requires === 'ACTOR_KIND' ? a.kind === rule.value : a.sector === rule.value));
      if (has) continue;
      const area = snapshot.areaOf(network.id);
      const candidates = area
        ? actorsIn(area.id).filter((a) => (rule.requires === 'ACTOR_KIND' ? a.kind === rule.value : a.sector === rule.value))
        : [];
      const w = words(rule.value);
      findings.push(makeFinding(snapshot, {
        ...base, nodes: [network.id],
        explanation: { sv: `${network.name} saknar ${w.sv}. ${rule.reason_sv}`, en: `${network.name} has no one from ${w.en}. ${rule.reason_en}` },
        suggestion: candidates.length
          ? { sv: `Bjud in ${listSv(names(snapshot, candidates.map((c) => c.id)), 3)}.`, en: `Invite ${listEn(names(snapshot, candidates.map((c) => c.id)), 3)}.` }
          : { sv: `Ta reda på vem inom ${w.sv}${area ? ` i ${area.name}` : ''} som bör delta, och bjud in dem.`, en: `Find out who in ${w.en}${area ? ` in ${area.name}` : ''} should take part, and invite them.` },
      }));
    }
  }
  return findings;
}
