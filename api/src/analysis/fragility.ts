/**
 * Fragility: who, if they left, would split the collaboration map (cut vertices) and which single
 * links hold parts of it together (bridges); persons sitting in many networks; active networks with
 * nobody convening them; networks hanging on a time-limited project.
 */
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { cutVerticesAndBridges } from './articulation.js';
import { collaborationGraph } from './collaboration-graph.js';
import { makeFinding } from './finding.js';
import { listEn, listSv, names, nameOf, where } from './text.js';
import type { Finding } from './types.js';

/** Smaller splits are everyday leaves (one actor in one network), not fragility. */
export const MIN_CUT_OFF = 2;
export const MIN_BRIDGE_SIDE = 3;
export const MANY_NETWORKS = 3;
const PROJECT_WARNING_DAYS = 180;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function structuralFindings(snapshot: MapSnapshot): Finding[] {
  const graph = collaborationGraph(snapshot);
  const { cutVertices, bridges } = cutVerticesAndBridges(graph);
  const findings: Finding[] = [];
  for (const { node, cutOff, cutOffCount: count } of cutVertices) {
    if (count < MIN_CUT_OFF) continue;
    const record = snapshot.node(node);
    const person = record?.label === 'Person';
    const severity = count >= 10 || (person && count >= 3) ? 'HIGH' : count >= 3 ? 'MEDIUM' : 'LOW';
    const cutNames = names(snapshot, cutOff);
    const more = count - cutOff.length;
    if (more > 0) cutNames.push(`${more} …`);
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: person ? 'fragility.person-bound' : 'fragility.cut-vertex', severity,
      concept: person ? 'RELATIONER' : 'STRUKTUR', nodes: [node, ...cutOff],
      severityReason: { sv: `${count} aktörer, nätverk eller personer skulle tappa kontakten.`, en: `${count} actors, networks or persons would lose their connection.` },
      explanation: {
        sv: `Om ${nameOf(record)}${where(snapshot, node)} försvann skulle ${listSv(cutNames, 5)} förlora sin förbindelse med resten av kartan${person ? ' – länken är personbunden' : ''}.`,
        en: `If ${nameOf(record)}${where(snapshot, node)} left, ${listEn(cutNames, 5)} would lose their connection to the rest of the map${person ? ' — the link hangs on one person' : ''}.`,
      },
      suggestion: person
        ? { sv: 'Dela kontakten: se till att fler än en person bär länken, och skriv in den i en rutin eller ett uppdrag.', en: 'Share the contact: make sure more than one person carries the link, and write it into a routine or remit.' }
        : { sv: `Skapa en andra förbindelse till ${listSv(cutNames, 3)} som inte går via ${nameOf(record)}.`, en: `Create a second connection to ${listEn(cutNames, 3)} that does not run through ${nameOf(record)}.` },
    }));
  }
  for (const bridge of bridges) {
    if (bridge.smallerSideCount < MIN_BRIDGE_SIDE) continue;
    const relationships = graph.getEdgeAttributes(bridge.edge).relationships;
    const a = nameOf(snapshot.node(bridge.source));
    const b = nameOf(snapshot.node(bridge.target));
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'fragility.bridge', severity: bridge.smallerSideCount >= 10 ? 'HIGH' : 'MEDIUM', concept: 'STRUKTUR',
      nodes: [bridge.source, bridge.target], relationships,
      severityReason: { sv: `Länken bär ensam ${bridge.smallerSideCount} noder.`, en: `The link alone carries ${bridge.smallerSideCount} nodes.` },
      explanation: {
        sv: `Förbindelsen ${a} – ${b} är den enda vägen mellan ${listSv(names(snapshot, bridge.smallerSide), 4)} och resten av kartan.`,
        en: `The link ${a} – ${b} is the only path between ${listEn(names(snapshot, bridge.smallerSide), 4)} and the rest of the map.`,
      },
      suggestion: { sv: 'Bygg en parallell förbindelse, till exempel genom ett gemensamt nätverk eller en överlämningsrutin.', en: 'Build a parallel connection, e.g. a shared network or a handover routine.' },
    }));
  }
  return findings;
}

