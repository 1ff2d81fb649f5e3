/**
 * Duplicated networks: pairs of networks that share members (actors, and persons where recorded),
 * scored by how much they share and whether they do the same thing in the same place.
 *
 * score = 0.45·Jaccard(members) + 0.25·overlap coefficient(members) + 0.2·Jaccard(topics)
 *       + 0.1·(same area and level)
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { fold } from '../readmodel/text.js';
import { makeFinding as make, type RawFinding } from './finding.js';
import { inSentence, listEn, listSv, names } from './text.js';
import type { Text } from './types.js';

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
}

/** A pair scoring at least this is reported as a finding. */
export const DUPLICATE_MIN_SCORE = 0.5;
const HIGH_SCORE = 0.7;

/**
 * Who takes part, counting each organisation once: a person seated for an actor stands for that
 * actor (the coordinator and the coordinator's pseudonymous person are one member, not two); a
 * person who represents nobody counts as themself.
 */
function membersOf(snapshot: MapSnapshot, networkId: string): Set<string> {
  const members = new Set(snapshot.in(networkId, 'MEMBER_OF').map((r) => r.from));
  for (const seat of snapshot.in(networkId, 'SITS_IN')) {
    const represented = snapshot.out(seat.from, 'REPRESENTS').map((r) => r.to);
    if (represented.length) for (const actor of represented) members.add(actor);
    else members.add(seat.from);
  }
  return members;
}

const jaccard = (shared: number, a: number, b: number) => (a + b - shared === 0 ? 0 : shared / (a + b - shared));

/**
 * The overlap in words. Written when it is read (a finding, or the API's `explanation`), not for
 * every pair: nationally there are 15,000 pairs and about 900 findings.
 */
export function describeOverlap(snapshot: MapSnapshot, o: NetworkOverlap): Text {
  const total = o.shared.length + o.onlyA.length + o.onlyB.length;
  const topics = names(snapshot, o.sharedTopics);
  const area = o.sameArea ? snapshot.areaOf(o.a.id)?.name : undefined;
  const shared = names(snapshot, o.shared);
  const sv = [`${o.shared.length} av ${total} medlemmar är gemensamma (${listSv(shared, 4)})`];
  const en = [`${o.shared.length} of ${total} members are shared (${listEn(shared, 4)})`];
  if (topics.length) {
    sv.push(`båda arbetar med ${listSv(topics.map(inSentence))}${area ? ` i ${area}` : ''}`);
    en.push(`both address ${listEn(topics)}${area ? ` in ${area}` : ''}`);
  } else if (area) {
    sv.push(`båda finns i ${area}`);
    en.push(`both are in ${area}`);
  }
  return { sv: `${sv.join('; ')}.`, en: `${en.join('; ')}.` };
}

const cache = new WeakMap<MapSnapshot, NetworkOverlap[]>();

/**
 * Every pair of live networks with at least one shared member, highest score first. Pairs come
 * from members' co-memberships, so only networks that share someone are compared: from each
 * network, the networks its members also sit in (each once, marked by the network's index), the
 * pair taken from its smaller id. Topics and areas are read once per network, not once per pair.
 */
export function networkOverlaps(snapshot: MapSnapshot): NetworkOverlap[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const live = snapshot.all('Network').filter((n) => n.status === 'ACTIVE' || n.status === 'PLANNED');
  const members = live.map((n) => membersOf(snapshot, n.id));
  const topics = live.map((n) => new Set(snapshot.out(n.id, 'ADDRESSES').map((r) => r.to)));
  const areas = live.map((n) => snapshot.areaOf(n.id)?.id);
  const byMember = new Map<string, number[]>();
  members.forEach((set, i) => { for (const m of set) (byMember.get(m) ?? byMember.set(m, []).get(m)!).push(i); });
  const seenWith = new Int32Array(live.length).fill(-1);
  const result: NetworkOverlap[] = [];
  for (let x = 0; x < live.length; x++) {
    seenWith[x] = x;
    for (const m of members[x]!) for (const y of byMember.get(m)!) {
      if (seenWith[y] === x) continue;
      seenWith[y] = x;
      if (live[x]!.id < live[y]!.id) result.push(overlap(snapshot, live[x]!, live[y]!, members[x]!, members[y]!, topics[x]!, topics[y]!, areas[x], areas[y]));
    }
  }
  // Ties by id in code-unit order: as stable as localeCompare, and sorting 15,000 pairs with it took 60 ms.
  result.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  cache.set(snapshot, result);
  return result;
}

