/**
 * `/presentationer` — the saved view sets: reorder and remove views, present, share (a read-only
 * link shown once) and stop sharing, show or hide person names.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../../api/graphqlRequest';
import { navigate, VIEW_PATHS } from '../../app/router';
import { formatDate } from '../../i18n/i18next';
import { useGraphQL } from '../map/useGraphQL';
import {
  asInput, DELETE_VIEW_SET, REVOKE_SHARE, SHARE_VIEW_SET, UPDATE_VIEW_SET, VIEW_SETS_QUERY,
  type SavedViewSummary, type ViewSetSummary,
} from './queries';
import './presentation.css';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PresentationsPage() {
  const { t } = useTranslation('present');
  const sets = useGraphQL<{ viewSets: ViewSetSummary[] }, Record<string, never>>(VIEW_SETS_QUERY, {});
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">{t('list.title')}</h1>
      <p className="view-intro">{t('list.intro')}</p>
      {sets.error !== undefined ? <p role="alert">{t('list.failed', { detail: message(sets.error) })}</p> : null}
      {sets.data === undefined ? <p role="status">{t('list.loading')}</p>
        : sets.data.viewSets.length === 0 ? <p>{t('list.empty')}</p>
          : (
            <ul className="view-sets">
              {sets.data.viewSets.map((set) => <ViewSetCard key={set.id} set={set} onChanged={sets.reload} />)}
            </ul>
          )}
    </section>
  );
}

function ViewSetCard({ set, onChanged }: { set: ViewSetSummary; onChanged: () => void }) {
  const { t, i18n } = useTranslation('present');
  const [error, setError] = useState<string | undefined>(undefined);
  const [link, setLink] = useState<string | undefined>(undefined);
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(message(failure));
    }
  };
  const update = (views: readonly SavedViewSummary[], patch: { showPersonNames?: boolean } = {}) =>
    run(() => graphqlRequest(UPDATE_VIEW_SET, { id: set.id, input: asInput(set, views, patch) }));
  const move = (from: number, to: number) => {
    const views = [...set.views];
    const [view] = views.splice(from, 1);
    if (view) views.splice(to, 0, view);
    void update(views);
  };
  const share = () => run(async () => {
    const answer = await graphqlRequest<{ shareViewSet: { path: string } }, { id: string }>(SHARE_VIEW_SET, { id: set.id });
    setLink(`${window.location.origin}${answer.shareViewSet.path}`);
  });
  const headingId = `set-${set.id}`;
  return (
    <li className="view-set" aria-labelledby={headingId}>
      <h2 id={headingId}>{set.title} <span className="meta">({t('list.views', { count: set.views.length })})</span></h2>
      <p className="row">
        <button type="button" disabled={set.views.length === 0} onClick={() => navigate('present', new URLSearchParams({ set: set.id }))}>{t('list.present')}</button>
        <label>
          <input type="checkbox" checked={set.showPersonNames} onChange={(e) => void update(set.views, { showPersonNames: e.target.checked })} /> {t('list.personNames')}
        </label>
      </p>
      <p className="meta">{t('list.personNamesHint')}</p>
      <ol>
        {set.views.map((view, i) => (
          <li key={view.id}>
            <a href={`${VIEW_PATHS.map}?${view.state}`}>{view.caption || view.state || '–'}</a>{' '}
            <span className="row">
              <button type="button" className="secondary" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`${t('list.up')}: ${view.caption}`}>↑</button>
              <button type="button" className="secondary" disabled={i === set.views.length - 1} onClick={() => move(i, i + 1)} aria-label={`${t('list.down')}: ${view.caption}`}>↓</button>
              <button type="button" className="secondary" onClick={() => void update(set.views.filter((v) => v.id !== view.id))} aria-label={`${t('list.remove')}: ${view.caption}`}>✕</button>
            </span>
          </li>
        ))}
      </ol>
      <p className="row">
        {set.shared ? <span>{t('list.sharedSince', { date: formatDate(set.sharedAt ?? new Date().toISOString(), i18n.language) })}</span> : <span>{t('list.notShared')}</span>}
      </p>
      <p className="row">
        <button type="button" className="secondary" onClick={() => void share()}>{set.shared ? t('list.reshare') : t('list.share')}</button>
        {set.shared ? <button type="button" className="secondary" onClick={() => void run(async () => { setLink(undefined); await graphqlRequest(REVOKE_SHARE, { id: set.id }); })}>{t('list.revoke')}</button> : null}
        <button type="button" className="secondary" onClick={() => void run(() => graphqlRequest(DELETE_VIEW_SET, { id: set.id }))}>{t('list.removeSet')}</button>
      </p>
      {link === undefined ? null : (
        <p>
          <label>{t('list.link')}<br /><input className="share-link" readOnly value={link} onFocus={(e) => e.target.select()} /></label>
        </p>
      )}
      {error === undefined ? null : <p role="alert">{t('list.failed', { detail: error })}</p>}
    </li>
  );
}
