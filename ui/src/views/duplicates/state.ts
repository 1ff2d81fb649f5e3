/** The duplicates view's state in the URL: /dubbletter?area=ragunda&min=0.5&a=<network>&b=<network>. */
import { read, write, type Codec } from '../../app/url-state';

export interface DuplicatesState {
  readonly area: string | undefined;
  /** Pairs scoring below this are left out (0–1). */
  readonly minScore: number;
  /** The compared pair, as the reader chose it (row, column): both or neither. */
  readonly pair: { readonly a: string; readonly b: string } | undefined;
}

/** The API's own default: below 0.3 two networks share little more than one member. */
export const DEFAULT_MIN_SCORE = 0.3;
export const MIN_SCORE_CHOICES: readonly number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
export const DEFAULT_DUPLICATES: DuplicatesState = { area: undefined, minScore: DEFAULT_MIN_SCORE, pair: undefined };

export const duplicatesCodec: Codec<DuplicatesState> = {
  parse(params) {
    const a = read.string(params, 'a');
    const b = read.string(params, 'b');
    return {
      area: read.string(params, 'area'),
      minScore: read.number(params, 'min', 0, 1, DEFAULT_MIN_SCORE),
      // Half a pair, or a network compared with itself, is nothing to compare.
      pair: a !== undefined && b !== undefined && a !== b ? { a, b } : undefined,
    };
  },
  serialize(state) {
    return write({ area: state.area, min: state.minScore, a: state.pair?.a, b: state.pair?.b }, { min: DEFAULT_MIN_SCORE });
  },
};

export interface OverlapVariables extends Record<string, unknown> {
  filter: { area?: string };
  minScore: number;
  first: number;
  lang: 'SV' | 'EN';
}

/** How many pairs the view asks for: enough for every pair a municipality or county has in practice. */
export const PAIRS_ASKED = 200;

export function toOverlapVariables(state: DuplicatesState, lang: string): OverlapVariables {
  return {
    filter: state.area === undefined ? {} : { area: state.area },
    minScore: state.minScore,
    first: PAIRS_ASKED,
    lang: lang === 'en' ? 'EN' : 'SV',
  };
}