export function organisationalFindings(snapshot: MapSnapshot, today: string): Finding[] {
  const findings: Finding[] = [];
  for (const person of snapshot.all('Person')) {
    const seats = snapshot.out(person.id, 'SITS_IN').filter((s) => snapshot.nodeOf('Network', s.to)?.status !== 'ENDED');
    if (seats.length < MANY_NETWORKS) continue;
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'fragility.person-in-many-networks', severity: seats.length >= 5 ? 'HIGH' : 'MEDIUM', concept: 'RELATIONER',
      nodes: [person.id, ...seats.map((s) => s.to)], relationships: seats.map((s) => s.id),
      severityReason: { sv: `Personen sitter i ${seats.length} nätverk.`, en: `The person sits in ${seats.length} networks.` },
      explanation: {
        sv: `${person.pseudonym} sitter i ${seats.length} nätverk (${listSv(names(snapshot, seats.map((s) => s.to)), 4)}): samverkan hänger på en person, och nätverken driver kanske samma frågor.`,
        en: `${person.pseudonym} sits in ${seats.length} networks (${listEn(names(snapshot, seats.map((s) => s.to)), 4)}): collaboration hangs on one person, and the networks may chase the same questions.`,
      },
      suggestion: { sv: 'Fördela uppdragen på fler personer och se över om nätverken kan samordnas.', en: 'Spread the seats over more people and see whether the networks can be coordinated.' },
    }));
  }
  for (const network of snapshot.all('Network')) {
    if (network.status === 'ACTIVE' && snapshot.in(network.id, 'CONVENES').length === 0 && !snapshot.in(network.id, 'MEMBER_OF').some((m) => m.role === 'CHAIR')) {
      findings.push(makeFinding(snapshot, {
        kind: 'FRAGILITY', rule: 'fragility.no-convener', severity: 'MEDIUM', concept: 'ORGANISATION', nodes: [network.id],
        severityReason: { sv: 'Ett nätverk utan sammankallande riskerar att somna.', en: 'A network nobody convenes risks falling asleep.' },
        explanation: { sv: `${network.name}${where(snapshot, network.id)} har ingen registrerad sammankallande eller ordförande.`, en: `${network.name}${where(snapshot, network.id)} has no recorded convener or chair.` },
        suggestion: { sv: 'Utse vem som kallar till möten och äger nätverkets uppdrag.', en: 'Name who calls the meetings and owns the network’s remit.' },
      }));
    }
    if (network.timeLimited && (network.status === 'ACTIVE' || network.status === 'PLANNED')) {
      const left = network.endsOn ? daysBetween(today, network.endsOn) : null;
      const severity = left !== null && left <= PROJECT_WARNING_DAYS ? 'HIGH' : 'MEDIUM';
      const when = left === null
        ? { sv: 'utan känt slutdatum', en: 'with no known end date' }
        : left < 0
          ? { sv: `som tog slut ${network.endsOn}`, en: `that ended on ${network.endsOn}` }
          : { sv: `som tar slut ${network.endsOn}`, en: `that ends on ${network.endsOn}` };
      findings.push(makeFinding(snapshot, {
        kind: 'FRAGILITY', rule: 'fragility.time-limited-project', severity, concept: 'BESLUT', nodes: [network.id],
        severityReason: severity === 'HIGH'
          ? { sv: `Projektet slutar inom ${PROJECT_WARNING_DAYS} dagar eller har redan slutat.`, en: `The project ends within ${PROJECT_WARNING_DAYS} days or has already ended.` }
          : { sv: 'Verksamheten hänger på ett tidsbegränsat projekt.', en: 'The work hangs on a time-limited project.' },
        explanation: {
          sv: `${network.name}${where(snapshot, network.id)} är aktivt men hänger på ett tidsbegränsat projekt ${when.sv}.`,
          en: `${network.name}${where(snapshot, network.id)} is active but hangs on a time-limited project ${when.en}.`,
        },
        suggestion: { sv: 'Fatta beslut om långsiktig finansiering och ägarskap, eller planera ett avslut som inte tappar det som byggts.', en: 'Decide on long-term funding and ownership, or plan an ending that keeps what was built.' },
      }));
    }
  }
  return findings;
}
