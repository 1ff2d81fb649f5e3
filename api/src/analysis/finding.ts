/** Building findings: a stable id from what the finding is about, its areas, class and priority. */
import { createHash } from 'node:crypto';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { municipalityOfArea } from './areas.js';
import type { Concept, Evidence, Finding, FindingClass, FindingKind, FrameSection, Severity, Text } from './types.js';

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
  readonly frame: FrameSection;
  /** Gap unless said otherwise. */
  readonly class?: FindingClass;
  /** Required for something to fill in: what the map lacks. */
  readonly missingField?: Text;
  /** Structural unless the finding rests on a status recorded from a source. */
  readonly evidence?: Evidence;
  /** How many it touches; the subject nodes unless said otherwise. */
  readonly reach?: number;
  /** Extra areas the finding concerns beyond its subjects' own (an area that is missing). */
  readonly areas?: readonly string[];
  /** Findings with the same key are about one fact and are collapsed into one (see grouping.ts). */
  readonly groupKey?: string;
}

/** A finding before grouping: it still carries the key it is grouped by. */
export type RawFinding = Finding & { readonly groupKey: string | null };

const SEVERITY_WEIGHT: Record<Severity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };
const EVIDENCE_WEIGHT: Record<Evidence, number> = { RECORDED: 3, STRUCTURAL: 2 };

/** severity × evidence × reach, where reach counts in doublings (1, 2, 4, 8, 16+ → 1…5). */
export function priorityOf(severity: Severity, evidence: Evidence, reach: number): number {
  const reachFactor = 1 + Math.min(4, Math.floor(Math.log2(Math.max(1, reach))));
  return SEVERITY_WEIGHT[severity] * EVIDENCE_WEIGHT[evidence] * reachFactor;
}

export function makeFinding(snapshot: MapSnapshot, input: FindingInput): RawFinding {
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
  const municipalities = new Set<string>();
  for (const areaId of areaIds) {
    const municipality = municipalityOfArea(snapshot, snapshot.nodeOf('Area', areaId));
    if (municipality) municipalities.add(municipality.id);
  }
  const evidence = input.evidence ?? 'STRUCTURAL';
  const reach = input.reach ?? nodes.length;
  return {
    id, kind: input.kind, rule: input.rule, severity: input.severity, severityReason: input.severityReason,
    subjects: { nodes, relationships }, explanation: input.explanation, suggestion: input.suggestion,
    concept: input.concept, areaIds: [...areaIds],
    class: input.class ?? 'GAP', missingField: input.missingField ?? null, frame: input.frame, evidence, reach,
    priority: priorityOf(input.severity, evidence, reach), variants: [],
    municipalityId: municipalities.size === 1 ? [...municipalities][0]! : null,
    groupKey: input.groupKey ?? null,
  };
}
