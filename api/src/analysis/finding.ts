/** Building findings: a stable id from what the finding is about, and its areas. */
import { createHash } from 'node:crypto';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { Concept, Finding, FindingKind, Severity, Text } from './types.js';

export interface FindingInput {
  readonly kind: FindingKind;
  readonly rule: string;
  readonly severity: Severity;
  readonly severityReason: Text;
  readonly nodes: readonly string[];
  readonly relationships?: readonly string[];
  readonly explanation: Text;
  readonly suggestion: Text;
  readonly concept: Concept;
  /** Extra areas the finding concerns beyond its subjects' own (an area that is missing). */
  readonly areas?: readonly string[];
}

export function makeFinding(snapshot: MapSnapshot, input: FindingInput): Finding {
  const nodes = [...new Set(input.nodes)];
  const relationships = [...new Set(input.relationships ?? [])];
  // The id depends on the rule and the subjects, not on wording or order, so it is stable.
  const key = [input.kind, input.rule, ...[...nodes].sort(), '|', ...[...relationships].sort()].join('\u0000');
  const id = `f-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  const areaIds = new Set(input.areas ?? []);
  for (const nodeId of nodes) {
    const node = snapshot.node(nodeId);
    if (node?.label === 'Area') areaIds.add(node.id);
    const area = snapshot.areaOf(nodeId);
    if (area) areaIds.add(area.id);
  }
  return {
    id, kind: input.kind, rule: input.rule, severity: input.severity, severityReason: input.severityReason,
    subjects: { nodes, relationships }, explanation: input.explanation, suggestion: input.suggestion,
    concept: input.concept, areaIds: [...areaIds],
  };
}
