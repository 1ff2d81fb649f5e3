import { useTranslation } from 'react-i18next';
import { weakestLink, type ChainSummary } from './classify';
import { LevelBadge } from './LevelBadge';
import type { ActorRef, Route } from './queries';
import { MAX_HOPS } from './state';

interface GroupTableProps {
  readonly rows: readonly { readonly actor: ActorRef; readonly summary: ChainSummary<Route> }[];
  readonly onOpen: (actorId: string) => void;
}

/** The weakest link of the best route, in words: "Skola Ragunda → Socialtjänst Ragunda: Informell, Ingen rutin". */
function WeakestLinkText({ summary }: { readonly summary: ChainSummary<Route> }) {
  const { t } = useTranslation('chains');
  const link = weakestLink(summary);
  if (link.kind === 'no-route') return <>{t('group.noRoute')}</>;
  if (link.kind === 'all-ok') return <>{t('group.allOk')}</>;
  const actors = summary.best?.route.actors ?? [];
  const issues = link.issues.map((issue) => t(`issues.${issue}`)).join(', ');
  return <>{`${actors[link.index]?.name ?? ''} → ${actors[link.index + 1]?.name ?? ''}: ${issues}`}</>;
}

export function GroupTable({ rows, onOpen }: GroupTableProps) {
  const { t } = useTranslation('chains');
  return (
    <div className="table-scroll">
      <table className="group-table">
        <caption>{t('group.caption', { hops: MAX_HOPS })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.actor')}</th>
            <th scope="col">{t('group.reaches')}</th>
            <th scope="col" className="num">{t('group.hops')}</th>
            <th scope="col">{t('group.weakest')}</th>
            <th scope="col"><span className="visually-hidden">{t('group.open')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ actor, summary }) => (
            <tr key={actor.id}>
              <th scope="row">{actor.name}</th>
              <td><LevelBadge level={summary.verdict === 'none' ? 'broken' : summary.verdict} label={t(`short.${summary.verdict}`)} /></td>
              <td className="num">{summary.best ? summary.best.route.hops : t('group.noRoute')}</td>
              <td><WeakestLinkText summary={summary} /></td>
              <td>
                <button type="button" className="secondary small" aria-label={t('group.openLabel', { name: actor.name })} onClick={() => onOpen(actor.id)}>
                  {t('group.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
