/**
 * The gaps view's state in the URL (/brister?area=stromsund&concept=SAMVERKAN&kinds=…&min=MEDIUM&finding=f-…,
 * `list=fill-in` for the things to fill in, `municipality=berg` for a municipality's page) and what
 * it asks the API for.
 */
import { read, write, type Codec } from '../../app/url-state';
import type { FindingClass } from './queries';
import { apiLanguage, CONCEPTS, FINDING_KINDS, SEVERITIES, type ApiLanguage, type Concept, type FindingKind, type Severity } from '../../components/shared/vocabulary';

/** The two lists the view shows apart: gaps, and what the map lacks the data to tell ("att fylla i"). */
export const FINDING_LISTS = ['gaps', 'fill-in'] as const;
export type FindingList = (typeof FINDING_LISTS)[number];

export interface GapsState {
  readonly list: FindingList;
  /** A municipality's page in the report's frame (instead of the lists). */
  readonly municipality: string | undefined;
  readonly area: string | undefined;
  readonly concept: Concept | undefined;
  /** Empty: every kind. */
  readonly kinds: readonly FindingKind[];
  /** LOW shows everything. */
  readonly minSeverity: Severity;
  /** The finding shown open. */
  readonly finding: string | undefined;
}

export const DEFAULT_GAPS: GapsState = { list: 'gaps', municipality: undefined, area: undefined, concept: undefined, kinds: [], minSeverity: 'LOW', finding: undefined };

export const gapsCodec: Codec<GapsState> = {
  parse(params) {
    const concept = read.oneOf<Concept | ''>(params, 'concept', CONCEPTS, '');
    // The kinds in the enum's order and once each, whatever order a hand-edited URL has.
    const kinds = new Set(read.list(params, 'kinds', FINDING_KINDS));
    return {
      list: read.oneOf(params, 'list', FINDING_LISTS, 'gaps'),
      municipality: read.string(params, 'municipality'),
      area: read.string(params, 'area'),
      concept: concept === '' ? undefined : concept,
      kinds: FINDING_KINDS.filter((k) => kinds.has(k)),
      minSeverity: read.oneOf(params, 'min', SEVERITIES, 'LOW'),
      finding: read.string(params, 'finding'),
    };
  },
  serialize(state) {
    return write(
      { list: state.list, municipality: state.municipality, area: state.area, concept: state.concept, kinds: state.kinds, min: state.minSeverity, finding: state.finding },
      { min: 'LOW', list: 'gaps' },
    );
  },
};

/** True when any filter narrows the list (the open finding, the list and the page are not filters). */
export const isFiltered = (state: GapsState): boolean =>
  state.area !== undefined || state.concept !== undefined || state.kinds.length > 0 || state.minSeverity !== 'LOW';

export interface AnalysisFilterInput {
  area?: string;
  kinds?: FindingKind[];
  minSeverity?: Severity;
  concepts?: Concept[];
  classes?: FindingClass[];
}

export interface AnalysisVariables extends Record<string, unknown> {
  filter: AnalysisFilterInput;
  lang: ApiLanguage;
}

/**
 * The `analysis` variables: only the filters that narrow anything, so the server's cache keys stay
 * few. The gaps list leaves `classes` out (the API lists gaps by default).
 */
export function toAnalysisVariables(state: GapsState, lang: string): AnalysisVariables {
  const filter: AnalysisFilterInput = {};
  if (state.area !== undefined) filter.area = state.area;
  if (state.kinds.length > 0) filter.kinds = [...state.kinds];
  if (state.minSeverity !== 'LOW') filter.minSeverity = state.minSeverity;
  if (state.concept !== undefined) filter.concepts = [state.concept];
  if (state.list === 'fill-in') filter.classes = ['TO_FILL_IN'];
  return { filter, lang: apiLanguage(lang) };
}

/** A municipality's page: its summary in the report's frame (the list filters do not apply). */
export function toMunicipalityVariables(municipality: string, lang: string): AnalysisVariables {
  return { filter: { area: municipality }, lang: apiLanguage(lang) };
}
