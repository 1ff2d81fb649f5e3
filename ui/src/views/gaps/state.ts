/**
 * The gaps view's state in the URL (/brister?area=stromsund&concept=SAMVERKAN&kinds=…&min=MEDIUM&finding=f-…)
 * and what it asks the API for.
 */
import { read, write, type Codec } from '../../app/url-state';
import { apiLanguage, CONCEPTS, FINDING_KINDS, SEVERITIES, type ApiLanguage, type Concept, type FindingKind, type Severity } from '../../components/shared/vocabulary';

export interface GapsState {
  readonly area: string | undefined;
  readonly concept: Concept | undefined;
  /** Empty: every kind. */
  readonly kinds: readonly FindingKind[];
  /** LOW shows everything. */
  readonly minSeverity: Severity;
  /** The finding shown open. */
  readonly finding: string | undefined;
}

export const DEFAULT_GAPS: GapsState = { area: undefined, concept: undefined, kinds: [], minSeverity: 'LOW', finding: undefined };

export const gapsCodec: Codec<GapsState> = {
  parse(params) {
    const concept = read.oneOf<Concept | ''>(params, 'concept', CONCEPTS, '');
    // The kinds in the enum's order and once each, whatever order a hand-edited URL has.
    const kinds = new Set(read.list(params, 'kinds', FINDING_KINDS));
    return {
      area: read.string(params, 'area'),
      concept: concept === '' ? undefined : concept,
      kinds: FINDING_KINDS.filter((k) => kinds.has(k)),
      minSeverity: read.oneOf(params, 'min', SEVERITIES, 'LOW'),
      finding: read.string(params, 'finding'),
    };
  },
  serialize(state) {
    return write(
      { area: state.area, concept: state.concept, kinds: state.kinds, min: state.minSeverity, finding: state.finding },
      { min: 'LOW' },
    );
  },
};

/** True when any filter narrows the list (the open finding is not a filter). */
export const isFiltered = (state: GapsState): boolean =>
  state.area !== undefined || state.concept !== undefined || state.kinds.length > 0 || state.minSeverity !== 'LOW';

export interface AnalysisFilterInput {
  area?: string;
  kinds?: FindingKind[];
  minSeverity?: Severity;
  concepts?: Concept[];
}

export interface AnalysisVariables extends Record<string, unknown> {
  filter: AnalysisFilterInput;
  lang: ApiLanguage;
}

/** The `analysis` variables: only the filters that narrow anything, so the server's cache keys stay few. */
export function toAnalysisVariables(state: GapsState, lang: string): AnalysisVariables {
  const filter: AnalysisFilterInput = {};
  if (state.area !== undefined) filter.area = state.area;
  if (state.kinds.length > 0) filter.kinds = [...state.kinds];
  if (state.minSeverity !== 'LOW') filter.minSeverity = state.minSeverity;
  if (state.concept !== undefined) filter.concepts = [state.concept];
  return { filter, lang: apiLanguage(lang) };
}
