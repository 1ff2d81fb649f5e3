/**
 * What the analysis finds: kinds, severities, and the TryggVäxt/NEXUM concepts a finding concerns
 * (five key concepts and five linking concepts), so a hub can group its work as the report does.
 */
export const FINDING_KINDS = [
  'DUPLICATED_NETWORKS', 'MISSING_REPRESENTATION', 'UNCONNECTED_ACTOR', 'BROKEN_CHAIN', 'FRAGILITY',
  'BROKER', 'SUGGESTED_LINK', 'STALE_FACT', 'COVERAGE_GAP',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_RANK: Record<Severity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export const CONCEPTS = [
  'KUNSKAP', 'RUTINER', 'BESLUT', 'SAMVERKAN', 'ORGANISATION',
  'RELATIONER', 'STRUKTUR', 'KOMMUNIKATION', 'SAMSYN', 'PROCESSER',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * What a finding is: a gap (recorded facts break a rule, or the map records an absence), something
 * to fill in (the map lacks the data to tell), or a note (who holds the map together, who might
 * meet) that is worth knowing but is no gap.
 */
export const FINDING_CLASSES = ['GAP', 'TO_FILL_IN', 'NOTE'] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];

/**
 * The report's own frame for each municipality ("Förslag på utveckling"): decision, routines,
 * coordination, representation in county networks, arenas, target groups, support phases.
 */
export const FRAME_SECTIONS = ['DECISION', 'ROUTINES', 'COORDINATION', 'COUNTY_NETWORKS', 'ARENAS', 'TARGET_GROUPS', 'PHASES'] as const;
export type FrameSection = (typeof FRAME_SECTIONS)[number];

/** How a finding is backed: a status recorded from a source, or a pattern in the structure. */
export const EVIDENCE = ['RECORDED', 'STRUCTURAL'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export interface Text {
  readonly sv: string;
  readonly en: string;
}

export interface Finding {
  /** Stable: the same finding on an unchanged graph has the same id. */
  readonly id: string;
  readonly kind: FindingKind;
  /** The check that made it, e.g. `chain.dead-end`. */
  readonly rule: string;
  readonly severity: Severity;
  /** Why this severity, in words. */
  readonly severityReason: Text;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
  readonly explanation: Text;
  readonly suggestion: Text;
  readonly concept: Concept;
  /** The areas the finding concerns (its subjects' areas), for filtering. */
  readonly areaIds: readonly string[];
  readonly class: FindingClass;
  /** For something to fill in: the fact the map lacks, in words. */
  readonly missingField: Text | null;
  readonly frame: FrameSection;
  readonly evidence: Evidence;
  /** How many actors, networks or places it touches, for ranking. */
  readonly reach: number;
  /** severity × evidence × reach, an integer: higher first. Stable for an unchanged graph. */
  readonly priority: number;
  /** Findings about the same fact that were collapsed into this one (empty when alone). */
  readonly variants: readonly FindingVariant[];
  /** The municipality the finding belongs to, when it belongs to one. */
  readonly municipalityId: string | null;
}

/** One of the findings a grouped finding stands for. */
export interface FindingVariant {
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
  readonly explanation: Text;
}

export interface AnalysisOptions {
  /** Facts not confirmed for this many days are stale. */
  readonly staleAfterDays: number;
  /** How far a chain may run from a first-line actor to specialised support. */
  readonly chainMaxHops: number;
  /** Representation rules (seed/representation-rules.csv). */
  readonly rules: readonly import('./rules.js').RepresentationRule[];
  /** "Today", for staleness and project end dates (injected so results are reproducible). */
  readonly today: string;
  /** Above this many nodes, betweenness is estimated from sampled sources. */
  readonly exactBetweennessUpTo: number;
  readonly betweennessSamples: number;
}
