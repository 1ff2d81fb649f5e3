import type { Concept, FindingKind, Severity } from '../../components/shared/vocabulary';

export const ANALYSIS_QUERY = /* GraphQL */ `
  query Gaps($filter: AnalysisFilter, $lang: Language) {
    analysis(filter: $filter) {
      graphVersion
      asOf
      findings {
        id
        kind
        rule
        severity
        severityReason(lang: $lang)
        concept
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
      summary {
        total
        countsByKind { kind count }
        countsBySeverity { severity count }
        countsByConcept { concept count }
      }
    }
  }
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
}

export interface AnalysisSummary {
  readonly total: number;
  readonly countsByKind: readonly { readonly kind: FindingKind; readonly count: number }[];
  readonly countsBySeverity: readonly { readonly severity: Severity; readonly count: number }[];
  readonly countsByConcept: readonly { readonly concept: Concept; readonly count: number }[];
}

export interface AnalysisResult {
  readonly analysis: {
    readonly graphVersion: number;
    readonly asOf: string;
    readonly findings: readonly Finding[];
    readonly summary: AnalysisSummary;
  };
}

/** The name a subject goes by (a person by pseudonym); undefined when the node has no name. */
export const subjectName = (node: SubjectNode): string | undefined => node.name ?? node.pseudonym;
