/**
 * Stale facts (färskvara): nodes and relationships nobody has confirmed for `staleAfterDays`, or
 * ever. Grouped per municipality (or the area they lie in), so a hub gets one task per place.
 */
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { countSv, dateEn, dateSv } from './text.js';
import { municipalityOf } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';

export function staleFindings(snapshot: MapSnapshot, today: string, staleAfterDays: number): RawFinding[] {
  const cutoff = new Date(Date.parse(today) - staleAfterDays * 86_400_000).toISOString().slice(0, 10);
  const groups = new Map<string, { never: string[]; expired: string[]; rels: Set<string>; oldest: string | null }>();
  const placeOf = (nodeId: string) => municipalityOf(snapshot, nodeId)?.id ?? snapshot.areaOf(nodeId)?.id ?? (snapshot.nodeOf('Area', nodeId) ? nodeId : '');
  const note = (id: string, place: string, verified: string | null, isRel: boolean) => {
    if (verified !== null && verified >= cutoff) return;
    const group = groups.get(place) ?? { never: [], expired: [], rels: new Set<string>(), oldest: null };
    (verified === null ? group.never : group.expired).push(id);
    if (isRel) group.rels.add(id);
    if (verified !== null && (group.oldest === null || verified < group.oldest)) group.oldest = verified;
    groups.set(place, group);
  };
  for (const node of snapshot.nodes.values()) note(node.id, placeOf(node.id), node.lastVerifiedAt, false);
  for (const rel of snapshot.rels.values()) note(rel.id, placeOf(rel.from), rel.lastVerifiedAt, true);

  const findings: RawFinding[] = [];
  for (const [place, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const area = snapshot.nodeOf('Area', place);
    const inPlace = area ? { sv: ` om ${area.name}`, en: ` about ${area.name}` } : { sv: ' utan område', en: ' without an area' };
    for (const [ids, rule] of [[group.expired, 'stale.expired'], [group.never, 'stale.never-verified']] as const) {
      if (ids.length === 0) continue;
      const nodes = ids.filter((id) => !group.rels.has(id));
      const relationships = ids.filter((id) => group.rels.has(id));
      const expired = rule === 'stale.expired';
      findings.push(makeFinding(snapshot, {
        kind: 'STALE_FACT', rule, severity: 'LOW', concept: 'KUNSKAP', frame: 'COORDINATION', reach: ids.length,
        class: 'TO_FILL_IN', missingField: { sv: 'att uppgifterna fortfarande stämmer', en: 'that the facts still hold' },
        nodes: area ? [area.id, ...nodes] : nodes, relationships,
        severityReason: expired
          ? { sv: `Uppgifter äldre än ${staleAfterDays} dagar kan ha ändrats.`, en: `Facts older than ${staleAfterDays} days may have changed.` }
          : { sv: 'Uppgifterna har aldrig bekräftats sedan de registrerades.', en: 'The facts were never confirmed since they were recorded.' },
        explanation: expired
          ? { sv: `${countSv(ids.length, "uppgift", "uppgifter")}${inPlace.sv} har inte bekräftats på över ${staleAfterDays} dagar (den äldsta ${dateSv(group.oldest!)}).`, en: `${ids.length} facts${inPlace.en} have not been confirmed for over ${staleAfterDays} days (the oldest on ${dateEn(group.oldest!)}).` }
          : { sv: `${countSv(ids.length, "uppgift", "uppgifter")}${inPlace.sv} har aldrig bekräftats sedan de registrerades.`, en: `${ids.length} facts${inPlace.en} have never been confirmed since they were recorded.` },
        suggestion: { sv: 'Gå igenom uppgifterna med aktörerna och bekräfta eller rätta dem på kartan – en kartläggning är färskvara.', en: 'Go through the facts with the actors and confirm or correct them on the map — a mapping goes stale.' },
      }));
    }
  }
  return findings;
}
