/**
 * Coverage: target groups, prevention levels and support phases (seed/coverage-rules.csv) that no
 * actor in a municipality serves. An actor serves a rule when it records the group, level or phase
 * — or when its kind reaches it by definition (BVC, family centres and open preschools reach
 * parents of young children), as the rules file says. Where a municipality records none of a
 * facet, that is something to fill in, not three gaps in the services.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { NodeRecord } from '../domain/model.js';
import { ACTOR_KINDS, PREVENTION_LEVELS, SUPPORT_PHASES } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { fold } from '../readmodel/text.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding, type RawFinding } from './finding.js';
import { readRuleRows } from './rules-csv.js';
import { listEn, listSv } from './text.js';
import { SEVERITIES } from './types.js';

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().optional().default('').transform((s) => s.split(';').map((v) => v.trim()).filter(Boolean)).pipe(z.array(z.enum(values)));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().optional().default('').transform((s) => s.trim()).pipe(z.union([z.literal('').transform(() => null), z.enum(values)]));

const coverageRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/),
  targetGroup_sv: z.string().min(1),
  targetGroup_en: z.string().min(1),
  matches: z.string().optional().default('').transform((s) => s.split(';').map((m) => fold(m.trim())).filter(Boolean)),
  /** The rule is about a prevention level or a support phase rather than a target group. */
  preventionLevel: optionalEnum(PREVENTION_LEVELS),
  phase: optionalEnum(SUPPORT_PHASES),
  /** Actor kinds that reach the group, level or phase by definition. */
  reachedByKinds: list(ACTOR_KINDS),
  severity: z.enum(SEVERITIES),
  reason_sv: z.string().min(1),
  reason_en: z.string().min(1),
  /** Where the rule comes from (report lines); never shown in findings. */
  source: z.string().optional().default(''),
}).superRefine((rule, ctx) => {
  const facets = [rule.matches.length > 0, rule.preventionLevel !== null, rule.phase !== null].filter(Boolean).length;
  if (facets !== 1) ctx.addIssue({ code: 'custom', path: ['matches'], message: 'give exactly one of matches, preventionLevel or phase' });
});
export type CoverageRule = z.infer<typeof coverageRuleSchema>;

export function parseCoverageRules(csv: string, file = 'coverage-rules.csv'): CoverageRule[] {
  const { rules, problems } = readRuleRows(csv, file, coverageRuleSchema);
  if (problems.length) throw new Error(`Invalid coverage rules:\n  - ${problems.join('\n  - ')}`);
  return rules;
}

export const loadCoverageRules = (path: string): CoverageRule[] => parseCoverageRules(readFileSync(path, 'utf8'), path);

type Facet = 'groups' | 'levels' | 'phases';
const facetOf = (rule: CoverageRule): Facet => (rule.phase ? 'phases' : rule.preventionLevel ? 'levels' : 'groups');
const FACET_WORDS: Record<Facet, { sv: string; en: string }> = {
  groups: { sv: 'vilka målgrupper aktörerna når', en: 'which target groups the actors reach' },
  levels: { sv: 'vilka preventionsnivåer aktörerna arbetar på', en: 'which prevention levels the actors work at' },
  phases: { sv: 'i vilka stödfaser aktörerna ger stöd', en: 'in which support phases the actors give support' },
};
const VERB: Record<Facet, { sv: string; en: string }> = {
  groups: { sv: 'når', en: 'reaches' }, levels: { sv: 'arbetar med', en: 'works at' }, phases: { sv: 'ger', en: 'gives' },
};
const records = (actor: NodeRecord<'Actor'>, facet: Facet) =>
  (facet === 'groups' ? actor.targetGroups : facet === 'levels' ? actor.preventionLevels : actor.supportPhases).length > 0;