function overlap(
  snapshot: MapSnapshot, a: NodeRecord<'Network'>, b: NodeRecord<'Network'>, ma: ReadonlySet<string>, mb: ReadonlySet<string>,
  ta: ReadonlySet<string>, tb: ReadonlySet<string>, areaA: string | undefined, areaB: string | undefined,
): NetworkOverlap {
  const shared = [...ma].filter((m) => mb.has(m));
  const sharedTopics = [...ta].filter((t) => tb.has(t));
  const sameArea = areaA !== undefined && areaA === areaB;
  const sameLevel = a.level === b.level;
  const j = jaccard(shared.length, ma.size, mb.size);
  const oc = shared.length / Math.min(ma.size, mb.size);
  const tj = jaccard(sharedTopics.length, ta.size, tb.size);
  const score = Math.round((0.45 * j + 0.25 * oc + 0.2 * tj + 0.1 * (sameArea && sameLevel ? 1 : 0)) * 1000) / 1000;
  return {
    id: `${a.id}--overlaps--${b.id}`, a, b, shared, onlyA: [...ma].filter((m) => !mb.has(m)), onlyB: [...mb].filter((m) => !ma.has(m)), sharedTopics,
    jaccard: j, overlapCoefficient: oc, topicJaccard: tj, sameArea, sameLevel, score,
  };
}

/** Who calls the network: its conveners and chairs. */
const convenersOf = (snapshot: MapSnapshot, id: string) =>
  new Set([...snapshot.in(id, 'CONVENES').map((r) => r.from), ...snapshot.in(id, 'MEMBER_OF').filter((m) => m.role === 'CHAIR').map((m) => m.from)]);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Whether two networks do the same job: the same kind, and the same recorded purpose (or, with no
 * purpose recorded on either, the same topics). A steering group and a working group of one
 * effort are two levels of it, not a duplicate.
 */
function samePurpose(snapshot: MapSnapshot, o: NetworkOverlap): boolean {
  if (o.a.kind !== o.b.kind) return false;
  if (o.a.purpose && o.b.purpose) return fold(o.a.purpose) === fold(o.b.purpose);
  const ta = new Set(snapshot.out(o.a.id, 'ADDRESSES').map((r) => r.to));
  const tb = new Set(snapshot.out(o.b.id, 'ADDRESSES').map((r) => r.to));
  return ta.size > 0 && sameSet(ta, tb);
}

export function duplicateFindings(snapshot: MapSnapshot): RawFinding[] {
  return networkOverlaps(snapshot)
    .filter((o) => o.score >= DUPLICATE_MIN_SCORE && o.shared.length >= 2)
    .map((o) => {
      const ca = convenersOf(snapshot, o.a.id);
      const cb = convenersOf(snapshot, o.b.id);
      const sameConvener = ca.size > 0 && sameSet(ca, cb);
      const purpose = samePurpose(snapshot, o);
      const both = sameConvener && purpose;
      const total = o.shared.length + o.onlyA.length + o.onlyB.length;
      const differs = {
        sv: [!purpose && 'uppdrag', !sameConvener && 'sammankallande'].filter(Boolean).join(' och '),
        en: [!purpose && 'remit', !sameConvener && 'convener'].filter(Boolean).join(' and '),
      };
      const convenerText = ca.size && cb.size && !sameConvener
        ? { sv: ` (${listSv(names(snapshot, ca))} respektive ${listSv(names(snapshot, cb))})`, en: ` (${listEn(names(snapshot, ca))} and ${listEn(names(snapshot, cb))} respectively)` }
        : { sv: '', en: '' };
      const explanation = describeOverlap(snapshot, o);
      return make(snapshot, {
        kind: 'DUPLICATED_NETWORKS', rule: 'duplicates.member-overlap', frame: 'COORDINATION', concept: 'STRUKTUR',
        class: both ? 'GAP' : 'NOTE', severity: both ? (o.score >= HIGH_SCORE ? 'HIGH' : 'MEDIUM') : 'LOW', reach: total,
        severityReason: both
          ? { sv: 'Samma deltagare, samma uppdrag och samma sammankallande: troligen dubbelarbete.', en: 'The same people, remit and convener: most likely duplicated work.' }
          : { sv: `Många av deltagarna är desamma, men nätverken har olika ${differs.sv}.`, en: `Many of the people are the same, but the networks differ in ${differs.en}.` },
        nodes: [o.a.id, o.b.id, ...o.shared],
        explanation: {
          sv: `${o.a.name} och ${o.b.name}: ${explanation.sv.replace(/\.$/, '')}. ${both ? 'De har samma uppdrag och samma sammankallande.' : `De har olika ${differs.sv}${convenerText.sv}.`}`,
          en: `${o.a.name} and ${o.b.name}: ${explanation.en.replace(/\.$/, '')}. ${both ? 'They have the same remit and the same convener.' : `They differ in ${differs.en}${convenerText.en}.`}`,
        },
        suggestion: both
          ? { sv: 'Se över om nätverken kan slås ihop eller få tydligt åtskilda uppdrag, så att samma personer inte driver samma frågor i två forum.', en: 'Consider merging the networks or giving them clearly separate remits, so the same people do not chase the same questions in two forums.' }
          : { sv: `Slå inte ihop dem, eftersom de har olika ${differs.sv}, men samordna mötestider och se till att information går mellan dem.`, en: `Do not merge them, since they differ in ${differs.en}, but coordinate meeting times and make sure information flows between them.` },
      });
    });
}
