/**
 * Suggested links: actor pairs that probably should know each other, each with its reason.
 *  - Adamic–Adar on the actor collaboration graph (actors joined by a shared network or a route):
 *    pairs not yet joined, with collaborators in common; a common collaborator with few ties counts
 *    more than a busy hub (1 / log degree).
 *  - Complementary pairs: a first-line actor and the specialised support of its own municipality
 *    with no route between them within the chain length, no route the other way, and no network
 *    in common (those already know each other).
 * Scores are computed on integer indices; words are written only for the pairs that are kept.
 */
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality, municipalityOf } from './areas.js';
import { atSupport, reach } from './chains.js';
import { IndexAdjacency } from './common-neighbours.js';
import { startCommonNeighbours, type PendingCommonNeighbours } from './common-neighbours-job.js';
import { makeFinding, type RawFinding } from './finding.js';
import { isFirstLine, NON_PARTICIPANT_KINDS, SPECIALISED_KINDS } from './policy.js';
import { listEn, listSv, names, nameOf } from './text.js';
import type { Text } from './types.js';

export interface SuggestedLink {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly kind: 'COMMON_COLLABORATORS' | 'FIRST_LINE_TO_SPECIALIST';
  readonly via: readonly string[];
  readonly reason: Text;
}

/** Busy hubs tell little about who should meet, and would make the pair count explode. */
const MAX_INTERMEDIATE_DEGREE = 200;
/** Candidates kept per actor, and in all. */
const PER_ACTOR = 5;
const MAX_SUGGESTIONS = 500;
const MAX_VIA = 4;

/** The actor collaboration graph over actor indices: joined by a live or dormant network, or a route. */
function actorAdjacency(snapshot: MapSnapshot, index: ReadonlyMap<string, number>): IndexAdjacency {
  return IndexAdjacency.build(index.size, (link) => {
    for (const network of snapshot.all('Network')) {
      if (network.status === 'ENDED') continue;
      const members = [...new Set([...snapshot.in(network.id, 'MEMBER_OF'), ...snapshot.in(network.id, 'CONVENES')].map((r) => index.get(r.from)))]
        .filter((i): i is number => i !== undefined);
      if (members.length > MAX_INTERMEDIATE_DEGREE) continue;
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) link(members[i]!, members[j]!);
    }
    for (const r of snapshot.relsOfType('REFERS_TO')) {
      const [x, y] = [index.get(r.from), index.get(r.to)];
      if (r.status !== 'BROKEN' && x !== undefined && y !== undefined) link(x, y);
    }
  });
}

const cache = new WeakMap<MapSnapshot, SuggestedLink[]>();

interface Prepared {
  readonly index: ReadonlyMap<string, number>;
  readonly adjacency: IndexAdjacency;
  readonly common: PendingCommonNeighbours;
}
const prepared = new WeakMap<MapSnapshot, Prepared>();

/**
 * Builds the actor graph and starts the common-neighbour scores (on the helper thread for large
 * maps), so they are ready when the suggestions are written; called at the start of a run.
 */
export function prepareSuggestions(snapshot: MapSnapshot): Prepared {
  let ready = prepared.get(snapshot);
  if (!ready) {
    const index = new Map(snapshot.all('Actor').map((a, i) => [a.id, i]));
    const adjacency = actorAdjacency(snapshot, index);
    ready = { index, adjacency, common: startCommonNeighbours(adjacency, index.size, PER_ACTOR, MAX_INTERMEDIATE_DEGREE, MAX_VIA) };
    prepared.set(snapshot, ready);
  }
  return ready;
}

