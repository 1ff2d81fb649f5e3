import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../components/shared/useQuery';
import { ACTOR_QUERY, ACTOR_SEARCH_QUERY, type ActorRef, type ActorResult, type ActorSearchResult } from './queries';

interface ActorPickerProps {
  readonly id: string;
  readonly label: string;
  /** Only actors that meet families (the start of a chain). */
  readonly firstLine: boolean;
  readonly chosen: string | undefined;
  readonly onChoose: (actorId: string) => void;
}

/** "Förskola · Berg": what tells two actors with similar names apart. */
function ActorDetail({ actor }: { readonly actor: ActorRef }) {
  const { t } = useTranslation('chains');
  return <span className="meta"> – {[t(`actorKinds.${actor.kind}`), actor.area?.name].filter(Boolean).join(', ')}</span>;
}

/**
 * The chosen actor with a "Change" button, or a search field with its matches as buttons: a plain
 * list rather than a combobox, so it works the same with keyboard, screen reader and touch.
 */
export function ActorPicker({ id, label, firstLine, chosen, onChoose }: ActorPickerProps) {
  const { t } = useTranslation('chains');
  const [editing, setEditing] = useState(chosen === undefined);
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  useEffect(() => setEditing(chosen === undefined), [chosen]);
  useEffect(() => {
    // Ask once the typing pauses, not for every key.
    const timer = window.setTimeout(() => setTyped(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const { state: actor } = useQuery<ActorResult, { id: string }>(ACTOR_QUERY, chosen === undefined ? null : { id: chosen });
  const { state: hits } = useQuery<ActorSearchResult, { text: string; firstLine: boolean | null }>(
    ACTOR_SEARCH_QUERY,
    editing && typed.length >= 2 ? { text: typed, firstLine: firstLine ? true : null } : null,
  );

  if (!editing && chosen !== undefined) {
    const found = actor.status === 'ready' ? actor.data.actor : null;
    return (
      <p className="chosen-actor">
        <span className="chosen-label">{t('form.chosen')}</span> <strong>{found?.name ?? chosen}</strong>
        {found ? <ActorDetail actor={found} /> : null}{' '}
        <button type="button" className="secondary small" onClick={() => setEditing(true)}>{t('form.change')}</button>
      </p>
    );
  }
  const edges = hits.status === 'ready' ? hits.data.actors.edges : [];
  const total = hits.status === 'ready' ? hits.data.actors.totalCount : 0;
  return (
    <div className="actor-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" autoComplete="off" value={text} aria-describedby={`${id}-hint ${id}-status`} onChange={(event) => setText(event.target.value)} />
        <p id={`${id}-hint`} className="hint">{t('form.searchHint')}</p>
      </div>
      <p id={`${id}-status`} className="meta" aria-live="polite">
        {hits.status === 'loading' ? t('form.searching')
          : hits.status === 'error' ? t('form.searchFailed')
            : hits.status === 'ready' ? (total === 0 ? t('form.noHits') : `${t('form.hits', { count: total })}${total > edges.length ? ` ${t('form.moreHits', { shown: edges.length, count: total })}` : ''}`)
              : ''}
      </p>
      {edges.length > 0 ? (
        <ul className="actor-hits">
          {edges.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="link-button" onClick={() => { setText(''); setEditing(false); onChoose(node.id); }}>{node.name}</button>
              <ActorDetail actor={node} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
