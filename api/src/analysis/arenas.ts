/**
 * Arenas for parental support. Support has to be offered where parents already are: the school,
 * the preschool, SFI and the integration unit (the report's proposal in most municipalities,
 * "Utöka arenor som erbjuder föräldrastöd", and civil society's point that school and preschool
 * lack a clear responsibility to support parents). A municipality's school or preschool, SFI or
 * integration unit that meets families, is on the map with its routes or routines, and yet offers
 * no parental support (no programme, parental support not among its topics, in no network on it)
 * is a gap. Kinds the municipality has no actor of at all are named as well.
 */
import type { NodeRecord } from '../domain/model.js';
import type { ActorKind } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import { PARENTAL_SUPPORT_TOPIC } from './policy.js';
import { listEn, listSv, names } from './text.js';

/** Where parents already are, every day or early in their establishment. */
export const PARENT_ARENA_KINDS: readonly ActorKind[] = ['SCHOOL', 'PRESCHOOL', 'SFI', 'INTEGRATION'];
const KIND_WORDS: Partial<Record<ActorKind, { sv: string; svDefinite: string; en: string }>> = {
  SCHOOL: { sv: 'skola', svDefinite: 'skolan', en: 'school' }, PRESCHOOL: { sv: 'förskola', svDefinite: 'förskolan', en: 'preschool' },
  SFI: { sv: 'SFI', svDefinite: 'SFI', en: 'SFI' }, INTEGRATION: { sv: 'integrationsverksamhet', svDefinite: 'integrationen', en: 'integration unit' },
};

/** "ingen SFI", "varken SFI eller integrationsverksamhet". */
function noneOf(words: readonly string[]): string {
  return words.length === 1 ? `ingen ${words[0]}` : `varken ${words.slice(0, -1).join(', ')} eller ${words.at(-1)}`;
}

function offersParentalSupport(snapshot: MapSnapshot, actor: NodeRecord<'Actor'>): boolean {
  return snapshot.out(actor.id, 'OFFERS').length > 0 ||
    snapshot.out(actor.id, 'WORKS_ON').some((r) => r.to === PARENTAL_SUPPORT_TOPIC) ||
    snapshot.out(actor.id, 'MEMBER_OF').some((m) => snapshot.nodeOf('Network', m.to)?.status === 'ACTIVE' && snapshot.out(m.to, 'ADDRESSES').some((r) => r.to === PARENTAL_SUPPORT_TOPIC));
}

/** Recorded beyond its name: a route, a routine or a network. Otherwise it is to fill in, not a gap. */
const mapped = (snapshot: MapSnapshot, id: string) =>
  snapshot.out(id, 'REFERS_TO').length + snapshot.out(id, 'HAS_ROUTINE').length + snapshot.out(id, 'MEMBER_OF').length > 0;

export function arenaFindings(snapshot: MapSnapshot): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [municipalityId, actors] of actorsByMunicipality(snapshot)) {
    const arenas = actors.filter((a) => PARENT_ARENA_KINDS.includes(a.kind) && a.firstLine);
    const idle = arenas.filter((a) => mapped(snapshot, a.id) && !offersParentalSupport(snapshot, a));
    if (idle.length === 0) continue;
    const municipality = snapshot.nodeOf('Area', municipalityId)!;
    const absent = PARENT_ARENA_KINDS.filter((k) => !actors.some((a) => a.kind === k)).map((k) => KIND_WORDS[k]!);
    const idleNames = names(snapshot, idle.map((a) => a.id));
    const one = idle.length === 1;
    const none = absent.length
      ? { sv: ` Kartan har ${noneOf(absent.map((w) => w.sv))} i ${municipality.name}.`, en: ` The map has no ${listEn(absent.map((w) => w.en))} in ${municipality.name}.` }
      : { sv: '', en: '' };
    findings.push(makeFinding(snapshot, {
      kind: 'COVERAGE_GAP', rule: 'arenas.no-parental-support', severity: 'MEDIUM', concept: 'SAMVERKAN', frame: 'ARENAS', evidence: 'STRUCTURAL',
      nodes: idle.map((a) => a.id), areas: [municipalityId], reach: idle.length,
      severityReason: {
        sv: 'Stöd som bara finns på få ställen når inte de föräldrar som inte söker upp det.',
        en: 'Support offered in few places does not reach the parents who do not seek it out.',
      },
      explanation: {
        sv: `${listSv(idleNames)} möter föräldrar varje dag men erbjuder inget föräldraskapsstöd på kartan.${none.sv}`,
        en: `${listEn(idleNames)} ${one ? 'meets' : 'meet'} parents every day but ${one ? 'offers' : 'offer'} no parental support on the map.${none.en}`,
      },
      suggestion: {
        sv: `Se över om ${listSv(idleNames)} kan bli ${one ? 'en arena' : 'arenor'} för föräldraskapsstöd, till exempel med föräldramöten eller ett föräldraskapsprogram, och ge ${one ? 'verksamheten' : 'verksamheterna'} ett tydligt ansvar för att erbjuda stöd${absent.length ? `. Undersök också om ${listSv(absent.map((w) => w.svDefinite))} kan erbjuda stöd` : ''}.`,
        en: `See whether ${listEn(idleNames)} can become ${one ? 'an arena' : 'arenas'} for parental support, for example with parents' meetings or a parenting programme, and give ${one ? 'it' : 'them'} a clear responsibility to offer support${absent.length ? `. Find out too what ${listEn(absent.map((w) => w.en))} could offer` : ''}.`,
      },
    }));
  }
  return findings;
}
