/**
 * Fragility: who, if they left, would leave others without contact (cut vertices) and which single
 * links hold parts of the map together (bridges); persons sitting in many networks; networks with
 * nobody convening them; work hanging on a project or funding that ends. A node whose only
 * cut-off neighbours are its own leaves is no finding (every star has a centre); neither is a whole
 * organisation or a PART_OF link (an organisation does not leave its units). A cut vertex and a
 * bridge that describe one split are grouped into one finding.
 */
import { createHash } from 'node:crypto';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { cutVerticesAndBridges } from './structure/articulation.js';
import { collaborationGraph } from './collaboration-graph.js';
import { makeFinding, type RawFinding } from './finding.js';
import type { GroupText } from './grouping.js';
import { ORGANISATION_KINDS } from './policy.js';
import { countSv, dateEn, dateSv, listEn, listSv, nameIn, names, nameOf } from './text.js';

export const MIN_CUT_OFF = 2;
export const MIN_BRIDGE_SIDE = 3;
export const MANY_NETWORKS = 3;
const PROJECT_WARNING_DAYS = 180;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const splitKey = (ids: readonly string[]) => `split:${createHash('sha256').update([...ids].sort().join('\u0000')).digest('hex').slice(0, 16)}`;
const isOrganisation = (snapshot: MapSnapshot, id: string) => {
  const actor = snapshot.nodeOf('Actor', id);
  return actor !== undefined && ORGANISATION_KINDS.has(actor.kind);
};

export function structuralFindings(snapshot: MapSnapshot): RawFinding[] {
  const graph = collaborationGraph(snapshot);
  const { cutVertices, bridges } = cutVerticesAndBridges(graph);
  const findings: RawFinding[] = [];
  for (const { node, cutOff, cutOffCount: count, pieceSizes } of cutVertices) {
    if (count < MIN_CUT_OFF || pieceSizes.every((s) => s === 1) || isOrganisation(snapshot, node)) continue;
    const record = snapshot.node(node);
    const person = record?.label === 'Person';
    const severity = person && count >= 3 ? 'HIGH' : count >= 10 ? 'MEDIUM' : 'LOW';
    const cutNames = names(snapshot, cutOff);
    const more = count - cutOff.length;
    const shown = more > 0 ? [...cutNames, `${more} till`] : cutNames;
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: person ? 'fragility.person-bound' : 'fragility.cut-vertex', severity, frame: 'COORDINATION',
      concept: person ? 'RELATIONER' : 'STRUKTUR', nodes: [node, ...cutOff], reach: count,
      groupKey: person ? `person:${node}` : splitKey(cutOff),
      severityReason: { sv: `${countSv(count, 'aktör eller nätverk', 'aktörer och nätverk')} har ingen annan förbindelse.`, en: `${count} actors and networks have no other connection.` },
      explanation: person
        ? {
          sv: `Kontakten med ${listSv(shown, 5)} går bara genom en person, ${nameOf(record)}. Slutar personen tappar de kontakten med övriga aktörer på kartan.`,
          en: `The contact with ${listEn(shown, 5)} runs through one person only, ${nameOf(record)}. If the person leaves, they lose contact with the other actors on the map.`,
        }
        : {
          sv: `Utan ${nameIn(snapshot, node)} har ${listSv(shown, 5)} ingen annan förbindelse med övriga aktörer på kartan.`,
          en: `Without ${nameIn(snapshot, node)}, ${listEn(shown, 5)} have no other connection to the other actors on the map.`,
        },
      suggestion: person
        ? { sv: 'Dela kontakten: se till att fler än en person bär den, och skriv in den i en rutin eller ett uppdrag.', en: 'Share the contact: make sure more than one person carries it, and write it into a routine or remit.' }
        : { sv: `Skapa en andra förbindelse till ${listSv(shown, 3)} som inte går via ${nameOf(record)}.`, en: `Create a second connection to ${listEn(shown, 3)} that does not run through ${nameOf(record)}.` },
    }));
  }
  for (const bridge of bridges) {
    if (bridge.smallerSideCount < MIN_BRIDGE_SIDE || isOrganisation(snapshot, bridge.source) || isOrganisation(snapshot, bridge.target)) continue;
    const relationships = graph.relationships[bridge.edge]!;
    if (relationships.every((id) => snapshot.relOf('PART_OF', id))) continue;
    const a = nameOf(snapshot.node(bridge.source));
    const b = nameOf(snapshot.node(bridge.target));
    const side = names(snapshot, bridge.smallerSide);
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'fragility.bridge', severity: bridge.smallerSideCount >= 10 ? 'MEDIUM' : 'LOW', concept: 'STRUKTUR', frame: 'COORDINATION',
      nodes: [bridge.source, bridge.target], relationships, reach: bridge.smallerSideCount,
      groupKey: splitKey(bridge.smallerSide.filter((id) => id !== bridge.source && id !== bridge.target)),
      severityReason: { sv: `${countSv(bridge.smallerSideCount, 'aktör eller nätverk', 'aktörer och nätverk')} hänger på den här enda förbindelsen.`, en: `${bridge.smallerSideCount} actors and networks hang on this single link.` },
      explanation: {
        sv: `Förbindelsen mellan ${a} och ${b} är den enda kontakten mellan ${listSv(side, 4)} och övriga aktörer på kartan.`,
        en: `The link between ${a} and ${b} is the only contact between ${listEn(side, 4)} and the other actors on the map.`,
      },
      suggestion: { sv: 'Bygg en förbindelse till, till exempel genom ett gemensamt nätverk eller en överlämningsrutin.', en: 'Build a second link, for example a shared network or a handover routine.' },
    }));
  }
  return findings;
}