export function serves(actor: NodeRecord<'Actor'>, rule: CoverageRule): boolean {
  if (rule.reachedByKinds.includes(actor.kind)) return true;
  if (rule.phase) return actor.supportPhases.includes(rule.phase);
  if (rule.preventionLevel) return actor.preventionLevels.includes(rule.preventionLevel);
  return actor.targetGroups.some((g) => rule.matches.some((m) => fold(g).includes(m)));
}

export function coverageFindings(snapshot: MapSnapshot, rules: readonly CoverageRule[]): RawFinding[] {
  const findings: RawFinding[] = [];
  const grouped = actorsByMunicipality(snapshot);
  for (const municipality of snapshot.all('Area').filter((a) => a.type === 'MUNICIPALITY')) {
    const actors = grouped.get(municipality.id) ?? [];
    if (actors.length === 0) continue;
    const unrecorded = new Set<Facet>();
    for (const rule of rules) {
      if (actors.some((a) => serves(a, rule))) continue;
      const facet = facetOf(rule);
      if (!actors.some((a) => records(a, facet))) {
        unrecorded.add(facet);
        continue;
      }
      findings.push(makeFinding(snapshot, {
        kind: 'COVERAGE_GAP', rule: `coverage.${rule.id}`, severity: rule.severity, concept: 'ORGANISATION',
        frame: facet === 'phases' ? 'PHASES' : 'TARGET_GROUPS', nodes: [municipality.id], areas: [municipality.id], reach: actors.length,
        severityReason: { sv: `Ingen i kommunen ${VERB[facet].sv} ${rule.targetGroup_sv} enligt kartan.`, en: `Nobody in the municipality ${VERB[facet].en} ${rule.targetGroup_en} according to the map.` },
        explanation: {
          sv: `Ingen aktör i ${municipality.name} ${VERB[facet].sv} ${rule.targetGroup_sv} enligt kartan. ${rule.reason_sv}`,
          en: `No actor in ${municipality.name} ${VERB[facet].en} ${rule.targetGroup_en} according to the map. ${rule.reason_en}`,
        },
        suggestion: facet === 'groups'
          ? { sv: `Ta reda på vem i ${municipality.name} som kan nå ${rule.targetGroup_sv}, till exempel via skolan, fritidsverksamheten eller civilsamhället.`, en: `Find out who in ${municipality.name} could reach ${rule.targetGroup_en}, for example through schools, leisure services or civil society.` }
          : { sv: `Ta reda på om ${rule.targetGroup_sv} finns i ${municipality.name} men inte är registrerat, eller om det behöver byggas upp.`, en: `Find out whether ${rule.targetGroup_en} exists in ${municipality.name} but is not recorded, or needs to be built up.` },
      }));
    }
    if (unrecorded.size) {
      const facets = [...unrecorded];
      findings.push(makeFinding(snapshot, {
        kind: 'COVERAGE_GAP', rule: 'coverage.unrecorded', severity: 'LOW', concept: 'KUNSKAP', frame: facets.includes('phases') ? 'PHASES' : 'TARGET_GROUPS',
        class: 'TO_FILL_IN', missingField: { sv: listSv(facets.map((f) => FACET_WORDS[f].sv)), en: listEn(facets.map((f) => FACET_WORDS[f].en)) },
        nodes: [municipality.id], areas: [municipality.id], reach: 1,
        severityReason: { sv: 'Kartan saknar uppgiften; det säger inget om verksamheten.', en: 'The map lacks the fact; it says nothing about the services.' },
        explanation: {
          sv: `Kartan visar inte ${listSv(facets.map((f) => FACET_WORDS[f].sv))} i ${municipality.name}, så täckningen går inte att bedöma.`,
          en: `The map does not show ${listEn(facets.map((f) => FACET_WORDS[f].en))} in ${municipality.name}, so coverage cannot be judged.`,
        },
        suggestion: { sv: `Fråga aktörerna i ${municipality.name} och fyll i kartan.`, en: `Ask the actors in ${municipality.name} and fill in the map.` },
      }));
    }
  }
  return findings;
}
