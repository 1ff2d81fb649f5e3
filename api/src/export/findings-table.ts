/** The findings as a table for a report: one row each, in the reader's language, subjects by name. */
import type { Finding } from '../analysis/types.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { Table } from './template-rows.js';

const HEADERS = {
  sv: ['id', 'typ', 'allvarlighet', 'begrepp', 'förklaring', 'förslag', 'skäl till allvarlighet', 'områden', 'gäller', 'regel'],
  en: ['id', 'kind', 'severity', 'concept', 'explanation', 'suggestion', 'severity reason', 'areas', 'concerns', 'rule'],
} as const;

export function findingsTable(snapshot: MapSnapshot, findings: readonly Finding[], lang: 'sv' | 'en'): Table {
  const name = (id: string): string => {
    const node = snapshot.node(id) as { name?: string; pseudonym?: string } | undefined;
    return node?.name ?? node?.pseudonym ?? id;
  };
  return {
    file: 'findings.csv',
    columns: [...HEADERS[lang]],
    rows: findings.map((f) => [
      f.id, f.kind, f.severity, f.concept, f[`explanation`][lang], f.suggestion[lang], f.severityReason[lang],
      f.areaIds.map(name).join('; '), f.subjects.nodes.map(name).join('; '), f.rule,
    ]),
  };
}
