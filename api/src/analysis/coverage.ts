/**
 * Coverage: target groups (seed/coverage-rules.csv) and prevention levels that no actor in a
 * municipality is recorded as serving. Where a municipality records none at all, that gap in the
 * map itself is the finding, not three gaps in the services.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { NodeRecord } from '../domain/model.js';
import { PREVENTION_LEVELS } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { fold } from '../readmodel/text.js';
import { actorsByMunicipality } from './areas.js';
import { makeFinding } from './finding.js';
import { readRuleRows } from './rules-csv.js';
import { SEVERITY_SV, listEn, listSv } from './text.js';
import { SEVERITIES, type Finding } from './types.js';

const coverageRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/),
  targetGroup_sv: z.string().min(1),
  targetGroup_en: z.string().min(1),
  matches: z.string().transform((s) => s.split(';').map((m) => fold(m.trim())).filter(Boolean)).pipe(z.array(z.string()).min(1)),
  severity: z.enum(SEVERITIES),
  reason_sv: z.string().min(1),
  reason_en: z.string().min(1),
});
export type CoverageRule = z.infer<typeof coverageRuleSchema>;

export function parseCoverageRules(csv: string, file = 'coverage-rules.csv'): CoverageRule[] {
  const { rules, problems } = readRuleRows(csv, file, coverageRuleSchema);
  if (problems.length) throw new Error(`Invalid coverage rules:\n  - ${problems.join('\n  - ')}`);
  return rules;
}

export const loadCoverageRules = (path: string): CoverageRule[] => parseCoverageRules(readFileSync(path, 'utf8'), path);

const LEVEL_WORDS: Record<string, { sv: string; en: string }> = {
  UNIVERSAL: { sv: 'universell prevention', en: 'universal prevention' },
  SELECTIVE: { sv: 'selektiv prevention', en: 'selective prevention' },
  INDICATED: { sv: 'indikerad prevention', en: 'indicated prevention' },
};

const serves = (actor: NodeRecord<'Actor'>, rule: CoverageRule) =>
  actor.targetGroups.some((g) => rule.matches.some((m) => fold(g).includes(m)));

export function coverageFindings(snapshot: MapSnapshot, rules: readonly CoverageRule[]): Finding[] {
  const findings: Finding[] = [];
  const grouped = actorsByMunicipality(snapshot);
  const reachers = new Map(rules.map((rule) => [rule.id, snapshot.all('Actor').filter((a) => serves(a, rule))]));
  for (const municipality of snapshot.all('Area').filter((a) => a.type === 'MUNICIPALITY')) {
    const actors = grouped.get(municipality.id) ?? [];
    if (actors.length === 0) continue;
    const base = { kind: 'COVERAGE_GAP' as const, areas: [municipality.id] };

    const recordsGroups = actors.some((a) => a.targetGroups.length > 0);
    const recordsLevels = actors.some((a) => a.preventionLevels.length > 0);
    if (!recordsGroups || !recordsLevels) {
      const missing = [!recordsGroups && { sv: 'målgrupper', en: 'target groups' }, !recordsLevels && { sv: 'preventionsnivåer', en: 'prevention levels' }]
        .filter((x): x is { sv: string; en: string } => !!x);
      findings.push(makeFinding(snapshot, {
        ...base, rule: 'coverage.unrecorded', severity: 'LOW', concept: 'KUNSKAP', nodes: [municipality.id],
        severityReason: { sv: 'Kartan saknar uppgiften; det säger inget om verksamheten.', en: 'The map lacks the fact; it says nothing about the services.' },
        explanation: {
          sv: `Ingen av de ${actors.length} aktörerna i ${municipality.name} har registrerade ${listSv(missing.map((m) => m.sv))}, så täckningen går inte att bedöma.`,
          en: `None of the ${actors.length} actors in ${municipality.name} has recorded ${listEn(missing.map((m) => m.en))}, so coverage cannot be judged.`,
        },
        suggestion: { sv: `Fråga aktörerna i ${municipality.name} vilka målgrupper och nivåer de når, och fyll i kartan.`, en: `Ask the actors in ${municipality.name} which target groups and levels they reach, and fill in the map.` },
      }));
    }
    if (recordsGroups) {
      for (const rule of rules) {
        if (actors.some((a) => serves(a, rule))) continue;
        const elsewhere = reachers.get(rule.id)!;
        findings.push(makeFinding(snapshot, {
          ...base, rule: `coverage.target-group.${rule.id}`, severity: rule.severity, concept: 'ORGANISATION', nodes: [municipality.id],
          severityReason: { sv: `Regeln ”${rule.id}” bedömer detta som ${SEVERITY_SV[rule.severity]}; regeln kan ändras i regelfilen.`, en: `The rule "${rule.id}" rates this ${rule.severity.toLowerCase()}; the rule can be changed in the rules file.` },
          explanation: {
            sv: `Ingen aktör i ${municipality.name} är registrerad som att den når ${rule.targetGroup_sv}. ${rule.reason_sv}`,
            en: `No actor in ${municipality.name} is recorded as reaching ${rule.targetGroup_en}. ${rule.reason_en}`,
          },
          suggestion: elsewhere.length
            ? { sv: `Lär av eller samarbeta med ${listSv(elsewhere.map((a) => a.name).sort(), 3)}, som når målgruppen på andra håll.`, en: `Learn from or work with ${listEn(elsewhere.map((a) => a.name).sort(), 3)}, who reach this group elsewhere.` }
            : { sv: 'Kartlägg vem som kan nå målgruppen, till exempel via civilsamhället.', en: 'Map who could reach this group, for example through civil society.' },
        }));
      }
    }
    if (recordsLevels) {
      for (const level of PREVENTION_LEVELS) {
        if (actors.some((a) => a.preventionLevels.includes(level))) continue;
        findings.push(makeFinding(snapshot, {
          ...base, rule: `coverage.prevention-level.${level.toLowerCase()}`, severity: 'MEDIUM', concept: 'ORGANISATION', nodes: [municipality.id],
          severityReason: { sv: 'En preventionsnivå saknas helt i kommunen.', en: 'A prevention level is missing entirely in the municipality.' },
          explanation: { sv: `Ingen aktör i ${municipality.name} är registrerad för ${LEVEL_WORDS[level]!.sv}.`, en: `No actor in ${municipality.name} is recorded as offering ${LEVEL_WORDS[level]!.en}.` },
          suggestion: { sv: 'Ta reda på om nivån finns men inte är registrerad, eller om den behöver byggas upp.', en: 'Find out whether the level exists but is unrecorded, or needs to be built.' },
        }));
      }
    }
  }
  return findings;
}
