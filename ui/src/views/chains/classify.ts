/**
 * Where a chain holds and where it breaks. Each handover (step) is ok, weak, planned or broken;
 * a route is as strong as its weakest step; an actor reaches support if some route is ok or weak.
 * The same reading as the analysis's chain rules (chain.broken-route, chain.planned-only,
 * chain.weak-routes), so the view and the findings agree.
 */
import type { ReferralKind, ReferralStatus, RoutineStatus } from '../../components/shared/vocabulary';

/** Best first. */
export const STEP_LEVELS = ['ok', 'weak', 'planned', 'broken'] as const;
export type StepLevel = (typeof STEP_LEVELS)[number];

/** Why a step is not ok: each is shown as its own marker. */
export type StepIssue = 'broken' | 'planned' | 'informal' | 'no-routine' | 'routine-not-adopted';

export interface StepLike {
  readonly kind: ReferralKind;
  readonly status: ReferralStatus;
  readonly routine: { readonly status: RoutineStatus } | null;
}

export interface StepClass {
  readonly level: StepLevel;
  readonly issues: readonly StepIssue[];
}

const rank = (level: StepLevel): number => STEP_LEVELS.indexOf(level);
const worse = (a: StepLevel, b: StepLevel): StepLevel => (rank(a) >= rank(b) ? a : b);

export function classifyStep(step: StepLike): StepClass {
  const issues: StepIssue[] = [];
  if (step.status === 'BROKEN') issues.push('broken');
  if (step.status === 'PLANNED') issues.push('planned');
  if (step.kind === 'INFORMAL') issues.push('informal');
  if (step.routine === null) issues.push('no-routine');
  else if (step.routine.status !== 'ADOPTED') issues.push('routine-not-adopted');
  const level: StepLevel = step.status === 'BROKEN' ? 'broken' : step.status === 'PLANNED' ? 'planned' : issues.length > 0 ? 'weak' : 'ok';
  return { level, issues };
}

export interface RouteLike<S extends StepLike = StepLike> {
  readonly hops: number;
  readonly referrals: readonly S[];
}

export interface RouteClass {
  readonly level: StepLevel;
  /** The first of the worst steps; undefined for a route without steps. */
  readonly weakestStep: number | undefined;
  readonly steps: readonly StepClass[];
}

export function classifyRoute(route: RouteLike): RouteClass {
  const steps = route.referrals.map(classifyStep);
  let level: StepLevel = 'ok';
  let weakestStep: number | undefined;
  steps.forEach((step, index) => {
    if (weakestStep === undefined || rank(step.level) > rank(level)) {
      weakestStep = index;
      level = worse(level, step.level);
    }
  });
  return { level, weakestStep, steps };
}

/** Routes strongest first, then shortest; the API's order breaks ties. */
export function sortRoutes<R extends RouteLike>(routes: readonly R[]): { route: R; verdict: RouteClass }[] {
  return routes
    .map((route, index) => ({ route, verdict: classifyRoute(route), index }))
    .sort((x, y) => rank(x.verdict.level) - rank(y.verdict.level) || x.route.hops - y.route.hops || x.index - y.index)
    .map(({ route, verdict }) => ({ route, verdict }));
}

/** One actor's chain in a word: does support reach, and how well. */
export type ChainVerdict = 'ok' | 'weak' | 'planned' | 'broken' | 'none';

export interface ChainSummary<R extends RouteLike> {
  readonly verdict: ChainVerdict;
  readonly reaches: boolean;
  /** The best route, if any. */
  readonly best: { readonly route: R; readonly verdict: RouteClass } | undefined;
  readonly routeCount: number;
  /** How many routes are ok, weak, planned, broken. */
  readonly byLevel: Readonly<Record<StepLevel, number>>;
}

export function summariseChain<R extends RouteLike>(routes: readonly R[]): ChainSummary<R> {
  const sorted = sortRoutes(routes);
  const best = sorted[0];
  const verdict: ChainVerdict = best === undefined ? 'none' : best.verdict.level;
  const byLevel: Record<StepLevel, number> = { ok: 0, weak: 0, planned: 0, broken: 0 };
  for (const { verdict: route } of sorted) byLevel[route.level] += 1;
  return { verdict, reaches: verdict === 'ok' || verdict === 'weak', best, routeCount: routes.length, byLevel };
}

/** For "every preschool in Berg": one summary per actor, those that do not reach support first. */
export function summariseGroup<A extends { readonly id: string; readonly name: string }, R extends RouteLike>(
  actors: readonly A[],
  routesOf: (actorId: string) => readonly R[],
  lang = 'sv',
): { actor: A; summary: ChainSummary<R> }[] {
  const order: Record<ChainVerdict, number> = { none: 0, broken: 1, planned: 2, weak: 3, ok: 4 };
  return actors
    .map((actor) => ({ actor, summary: summariseChain(routesOf(actor.id)) }))
    .sort((x, y) => order[x.summary.verdict] - order[y.summary.verdict] || x.actor.name.localeCompare(y.actor.name, lang === 'en' ? 'en-GB' : 'sv-SE'));
}

/** Where an actor's chain is weakest: the worst step of its best route, or why there is none. */
export type WeakestLink =
  | { readonly kind: 'no-route' }
  | { readonly kind: 'all-ok' }
  | { readonly kind: 'step'; readonly index: number; readonly level: StepLevel; readonly issues: readonly StepIssue[] };

export function weakestLink(summary: ChainSummary<RouteLike>): WeakestLink {
  const best = summary.best;
  if (best === undefined) return { kind: 'no-route' };
  const index = best.verdict.weakestStep;
  const step = index === undefined ? undefined : best.verdict.steps[index];
  if (index === undefined || step === undefined || step.level === 'ok') return { kind: 'all-ok' };
  return { kind: 'step', index, level: step.level, issues: step.issues };
}