export function organisationalFindings(snapshot: MapSnapshot, today: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const person of snapshot.all('Person')) {
    const seats = snapshot.out(person.id, 'SITS_IN').filter((s) => snapshot.nodeOf('Network', s.to)?.status === 'ACTIVE');
    if (seats.length < MANY_NETWORKS) continue;
    findings.push(makeFinding(snapshot, {
      kind: 'FRAGILITY', rule: 'fragility.person-in-many-networks', severity: seats.length >= 5 ? 'HIGH' : 'MEDIUM', concept: 'RELATIONER', frame: 'COORDINATION',
      nodes: [person.id, ...seats.map((s) => s.to)], relationships: seats.map((s) => s.id), groupKey: `person:${person.id}`,
      severityReason: { sv: `Personen sitter i ${seats.length} nätverk.`, en: `The person sits in ${seats.length} networks.` },
      explanation: {
        sv: `${person.pseudonym} sitter i ${seats.length} nätverk (${listSv(names(snapshot, seats.map((s) => s.to)), 4)}): samverkan hänger på en person.`,
        en: `${person.pseudonym} sits in ${seats.length} networks (${listEn(names(snapshot, seats.map((s) => s.to)), 4)}): collaboration hangs on one person.`,
      },
      suggestion: { sv: 'Fördela uppdragen på fler personer och skriv in dem i ett uppdrag som inte hänger på en person.', en: 'Spread the seats over more people and write them into a remit that does not hang on one person.' },
    }));
  }
  for (const network of snapshot.all('Network')) {
    if (network.status === 'ACTIVE' && snapshot.in(network.id, 'CONVENES').length === 0 && !snapshot.in(network.id, 'MEMBER_OF').some((m) => m.role === 'CHAIR')) {
      findings.push(makeFinding(snapshot, {
        kind: 'FRAGILITY', rule: 'fragility.no-convener', severity: 'LOW', concept: 'ORGANISATION', frame: 'COORDINATION', nodes: [network.id],
        class: 'TO_FILL_IN', missingField: { sv: 'vem som är sammankallande', en: 'who convenes it' }, reach: 1,
        groupKey: `no-convener:${snapshot.areaOf(network.id)?.id ?? 'none'}`,
        severityReason: { sv: 'Kartan visar inte vem som kallar till nätverket.', en: 'The map does not show who convenes the network.' },
        explanation: { sv: `Kartan visar inte vem som är sammankallande för ${nameIn(snapshot, network.id)}.`, en: `The map does not show who convenes ${nameIn(snapshot, network.id)}.` },
        suggestion: { sv: 'Fråga nätverket vem som kallar till möten, och fyll i det.', en: 'Ask the network who calls the meetings, and fill it in.' },
      }));
    }
    if (network.timeLimited && (network.status === 'ACTIVE' || network.status === 'PLANNED')) findings.push(projectFinding(snapshot, network.id, network.name, network.endsOn, today));
  }
  return findings;
}

