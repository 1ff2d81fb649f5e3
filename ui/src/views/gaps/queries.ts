import type { Concept, FindingKind, Severity } from '../../components/shared/vocabulary';

/** The schema's FindingClass: gaps, things to fill in, notes. */
export const FINDING_CLASSES = ['GAP', 'TO_FILL_IN', 'NOTE'] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];
/** The report's frame for a municipality, in the report's order (the schema's FrameSection). */
export const FRAME_SECTIONS = ['DECISION', 'ROUTINES', 'COORDINATION', 'COUNTY_NETWORKS', 'ARENAS', 'TARGET_GROUPS', 'PHASES'] as const;
export type FrameSection = (typeof FRAME_SECTIONS)[number];

/** What the view shows of a finding, wherever it is listed. */
const FINDING_FIELDS = /* GraphQL */ `
  fragment GapsFinding on Finding {
    id
    kind
    rule
    severity
    severityReason(lang: $lang)
    concept
    class
    missingField(lang: $lang)
    frame
    priority
    variants { id rule severity explanation(lang: $lang) }
    municipality { id name }
    subjects { nodes relationships }
    subjectNodes {
      id
      __typename
      ... on Actor { name }
      ... on Network { name }
      ... on Person { pseudonym }
      ... on Area { name }
      ... on Topic { name }
      ... on Routine { name }
      ... on Programme { name }
    }
    explanation(lang: $lang)
    suggestion(lang: $lang)
    areas { id name }
  }
`;

export const ANALYSIS_QUERY = /* GraphQL */ `
  query Gaps($filter: AnalysisFilter, $lang: Language) {
    analysis(filter: $filter) {
      graphVersion
      asOf
      findings { ...GapsFinding }
      summary {
        total
        countsByKind { kind count }
        countsBySeverity { severity count }
        countsByConcept { concept count }
        countsByClass { class count }
      }
      municipalities { municipality { id name } gaps toFillIn }
    }
  }
  ${FINDING_FIELDS}
`;

/** One municipality's page: its gaps in the report's frame and its five most pressing. */
export const MUNICIPALITY_QUERY = /* GraphQL */ `
  query GapsMunicipality($filter: AnalysisFilter, $lang: Language) {
    analysis(filter: $filter) {
      graphVersion
      asOf
      municipalities {
        municipality { id name }
        gaps
        toFillIn
        sections { section gaps highest findings { ...GapsFinding } }
        top { ...GapsFinding }
      }
    }
  }
  ${FINDING_FIELDS}
`;

export type SubjectType = 'Actor' | 'Network' | 'Person' | 'Area' | 'Topic' | 'Routine' | 'Programme';

export interface SubjectNode {
  readonly id: string;
  readonly __typename: SubjectType;
  readonly name?: string;
  readonly pseudonym?: string;
}

export interface Finding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly rule: string;
  readonly severity: Severity;
  readonly severityReason: string;
  readonly concept: Concept;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
  readonly subjectNodes: readonly SubjectNode[];
  readonly explanation: string;
  readonly suggestion: string;
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly class: FindingClass;
  /** For something to fill in: the fact the map lacks. */
  readonly missingField: string | null;
  readonly frame: FrameSection;
  readonly priority: number;
  /** The findings about the same fact collapsed into this one (empty when alone). */
  readonly variants: readonly FindingVariant[];
  readonly municipality: { readonly id: string; readonly name: string } | null;
}

export interface FindingVariant {
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly explanation: string;
}

export interface AnalysisSummary {
  readonly total: number;
  readonly countsByKind: readonly { readonly kind: FindingKind; readonly count: number }[];
  readonly countsBySeverity: readonly { readonly severity: Severity; readonly count: number }[];
  readonly countsByConcept: readonly { readonly concept: Concept; readonly count: number }[];
  /** Every class, with the other filters applied. */
  readonly countsByClass: readonly { readonly class: FindingClass; readonly count: number }[];
}

export interface MunicipalityCount {
  readonly municipality: { readonly id: string; readonly name: string };
  readonly gaps: number;
  readonly toFillIn: number;
}

export interface FrameSectionSummary {
  readonly section: FrameSection;
  readonly gaps: number;
  readonly highest: Severity | null;
  readonly findings: readonly Finding[];
}

export interface MunicipalitySummary extends MunicipalityCount {
  readonly sections: readonly FrameSectionSummary[];
  readonly top: readonly Finding[];
}

export interface MunicipalityResult {
  readonly analysis: {
    readonly graphVersion: number;
    readonly asOf: string;
    readonly municipalities: readonly MunicipalitySummary[];
  };
}

export interface AnalysisResult {
  readonly analysis: {
    readonly graphVersion: number;
    readonly asOf: string;
    readonly findings: readonly Finding[];
    readonly summary: AnalysisSummary;
    readonly municipalities: readonly MunicipalityCount[];
  };
}

/** The name a subject goes by (a person by pseudonym); undefined when the node has no name. */
export const subjectName = (node: SubjectNode): string | undefined => node.name ?? node.pseudonym;
