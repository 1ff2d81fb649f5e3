/** The gap report's queries: the municipality's findings with their counts, and its map. */
import type { SlideFinding } from '../presentation/queries';

export const REPORT_QUERY = `query GapReport($filter: AnalysisFilter, $lang: Language) {
  analysis(filter: $filter) {
    graphVersion asOf
    findings {
      id kind rule severity concept
      severityReason(lang: $lang) explanation(lang: $lang) suggestion(lang: $lang)
      subjects { nodes relationships }
      areas { id name }
    }
    summary { total countsByKind { kind count } countsBySeverity { severity count } }
  }
}`;

export interface ReportFinding extends SlideFinding {
  readonly concept: string;
  readonly severityReason: string;
  readonly suggestion: string;
}
export interface ReportData {
  readonly analysis: {
    readonly graphVersion: number;
    readonly asOf: string;
    readonly findings: readonly ReportFinding[];
    readonly summary: {
      readonly total: number;
      readonly countsByKind: readonly { readonly kind: string; readonly count: number }[];
      readonly countsBySeverity: readonly { readonly severity: string; readonly count: number }[];
    };
  };
}
