/**
 * Duplicated networks: pairs of networks that share members (actors, and persons where recorded),
 * scored by how much they share and whether they do the same thing in the same place.
 *
 * score = 0.45·Jaccard(members) + 0.25·overlap coefficient(members) + 0.2·Jaccard(topics)
 *       + 0.1·(same area and level)
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { makeFinding } from './finding.js';
import { listEn, listSv, names, percent } from './text.js';
import type { Finding, Text } from './types.js';

export interface NetworkOverlap {
  readonly id: string;
  readonly a: NodeRecord<'Network'>;
  readonly b: NodeRecord<'Network'>;
  readonly shared: readonly string[];
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  readonly sharedTopics: readonly string[];
  readonly jaccard: number;
  readonly overlapCoefficient: number;
  readonly topicJaccard: number;
  readonly sameArea: boolean;
  readonly sameLevel: boolean;
  readonly score: number;
  readonly explanation: Text;
}

/** A pair scoring at least this is reported as a finding. */
export const DUPLICATE_MIN_SCORE = 0.5;
const HIGH_SCORE = 0.7;

function membersOf(snapshot: MapSnapshot, networkId: string): Set<string> {
  return new Set([...snapshot.in(networkId, 'MEMBER_OF'), ...snapshot.in(networkId, 'SITS_IN')].map((r) => r.from));
}

const jaccard = (shared: number, a: number, b: number) => (a + b - shared === 0 ? 0 : shared / (a + b - shared));

function describe(snapshot: MapSnapshot, o: Omit<NetworkOverlap, 'explanation' | 'id'>): Text {
  const total = o.shared.length + o.onlyA.length + o.onlyB.length;
  const topics = names(snapshot, o.sharedTopics);
  const area = o.sameArea ? snapshot.areaOf(o.a.id)?.name : undefined;
  const sv = [`${o.shared.length} av ${total} medlemmar är gemensamma (${listSv(names(snapshot, o.shared), 4)})`];
  const en = [`${o.shared.length} of ${total} members are shared (${listEn(names(snapshot, o.shared), 4)})`];
  if (topics.length) {
    sv.push(`båda arbetar med ${listSv(topics)}${area ? ` i ${area}` : ''}`);
    en.push(`both address ${listEn(topics)}${area ? ` in ${area}` : ''}`);
  } else if (area) {
    sv.push(`båda finns i ${area}`);
    en.push(`both are in ${area}`);
  }
  return { sv: `${sv.join('; ')}.`, en: `${en.join('; ')}.` };
}

const cache = new WeakMap<MapSnapshot, NetworkOverlap[]>();

/** Every pair of live networks with at least one shared member, highest score first. */
export function networkOverlaps(snapshot: MapSnapshot): NetworkOverlap[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const live = snapshot.all('Network').filter((n) => n.status !== 'ENDED');
  const members = new Map(live.map((n) => [n.id, membersOf(snapshot, n.id)]));
  // Pairs come from members' co-memberships, so only networks that share someone are compared.
  const byMember = new Map<string, string[]>();
  for (const [networkId, set] of members) for (const m of set) byMember.set(m, [...(byMember.get(m) ?? []), networkId]);
  const pairs = new Set<string>();
  for (const networks of byMember.values()) {
    for (let i = 0; i < networks.length; i++) for (let j = i + 1; j < networks.length; j++) {
      const [x, y] = [networks[i]!, networks[j]!].sort();
      pairs.add(`${x}\u0000${y}`);
    }
  }
  const result: NetworkOverlap[] = [];
  for (const pair of pairs) {
    const [idA, idB] = pair.split('\u0000') as [string, string];
    const a = snapshot.nodeOf('Network', idA)!;
    const b = snapshot.nodeOf('Network', idB)!;
    const ma = members.get(idA)!;
    const mb = members.get(idB)!;
    const shared = [...ma].filter((m) => mb.has(m));
    const ta = new Set(snapshot.out(idA, 'ADDRESSES').map((r) => r.to));
    const tb = new Set(snapshot.out(idB, 'ADDRESSES').map((r) => r.to));
    const sharedTopics = [...ta].filter((t) => tb.has(t));
    const areaA = snapshot.areaOf(idA)?.id;
    const sameArea = areaA !== undefined && areaA === snapshot.areaOf(idB)?.id;
    const sameLevel = a.level === b.level;
    const j = jaccard(shared.length, ma.size, mb.size);
    const oc = shared.length / Math.min(ma.size, mb.size);
    const tj = jaccard(sharedTopics.length, ta.size, tb.size);
    const score = Math.round((0.45 * j + 0.25 * oc + 0.2 * tj + 0.1 * (sameArea && sameLevel ? 1 : 0)) * 1000) / 1000;
    const base = {
      a, b, shared, onlyA: [...ma].filter((m) => !mb.has(m)), onlyB: [...mb].filter((m) => !ma.has(m)), sharedTopics,
      jaccard: j, overlapCoefficient: oc, topicJaccard: tj, sameArea, sameLevel, score,
    };
    result.push({ ...base, id: `${idA}--overlaps--${idB}`, explanation: describe(snapshot, base) });
  }
  result.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  cache.set(snapshot, result);
  return result;
}

export function duplicateFindings(snapshot: MapSnapshot): Finding[] {
  return networkOverlaps(snapshot)
    .filter((o) => o.score >= DUPLICATE_MIN_SCORE && o.shared.length >= 2)
    .map((o) => {
      const high = o.score >= HIGH_SCORE;
      return makeFinding(snapshot, {
        kind: 'DUPLICATED_NETWORKS', rule: 'duplicates.member-overlap', severity: high ? 'HIGH' : 'MEDIUM',
        severityReason: high
          ? { sv: `Poäng ${o.score} (minst ${HIGH_SCORE}): nästan samma deltagare och frågor.`, en: `Score ${o.score} (at least ${HIGH_SCORE}): nearly the same people and questions.` }
          : { sv: `Poäng ${o.score} (minst ${DUPLICATE_MIN_SCORE}).`, en: `Score ${o.score} (at least ${DUPLICATE_MIN_SCORE}).` },
        nodes: [o.a.id, o.b.id, ...o.shared],
        explanation: {
          sv: `${o.a.name} och ${o.b.name} överlappar (Jaccard ${percent(o.jaccard)}): ${o.explanation.sv}`,
          en: `${o.a.name} and ${o.b.name} overlap (Jaccard ${percent(o.jaccard)}): ${o.explanation.en}`,
        },
        suggestion: {
          sv: 'Se över om nätverken kan slås ihop eller få tydligt åtskilda uppdrag, så att samma personer inte driver samma frågor i två forum.',
          en: 'Consider merging the networks or giving them clearly separate remits, so the same people do not chase the same questions in two forums.',
        },
        concept: 'STRUKTUR',
      });
    });
}
