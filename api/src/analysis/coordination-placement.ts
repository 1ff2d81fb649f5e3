/**
 * Where a municipality's coordination of parental support sits. Parental support is given by
 * several administrations (school, preschool, social services, leisure), so a coordinator placed
 * inside one unit of one administration has a hard time holding the overall responsibility (the
 * report on Östersund: "svårt för en verksamhet att själva ha ett övergripande ansvar för
 * föräldraskapsstöd som berör flera förvaltningar"). A gap when every parental-support coordinator
 * in the municipality sits inside a unit below the municipality, support is given outside that
 * unit's administration, and no steering or working group with a convener spans them.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import { ORGANISATION_KINDS, PARENTAL_SUPPORT_TOPIC } from './policy.js';
import { countSv, listEn, listSv, names } from './text.js';

const worksOn = (s: MapSnapshot, id: string, topic: string) => s.out(id, 'WORKS_ON').some((r) => r.to === topic);

/** The chain of units above an actor, nearest first, up to (not including) its organisation. */
function unitsAbove(snapshot: MapSnapshot, actorId: string): NodeRecord<'Actor'>[] {
  const chain: NodeRecord<'Actor'>[] = [];
  const seen = new Set([actorId]);
  for (let parent = snapshot.targets(actorId, 'PART_OF', 'Actor')[0]; parent && !seen.has(parent.id); parent = snapshot.targets(parent.id, 'PART_OF', 'Actor')[0]) {
    if (ORGANISATION_KINDS.has(parent.kind)) break;
    chain.push(parent);
    seen.add(parent.id);
  }
  return chain;
}

/** The organisation (municipality, region) an actor belongs to, at the top of its units. */
function organisationOf(snapshot: MapSnapshot, actorId: string): string | null {
  const seen = new Set([actorId]);
  for (let parent = snapshot.targets(actorId, 'PART_OF', 'Actor')[0]; parent && !seen.has(parent.id); parent = snapshot.targets(parent.id, 'PART_OF', 'Actor')[0]) {
    if (ORGANISATION_KINDS.has(parent.kind)) return parent.id;
    seen.add(parent.id);
  }
  return null;
}

export function coordinationPlacementFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  // Municipalities with a convened steering or working group on parental support, found once.
  const steered = new Set<string>();
  for (const n of snapshot.all('Network')) {
    if (n.status === 'ACTIVE' && (n.kind === 'STEERING_GROUP' || n.kind === 'WORKING_GROUP') && snapshot.out(n.id, 'ADDRESSES').some((r) => r.to === PARENTAL_SUPPORT_TOPIC) &&
      (snapshot.in(n.id, 'CONVENES').length > 0 || snapshot.in(n.id, 'MEMBER_OF').some((m) => m.role === 'CHAIR'))) {
      const area = snapshot.areaOf(n.id)?.id;
      if (area) steered.add(area);
    }
  }
  for (const [municipalityId, actors] of actorsByMunicipality(snapshot)) {
    const coordinators = actors.filter((a) => a.kind === 'COORDINATOR' && worksOn(snapshot, a.id, PARENTAL_SUPPORT_TOPIC));
    if (coordinators.length === 0) continue; // forums.no-coordination says so
    const placed = coordinators.map((c) => ({ coordinator: c, units: unitsAbove(snapshot, c.id) }));
    // A coordinator directly under the municipality (or with no recorded place) is not held by one unit.
    if (placed.some((p) => p.units.length === 0)) continue;
    if (steered.has(municipalityId)) continue;
    const holders = [...new Map(placed.map((p) => [p.units[0]!.id, p.units[0]!])).values()];
    const administrations = new Set(placed.map((p) => p.units.at(-1)!.id));
    // Who else in the same organisation gives parental support, outside those administrations.
    const organisations = new Set<string | null>(coordinators.map((c) => organisationOf(snapshot, c.id)).filter((o) => o !== null));
    const outside = actors.filter((a) => a.firstLine && !ORGANISATION_KINDS.has(a.kind) && worksOn(snapshot, a.id, PARENTAL_SUPPORT_TOPIC) &&
      organisations.has(organisationOf(snapshot, a.id)) && !unitsAbove(snapshot, a.id).some((u) => administrations.has(u.id)) && !administrations.has(a.id));
    if (outside.length === 0) continue;
    const municipality = snapshot.nodeOf('Area', municipalityId)!;
    const holderNames = holders.map((h) => h.name).sort();
    const administrationNames = names(snapshot, administrations);
    const outsideNames = names(snapshot, outside.map((a) => a.id));
    const inAdministration = administrationNames.join() !== holderNames.join();
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'coordination.held-by-one-unit', severity: 'MEDIUM', concept: 'ORGANISATION', frame: 'COORDINATION', evidence: 'STRUCTURAL',
      nodes: [...coordinators.map((c) => c.id), ...holders.map((h) => h.id)], areas: [municipalityId], reach: 1 + outside.length,
      severityReason: {
        sv: 'En verksamhet har svårt att ha ett övergripande ansvar för något som berör flera förvaltningar.',
        en: 'One service has a hard time holding overall responsibility for something that concerns several administrations.',
      },
      explanation: {
        sv: `Samordningen av föräldraskapsstödet i ${municipality.name} ligger hos ${listSv(holderNames)}${inAdministration ? ` inom ${listSv(administrationNames)}` : ''}. Föräldraskapsstöd ges också av ${countSv(outside.length, 'verksamhet', 'verksamheter')} utanför den förvaltningen, till exempel ${listSv(outsideNames.slice(0, 3))}, och ingen styrgrupp samlar dem.`,
        en: `Coordination of parental support in ${municipality.name} sits with ${listEn(holderNames)}${inAdministration ? ` within ${listEn(administrationNames)}` : ''}. Parental support is also given by ${outside.length} services outside that administration, for example ${listEn(outsideNames.slice(0, 3))}, and no steering group brings them together.`,
      },
      suggestion: {
        sv: `Ge samordningen ett uppdrag och en styrgrupp över förvaltningsgränserna i ${municipality.name}, med mandat och resurser, så att den inte bara bärs av ${listSv(holderNames)}.`,
        en: `Give coordination a remit and a steering group across the administrations of ${municipality.name}, with a mandate and resources, so that it is not carried by ${listEn(holderNames)} alone.`,
      },
    }));
  }
  return findings;
}
