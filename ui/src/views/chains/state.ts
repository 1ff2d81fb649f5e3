/**
 * The chains view's state in the URL. One actor: /kedjor?from=berg-forskola&target=berg-socialtjanst.
 * Every actor of a kind in an area: /kedjor?area=berg&kind=PRESCHOOL (add from= to open one of them).
 * No target means specialised support (social services or a resource centre).
 */
import { read, write, type Codec } from '../../app/url-state';
import { ACTOR_KINDS, SPECIALISED_SUPPORT, type ActorKind } from '../../components/shared/vocabulary';

export interface ChainsState {
  readonly from: string | undefined;
  readonly area: string | undefined;
  readonly kind: ActorKind | undefined;
  /** An actor id; undefined = specialised support. */
  readonly target: string | undefined;
}

export const DEFAULT_CHAINS: ChainsState = { from: undefined, area: undefined, kind: undefined, target: undefined };

/** Handovers the analysis allows before a chain counts as not reaching support (CHAIN_MAX_HOPS). */
export const MAX_HOPS = 3;

export const chainsCodec: Codec<ChainsState> = {
  parse(params) {
    const kind = read.oneOf<ActorKind | ''>(params, 'kind', ACTOR_KINDS, '');
    return {
      from: read.string(params, 'from'),
      area: read.string(params, 'area'),
      kind: kind === '' ? undefined : kind,
      target: read.string(params, 'target'),
    };
  },
  serialize(state) {
    return write({ from: state.from, area: state.area, kind: state.kind, target: state.target });
  },
};

/** What the view shows: one actor's routes, a summary of a kind in an area, or the form alone. */
export type ChainsMode =
  | { readonly mode: 'actor'; readonly from: string; readonly group: { readonly area: string; readonly kind: ActorKind } | undefined }
  | { readonly mode: 'group'; readonly area: string; readonly kind: ActorKind }
  | { readonly mode: 'choose' };

export function chainsMode(state: ChainsState): ChainsMode {
  const group = state.area !== undefined && state.kind !== undefined ? { area: state.area, kind: state.kind } : undefined;
  if (state.from !== undefined) return { mode: 'actor', from: state.from, group };
  return group ? { mode: 'group', ...group } : { mode: 'choose' };
}

export interface RoutesVariables extends Record<string, unknown> {
  from: string;
  to: string | null;
  toKinds: ActorKind[] | null;
  maxHops: number;
}

/** `referralPaths` takes exactly one of `to` and `toKinds`. */
export function toRoutesVariables(from: string, target: string | undefined): RoutesVariables {
  return target === undefined
    ? { from, to: null, toKinds: [...SPECIALISED_SUPPORT], maxHops: MAX_HOPS }
    : { from, to: target, toKinds: null, maxHops: MAX_HOPS };
}

/** First-line kinds in the order a coordinator thinks of them (the domain's list first). */
export const FIRST_LINE_KINDS: readonly ActorKind[] = [
  'PRESCHOOL', 'SCHOOL', 'SCHOOL_HEALTH', 'CHILD_HEALTH', 'MATERNITY_HEALTH', 'FAMILY_CENTRE', 'SFI', 'LEISURE',
  'CIVIL_SOCIETY', 'FAITH_COMMUNITY', 'OPEN_CARE', 'INTEGRATION', 'LIBRARY', 'HEALTH_CARE', 'CHILD_PSYCHIATRY',
  'PUBLIC_HEALTH', 'PRIVATE_PROVIDER', 'ARENA', 'OTHER',
];
