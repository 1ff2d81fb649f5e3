/**
 * Findings about one fact collapse into one: the same rule in the same municipality (seventeen
 * associations outside every network), or one fact seen by several rules (a project that ends,
 * behind three groups). The collapsed finding keeps each original as a variant, takes the highest
 * severity, and is worded by the rule's group text. Its id comes from the group key, so it stays
 * the same when a member is added or removed.
 */
import { createHash } from 'node:crypto';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { priorityOf, type RawFinding } from './finding.js';
import { SEVERITY_RANK, type Finding, type Text } from './types.js';

export type GroupText = (snapshot: MapSnapshot, members: readonly RawFinding[]) => { explanation: Text; suggestion: Text; severityReason?: Text };

const strip = ({ groupKey: _groupKey, ...finding }: RawFinding): Finding => finding;

export function collapse(snapshot: MapSnapshot, findings: readonly RawFinding[], texts: Readonly<Record<string, GroupText>>): Finding[] {
  const groups = new Map<string, RawFinding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.groupKey === null) out.push(strip(f));
    else (groups.get(f.groupKey) ?? groups.set(f.groupKey, []).get(f.groupKey)!).push(f);
  }
  for (const [key, members] of groups) {
    if (members.length === 1) {
      out.push(strip(members[0]!));
      continue;
    }
    members.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.priority - a.priority || a.id.localeCompare(b.id));
    const head = members[0]!;
    const text = texts[head.rule]?.(snapshot, members);
    const nodes = [...new Set(members.flatMap((m) => m.subjects.nodes))];
    const relationships = [...new Set(members.flatMap((m) => m.subjects.relationships))];
    const reach = members.reduce((sum, m) => sum + m.reach, 0);
    out.push({
      ...strip(head),
      id: `f-${createHash('sha256').update(`group\u0000${head.kind}\u0000${key}`).digest('hex').slice(0, 16)}`,
      subjects: { nodes, relationships },
      explanation: text?.explanation ?? head.explanation,
      suggestion: text?.suggestion ?? head.suggestion,
      severityReason: text?.severityReason ?? head.severityReason,
      areaIds: [...new Set(members.flatMap((m) => m.areaIds))],
      reach,
      priority: priorityOf(head.severity, head.evidence, reach),
      variants: members.map((m) => ({ id: m.id, rule: m.rule, severity: m.severity, subjects: m.subjects, explanation: m.explanation })),
    });
  }
  return out;
}
