/**
 * Parental support organised across municipal borders. The municipalities cannot carry it alone
 * (small groups in other languages, joint letters to parents, a shared annual cycle), so the
 * report proposes a supporting organisation at county level. A county where the map holds no
 * county-level coordinator for parental support and no county steering or working group with a
 * convener is a gap, read from the structure as forums.no-coordination reads a municipality.
 * A network for information and exchange (the county network) is not that organisation, and the
 * finding says so.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import { ORGANISATION_KINDS, PARENTAL_SUPPORT_TOPIC } from './policy.js';
import { INFORMATION_NETWORK_KINDS } from './information-flow.js';
import { listEn, listSv } from './text.js';

/** Municipalities with fewer mapped services than this are not counted as mapped. */
const MAPPED_SERVICES = 3;

const addresses = (s: MapSnapshot, id: string, topic: string) => s.out(id, 'ADDRESSES').some((r) => r.to === topic);
const worksOn = (s: MapSnapshot, id: string, topic: string) => s.out(id, 'WORKS_ON').some((r) => r.to === topic);

export function countyCoordinationFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  const byMunicipality = actorsByMunicipality(snapshot);
  const counties = snapshot.all('Area').filter((a) => a.type === 'COUNTY');
  if (counties.length === 0) return findings;
  // Only county-level actors and networks can be the county's coordination.
  const regionalActors = snapshot.all('Actor').filter((a) => a.level === 'REGIONAL');
  const regionalNetworks = snapshot.all('Network').filter((n) => n.level === 'REGIONAL' && n.status === 'ACTIVE');
  for (const county of counties) {
    const subtree = snapshot.areaSubtree(county.id);
    const municipalities = snapshot.all('Area').filter((a) => a.type === 'MUNICIPALITY' && subtree.has(a.id) &&
      (byMunicipality.get(a.id) ?? []).filter((x) => !ORGANISATION_KINDS.has(x.kind)).length >= MAPPED_SERVICES);
    if (municipalities.length < 2) continue; // nothing to coordinate across, or not mapped yet
    const inCounty = (id: string) => { const area = snapshot.areaOf(id); return area !== undefined && subtree.has(area.id); };
    const regional = <T extends NodeRecord<'Actor' | 'Network'>>(n: T) => n.level === 'REGIONAL' && inCounty(n.id);
    const coordinators = regionalActors.filter((a) => a.kind === 'COORDINATOR' && regional(a) && worksOn(snapshot, a.id, PARENTAL_SUPPORT_TOPIC));
    const steering = regionalNetworks.filter((n) => regional(n) && (n.kind === 'STEERING_GROUP' || n.kind === 'WORKING_GROUP') &&
      addresses(snapshot, n.id, PARENTAL_SUPPORT_TOPIC) && (snapshot.in(n.id, 'CONVENES').length > 0 || snapshot.in(n.id, 'MEMBER_OF').some((m) => m.role === 'CHAIR')));
    if (coordinators.length > 0 || steering.length > 0) continue;
    const exchange = regionalNetworks.filter((n) => regional(n) && INFORMATION_NETWORK_KINDS.has(n.kind) && addresses(snapshot, n.id, PARENTAL_SUPPORT_TOPIC));
    const exchangeNames = exchange.map((n) => n.name).sort();
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'county.no-supporting-organisation', severity: 'MEDIUM', concept: 'ORGANISATION', frame: 'COORDINATION', evidence: 'STRUCTURAL',
      nodes: [county.id, ...exchange.map((n) => n.id)], areas: [county.id], reach: municipalities.length,
      severityReason: {
        sv: 'Det som kommunerna inte orkar var för sig blir inte gjort när ingen samordnar det över kommungränserna.',
        en: 'What the municipalities cannot manage on their own is not done when nobody coordinates it across municipal borders.',
      },
      explanation: {
        sv: `I ${county.name} har ingen på kartan uppdraget att samordna föräldraskapsstödet över kommungränserna: det finns ingen samordnare, styrgrupp eller arbetsgrupp för föräldraskapsstöd på länsnivå${exchangeNames.length ? `, bara ${listSv(exchangeNames)} för information och erfarenhetsutbyte` : ''}.`,
        en: `Nobody in ${county.name} has, on the map, the task of coordinating parental support across municipal borders: there is no county-level coordinator, steering group or working group for parental support${exchangeNames.length ? `, only ${listEn(exchangeNames)} for information and exchange` : ''}.`,
      },
      suggestion: {
        sv: `Bygg en stödjande organisation för föräldraskapsstöd på länsnivå tillsammans med kommunerna i ${county.name}: till exempel ett gemensamt årshjul, gemensamma utskick till föräldrar och grupper på andra språk som kommunerna ordnar tillsammans.`,
        en: `Build a supporting organisation for parental support at county level together with the municipalities of ${county.name}: for example a shared annual cycle, joint letters to parents, and groups in other languages that the municipalities run together.`,
      },
    }));
  }
  return findings;
}
