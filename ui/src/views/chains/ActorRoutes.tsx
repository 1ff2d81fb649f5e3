import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import { useAreaName } from '../../components/shared/useAreaName';
import { useQuery } from '../../components/shared/useQuery';
import type { ActorKind } from '../../components/shared/vocabulary';
import { ChainFindings } from './ChainFindings';
import { sortRoutes, STEP_LEVELS, summariseChain } from './classify';
import { ACTOR_QUERY, ROUTES_QUERY, type ActorResult, type RoutesResult } from './queries';
import { RouteCard } from './RouteCard';
import { RouteDiagram } from './RouteDiagram';
import { ChainVerdictPanel } from './ChainVerdictPanel';
import { MAX_HOPS, toRoutesVariables, type RoutesVariables } from './state';

interface ActorRoutesProps {
  readonly from: string;
  readonly target: string | undefined;
  /** Set when the reader came from the summary of a kind in an area. */
  readonly group: { readonly area: string; readonly kind: ActorKind } | undefined;
  readonly onBackToGroup: () => void;
}

/** One actor's routes: the verdict in plain words, every route step by step, and the known gaps. */
export function ActorRoutes({ from, target, group, onBackToGroup }: ActorRoutesProps) {
  const { t } = useTranslation('chains');
  const status = useStatusStrings('chains');
  const { state: actor, reload: reloadActor } = useQuery<ActorResult, { id: string }>(ACTOR_QUERY, { id: from });
  const { state: targetActor } = useQuery<ActorResult, { id: string }>(ACTOR_QUERY, target === undefined ? null : { id: target });
  const found = actor.status === 'ready' ? actor.data.actor : null;
  const groupArea = useAreaName(group?.area);
  const { state: routes, reload } = useQuery<RoutesResult, RoutesVariables>(ROUTES_QUERY, found ? toRoutesVariables(from, target) : null);
  const back = group ? (
    <p>
      <button type="button" className="link-button" onClick={onBackToGroup}>
        ← {t('routes.backToGroup', { kind: t(`actorKinds.${group.kind}`), area: groupArea ?? group.area })}
      </button>
    </p>
  ) : null;

  if (actor.status === 'error') return <ErrorState strings={status} error={actor.error} onRetry={reloadActor} />;
  if (actor.status === 'ready' && found === null) {
    return (
      <EmptyState title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        {back}
      </EmptyState>
    );
  }
  if (routes.status === 'error') return <ErrorState strings={status} error={routes.error} onRetry={reload} />;
  if (found === null || routes.status !== 'ready') return <LoadingState text={status.loading} />;

  const targetName = target === undefined ? t('target.specialised') : targetActor.status === 'ready' ? (targetActor.data.actor?.name ?? target) : target;
  const summary = summariseChain(routes.data.referralPaths);
  return (
    <section className="chain-result" aria-labelledby="chain-result-title">
      {back}
      <h2 id="chain-result-title">{t('routes.heading', { from: found.name, to: targetName })}</h2>
      {found.firstLine ? null : <p className="meta">{t('routes.notFirstLine', { name: found.name })}</p>}
      <ChainVerdictPanel verdict={summary.verdict} from={found.name} to={targetName} />
      <RouteDiagram fromName={found.name} routes={routes.data.referralPaths} />
      {summary.routeCount > 0 ? (
        <p>
          {t('routes.count', { count: summary.routeCount, hops: MAX_HOPS })}{' '}
          {STEP_LEVELS.filter((level) => summary.byLevel[level] > 0).map((level) => `${t(`level.${level}`)}: ${summary.byLevel[level]}`).join(', ')}.
        </p>
      ) : null}
      {summary.routeCount > 0 ? (
        <ol className="route-list">
          {sortRoutes(routes.data.referralPaths).map(({ route, verdict }, index) => (
            <li key={route.referrals.map((r) => r.id).join('>')}>
              <RouteCard route={route} verdict={verdict} n={index + 1} />
            </li>
          ))}
        </ol>
      ) : null}
      <ChainFindings actorIds={[from]} area={found.area?.id} />
    </section>
  );
}
