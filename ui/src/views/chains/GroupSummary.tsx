import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import { useQuery } from '../../components/shared/useQuery';
import type { ActorKind } from '../../components/shared/vocabulary';
import { ChainFindings } from './ChainFindings';
import { summariseGroup } from './classify';
import { GroupTable } from './GroupTable';
import { GROUP_ACTORS_QUERY, groupRoutesQuery, type GroupActorsResult, type GroupRoutesResult } from './queries';
import { toRoutesVariables } from './state';

interface GroupSummaryProps {
  readonly area: string;
  readonly kind: ActorKind;
  readonly target: string | undefined;
  readonly onOpen: (actorId: string) => void;
}

/** Variables for the batched routes query: from0…fromN plus the common target. */
function groupVariables(actorIds: readonly string[], target: string | undefined): Record<string, unknown> {
  const { to, toKinds, maxHops } = toRoutesVariables('', target);
  return { ...Object.fromEntries(actorIds.map((id, i) => [`from${i}`, id])), to, toKinds, maxHops };
}

/** Every first-line actor of a kind in an area: one row each, those that do not reach support first. */
export function GroupSummary({ area, kind, target, onOpen }: GroupSummaryProps) {
  const { t, i18n } = useTranslation('chains');
  const status = useStatusStrings('chains');
  const { state: actors, reload: reloadActors } = useQuery<GroupActorsResult, { area: string; kind: ActorKind }>(GROUP_ACTORS_QUERY, { area, kind });
  const list = actors.status === 'ready' ? actors.data.actors.edges.map((e) => e.node) : [];
  const ids = list.map((a) => a.id);
  const { state: routes, reload } = useQuery<GroupRoutesResult, Record<string, unknown>>(groupRoutesQuery(ids.length), ids.length > 0 ? groupVariables(ids, target) : null);

  if (actors.status === 'error') return <ErrorState strings={status} error={actors.error} onRetry={reloadActors} />;
  if (actors.status !== 'ready') return <LoadingState text={status.loading} />;
  const areaName = actors.data.area?.name ?? area;
  const kindName = t(`actorKinds.${kind}`);
  if (list.length === 0) {
    return (
      <EmptyState title={t('group.emptyTitle')}>
        <p>{t('group.emptyBody', { kind: kindName, area: areaName })}</p>
      </EmptyState>
    );
  }
  if (routes.status === 'error') return <ErrorState strings={status} error={routes.error} onRetry={reload} />;
  if (routes.status !== 'ready') return <LoadingState text={status.loading} />;
  const rows = summariseGroup(list, (id) => routes.data[`r${ids.indexOf(id)}`] ?? [], i18n.language);
  return (
    <section className="chain-result" aria-labelledby="group-title">
      <h2 id="group-title">{t('group.heading', { kind: kindName, area: areaName })}</h2>
      <GroupTable rows={rows} onOpen={onOpen} />
      <ChainFindings actorIds={ids} area={area} />
    </section>
  );
}
