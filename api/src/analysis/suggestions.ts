/**
 * Suggested links: actor pairs that probably should know each other, each with its reason.
 *  - Adamic–Adar on the actor collaboration graph (actors joined by a shared network or a route):
 *    pairs not yet joined, with collaborators in common; a common collaborator with few ties counts
 *    more than a busy hub (1 / log degree).
 *  - Complementary pairs: a first-line actor and the specialised support of its own municipality
 *    with no route between them within the chain length.
 */
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { municipalityOf } from './areas.js';
import { reach } from './chains.js';
import { makeFinding } from './finding.js';
import { isFirstLine, NON_PARTICIPANT_KINDS, SPECIALISED_KINDS } from './policy.js';
import { listEn, listSv, names, nameOf } from './text.js';
import type { Finding, Text } from './types.js';

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
const MAX_SUGGESTIONS = 500;

function actorNeighbours(snapshot: MapSnapshot): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    if (x === y) return;
    (neighbours.get(x) ?? neighbours.set(x, new Set()).get(x)!).add(y);
    (neighbours.get(y) ?? neighbours.set(y, new Set()).get(y)!).add(x);
  };
  for (const network of snapshot.all('Network')) {
    if (network.status === 'ENDED') continue;
    const members = [...new Set([...snapshot.in(network.id, 'MEMBER_OF'), ...snapshot.in(network.id, 'CONVENES')].map((r) => r.from))];
    if (members.length > MAX_INTERMEDIATE_DEGREE) continue;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) link(members[i]!, members[j]!);
  }
  for (const r of snapshot.relsOfType('REFERS_TO')) if (r.status !== 'BROKEN') link(r.from, r.to);
  return neighbours;
}

const cache = new WeakMap<MapSnapshot, SuggestedLink[]>();

export function suggestedLinks(snapshot: MapSnapshot, chainMaxHops: number): SuggestedLink[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const neighbours = actorNeighbours(snapshot);
  const scores = new Map<string, { score: number; via: string[] }>();
  for (const [z, set] of neighbours) {
    if (set.size < 2 || set.size > MAX_INTERMEDIATE_DEGREE) continue;
    const weight = 1 / Math.log(set.size);
    const list = [...set];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i]!, list[j]!].sort() as [string, string];
      if (neighbours.get(x)?.has(y)) continue;
      const key = `${x}\u0000${y}`;
      const entry = scores.get(key) ?? { score: 0, via: [] };
      entry.score += weight;
      entry.via.push(z);
      scores.set(key, entry);
    }
  }
  const links: SuggestedLink[] = [];
  for (const [key, { score, via }] of scores) {
    const [a, b] = key.split('\u0000') as [string, string];
    const viaNames = names(snapshot, via);
    links.push({
      a, b, score: Math.round(score * 1000) / 1000, kind: 'COMMON_COLLABORATORS', via,
      reason: {
        sv: `${nameOf(snapshot.node(a))} och ${nameOf(snapshot.node(b))} samarbetar båda med ${listSv(viaNames, 4)} men inte med varandra.`,
        en: `${nameOf(snapshot.node(a))} and ${nameOf(snapshot.node(b))} both work with ${listEn(viaNames, 4)} but not with each other.`,
      },
    });
  }
  for (const actor of snapshot.all('Actor')) {
    if (!isFirstLine(actor) || NON_PARTICIPANT_KINDS.has(actor.kind)) continue;
    const municipality = municipalityOf(snapshot, actor.id);
    if (!municipality) continue;
    const reached = reach(snapshot, actor.id, chainMaxHops, (r) => r.status !== 'BROKEN').targets;
    const specialists = snapshot.all('Actor').filter((s) => SPECIALISED_KINDS.has(s.kind) && municipalityOf(snapshot, s.id)?.id === municipality.id);
    for (const specialist of specialists) {
      if (reached.has(specialist.id)) continue;
      links.push({
        a: actor.id, b: specialist.id, score: 1 + (scores.get([actor.id, specialist.id].sort().join('\u0000'))?.score ?? 0),
        kind: 'FIRST_LINE_TO_SPECIALIST', via: [],
        reason: {
          sv: `${actor.name} möter familjer i ${municipality.name} och ${specialist.name} ger specialiserat stöd där, men det finns ingen väg mellan dem.`,
          en: `${actor.name} meets families in ${municipality.name} and ${specialist.name} gives specialised support there, but there is no route between them.`,
        },
      });
    }
  }
  links.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const result = links.slice(0, MAX_SUGGESTIONS);
  cache.set(snapshot, result);
  return result;
}

export const SUGGESTION_FINDINGS = 20;

export function suggestionFindings(snapshot: MapSnapshot, chainMaxHops: number): Finding[] {
  return suggestedLinks(snapshot, chainMaxHops)
    .slice(0, SUGGESTION_FINDINGS)
    .map((link) => {
      const complementary = link.kind === 'FIRST_LINE_TO_SPECIALIST';
      return makeFinding(snapshot, {
        kind: 'SUGGESTED_LINK', rule: complementary ? 'suggestions.first-line-to-specialist' : 'suggestions.adamic-adar',
        severity: complementary ? 'MEDIUM' : 'LOW', concept: complementary ? 'PROCESSER' : 'RELATIONER',
        nodes: [link.a, link.b, ...link.via],
        severityReason: complementary
          ? { sv: 'Första linjen och det specialiserade stödet i samma kommun bör ha en väg mellan sig.', en: 'The first line and specialised support in the same municipality should have a route between them.' }
          : { sv: `Förslag (Adamic–Adar ${link.score}).`, en: `Suggestion (Adamic–Adar ${link.score}).` },
        explanation: link.reason,
        suggestion: complementary
          ? { sv: `Låt ${nameOf(snapshot.node(link.a))} och ${nameOf(snapshot.node(link.b))} träffas och komma överens om hur en orolig förälder lämnas över.`, en: `Let ${nameOf(snapshot.node(link.a))} and ${nameOf(snapshot.node(link.b))} meet and agree how a worried parent is handed over.` }
          : { sv: `Presentera ${nameOf(snapshot.node(link.a))} och ${nameOf(snapshot.node(link.b))} för varandra, t.ex. i ett gemensamt nätverk.`, en: `Introduce ${nameOf(snapshot.node(link.a))} and ${nameOf(snapshot.node(link.b))} to each other, e.g. in a shared network.` },
      });
    });
}
