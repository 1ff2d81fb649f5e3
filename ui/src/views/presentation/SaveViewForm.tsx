/** "Spara vyn": the map's current state, what is in view and a caption, into a new or existing presentation. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../../api/graphqlRequest';
import type { ViewBox } from '../../graph/viewBox';
import { useGraphQL } from '../map/useGraphQL';
import { ADD_SAVED_VIEW, CREATE_VIEW_SET, VIEW_SETS_QUERY, type ViewSetSummary } from './queries';
import './presentation.css';

const NEW = '__new__';

export function SaveViewForm({ state, viewBox, defaultCaption }: { state: string; viewBox: () => ViewBox | null; defaultCaption: string }) {
  const { t } = useTranslation('present');
  const [open, setOpen] = useState(false);
  const sets = useGraphQL<{ viewSets: ViewSetSummary[] }, Record<string, never>>(VIEW_SETS_QUERY, open ? {} : null);
  const [caption, setCaption] = useState(defaultCaption);
  const [target, setTarget] = useState<string>('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const chosen = target || sets.data?.viewSets.at(-1)?.id || NEW;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const view = { caption, state, viewBox: viewBox() };
    try {
      const saved = chosen === NEW
        ? (await graphqlRequest<{ createViewSet: ViewSetSummary }, Record<string, unknown>>(CREATE_VIEW_SET, { input: { title: title || caption, views: [view] } })).createViewSet
        : (await graphqlRequest<{ addSavedView: ViewSetSummary }, Record<string, unknown>>(ADD_SAVED_VIEW, { viewSetId: chosen, view })).addSavedView;
      setNote({ ok: true, text: t('save.saved', { title: saved.title, count: saved.views.length }) });
      setOpen(false);
      sets.reload();
    } catch (error) {
      setNote({ ok: false, text: t('save.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="save-view-wrap">
      {open ? (
        <form className="save-view" onSubmit={(e) => void submit(e)} aria-labelledby="save-view-heading">
          <h2 id="save-view-heading" className="finding-title">{t('save.heading')}</h2>
          <label htmlFor="save-caption">{t('save.caption')}</label>
          <input id="save-caption" value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={1000} aria-describedby="save-caption-hint" />
          <span id="save-caption-hint" className="meta">{t('save.captionHint')}</span>
          <label htmlFor="save-set">{t('save.set')}</label>
          <select id="save-set" value={chosen} onChange={(e) => setTarget(e.target.value)}>
            {(sets.data?.viewSets ?? []).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            <option value={NEW}>{t('save.newSet')}</option>
          </select>
          {chosen === NEW ? (
            <>
              <label htmlFor="save-title">{t('save.title')}</label>
              <input id="save-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
            </>
          ) : null}
          <p className="row">
            <button type="submit" disabled={sets.data === undefined && sets.error === undefined}>{t('save.submit')}</button>{' '}
            <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('save.cancel')}</button>
          </p>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => { setCaption(defaultCaption); setNote(undefined); setOpen(true); }}>{t('save.open')}</button>
      )}
      {note === undefined ? null : <p role={note.ok ? 'status' : 'alert'} className="meta">{note.text}</p>}
    </div>
  );
}