export function suggestedLinks(snapshot: MapSnapshot, chainMaxHops: number): SuggestedLink[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const actors = snapshot.all('Actor');
  const { index, adjacency, common: pending } = prepareSuggestions(snapshot);
  prepared.delete(snapshot);
  const links: SuggestedLink[] = [];

  const common = pending.collect().sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b).slice(0, MAX_SUGGESTIONS);
  for (const c of common) {
    const [a, b] = [actors[c.a]!, actors[c.b]!];
    const viaIds = c.via.map((z) => actors[z]!.id);
    const viaNames = names(snapshot, viaIds);
    links.push({
      a: a.id, b: b.id, score: c.score, kind: 'COMMON_COLLABORATORS', via: viaIds,
      reason: {
        sv: `${a.name} och ${b.name} samarbetar båda med ${listSv(viaNames, 4)} men inte med varandra.`,
        en: `${a.name} and ${b.name} both work with ${listEn(viaNames, 4)} but not with each other.`,
      },
    });
  }

  const grouped = actorsByMunicipality(snapshot);
  for (const actor of actors) {
    if (!isFirstLine(actor) || NON_PARTICIPANT_KINDS.has(actor.kind)) continue;
    const municipality = municipalityOf(snapshot, actor.id);
    const specialists = municipality ? (grouped.get(municipality.id) ?? []).filter((s) => SPECIALISED_KINDS.has(s.kind)) : [];
    if (!municipality || specialists.length === 0) continue;
    if (atSupport(snapshot, actor)) continue; // a unit inside social services' own administration
    const reached = reach(snapshot, actor.id, chainMaxHops, (r) => r.status !== 'BROKEN').targets;
    const self = index.get(actor.id)!;
    for (const specialist of specialists) {
      if (reached.has(specialist.id) || adjacency.has(self, index.get(specialist.id)!)) continue;
      links.push({
        a: actor.id, b: specialist.id, score: 1, kind: 'FIRST_LINE_TO_SPECIALIST', via: [],
        reason: {
          sv: `${actor.name} möter familjer i ${municipality.name} och ${specialist.name} ger stöd där, men kartan visar ingen överlämningsväg mellan dem och de är inte med i samma nätverk.`,
          en: `${actor.name} meets families in ${municipality.name} and ${specialist.name} gives support there, but the map shows no handover route between them and they share no network.`,
        },
      });
    }
  }
  // Complementary pairs first (a chain should exist), then by score.
  links.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'FIRST_LINE_TO_SPECIALIST' ? -1 : 1) || y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  cache.set(snapshot, links);
  return links;
}

/**
 * Suggestions as findings: one note per municipality listing its pairs, so an area filter keeps
 * every suggestion of that area (nothing is cut before filtering). They are notes, not gaps.
 */
export function suggestionFindings(snapshot: MapSnapshot, chainMaxHops: number): RawFinding[] {
  const byPlace = new Map<string, SuggestedLink[]>();
  for (const link of suggestedLinks(snapshot, chainMaxHops)) {
    const place = municipalityOf(snapshot, link.a)?.id ?? municipalityOf(snapshot, link.b)?.id ?? snapshot.areaOf(link.a)?.id ?? '';
    (byPlace.get(place) ?? byPlace.set(place, []).get(place)!).push(link);
  }
  const findings: RawFinding[] = [];
  for (const [place, links] of byPlace) {
    for (const kind of ['FIRST_LINE_TO_SPECIALIST', 'COMMON_COLLABORATORS'] as const) {
      const some = links.filter((l) => l.kind === kind);
      if (some.length === 0) continue;
      const complementary = kind === 'FIRST_LINE_TO_SPECIALIST';
      const area = snapshot.nodeOf('Area', place);
      const pairs = some.map((l) => `${nameOf(snapshot.node(l.a))} och ${nameOf(snapshot.node(l.b))}`);
      const pairsEn = some.map((l) => `${nameOf(snapshot.node(l.a))} and ${nameOf(snapshot.node(l.b))}`);
      const here = area ? { sv: ` i ${area.name}`, en: ` in ${area.name}` } : { sv: '', en: '' };
      findings.push(makeFinding(snapshot, {
        kind: 'SUGGESTED_LINK', rule: complementary ? 'suggestions.first-line-to-specialist' : 'suggestions.common-collaborators',
        class: 'NOTE', severity: 'LOW', concept: complementary ? 'PROCESSER' : 'RELATIONER', frame: complementary ? 'ROUTINES' : 'ARENAS',
        nodes: [...new Set(some.flatMap((l) => [l.a, l.b]))], areas: area ? [area.id] : [], reach: some.length,
        severityReason: { sv: 'Ett förslag, ingen brist i sig.', en: 'A suggestion, not a gap in itself.' },
        explanation: some.length === 1
          ? some[0]!.reason
          : complementary
            ? { sv: `${some.length} verksamheter som möter familjer${here.sv} har varken en överlämningsväg till stödet eller ett nätverk gemensamt med det: ${listSv(pairs, 5)}.`, en: `${some.length} services that meet families${here.en} have neither a handover route to support nor a network in common with it: ${listEn(pairsEn, 5)}.` }
            : { sv: `${some.length} par${here.sv} samarbetar med samma aktörer men inte med varandra: ${listSv(pairs, 5)}.`, en: `${some.length} pairs${here.en} work with the same actors but not with each other: ${listEn(pairsEn, 5)}.` },
        suggestion: complementary
          ? { sv: 'Låt dem träffas och komma överens om hur en orolig förälder lämnas över.', en: 'Let them meet and agree how a worried parent is handed over.' }
          : { sv: 'Presentera dem för varandra, till exempel i ett gemensamt nätverk.', en: 'Introduce them to each other, for example in a shared network.' },
      }));
    }
  }
  return findings;
}