function projectFinding(snapshot: MapSnapshot, id: string, name: string, endsOn: string | null, today: string): RawFinding {
  const left = endsOn ? daysBetween(today, endsOn) : null;
  const severity = left !== null && left <= PROJECT_WARNING_DAYS ? 'HIGH' : 'MEDIUM';
  const at = nameIn(snapshot, id);
  const explanation = left === null
    ? { sv: `${at} saknar långsiktig finansiering och planering.`, en: `${at} has no long-term funding or plan.` }
    : left < 0
      ? { sv: `Projektet som bär ${at} tog slut ${dateSv(endsOn!)}. Ta reda på om arbetet fortsätter och vem som äger det.`, en: `The project behind ${at} ended on ${dateEn(endsOn!)}. Find out whether the work goes on and who owns it.` }
      : { sv: `${at} bärs av ett tidsbegränsat projekt som slutar ${dateSv(endsOn!)}.`, en: `${at} is carried by a time-limited project that ends on ${dateEn(endsOn!)}.` };
  const convener = snapshot.in(id, 'CONVENES')[0]?.from ?? '';
  return makeFinding(snapshot, {
    kind: 'FRAGILITY', rule: 'fragility.time-limited-project', severity, concept: 'BESLUT', frame: 'COORDINATION', nodes: [id], evidence: 'RECORDED',
    groupKey: `project:${snapshot.areaOf(id)?.id ?? ''}:${endsOn ?? 'open'}:${convener}`,
    severityReason: severity === 'HIGH'
      ? { sv: 'Projektet slutar inom ett halvår eller har redan slutat.', en: 'The project ends within six months or has already ended.' }
      : { sv: 'Arbetet hänger på tillfällig finansiering.', en: 'The work hangs on temporary funding.' },
    explanation,
    suggestion: { sv: 'Fatta beslut om långsiktig finansiering och ägarskap, eller planera ett avslut som tar vara på det som byggts.', en: 'Decide on long-term funding and ownership, or plan an ending that keeps what was built.' },
  });
}

export const FRAGILITY_GROUP_TEXTS: Record<string, GroupText> = {
  'fragility.time-limited-project': (snapshot, members) => {
    const networks = names(snapshot, members.map((m) => m.subjects.nodes[0]!));
    const endsOn = snapshot.nodeOf('Network', members[0]!.subjects.nodes[0]!)?.endsOn ?? null;
    const ended = endsOn !== null && members[0]!.severity === 'HIGH' && members[0]!.explanation.en.includes('ended');
    return {
      explanation: endsOn === null
        ? { sv: `${listSv(networks)} saknar långsiktig finansiering.`, en: `${listEn(networks)} have no long-term funding.` }
        : ended
          ? { sv: `Projektet som bär ${listSv(networks)} tog slut ${dateSv(endsOn)}. Ta reda på om arbetet fortsätter och vem som äger det.`, en: `The project behind ${listEn(networks)} ended on ${dateEn(endsOn)}. Find out whether the work goes on and who owns it.` }
          : { sv: `${listSv(networks)} bärs av ett tidsbegränsat projekt som slutar ${dateSv(endsOn)}.`, en: `${listEn(networks)} are carried by a time-limited project that ends on ${dateEn(endsOn)}.` },
      suggestion: members[0]!.suggestion,
    };
  },
};
