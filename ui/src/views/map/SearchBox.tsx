/**
 * Search as an ARIA 1.2 combobox with list autocomplete and automatic selection: typing fetches
 * hits (debounced), the first is preselected, arrow keys move, Enter chooses, Escape closes (and
 * clears when already closed). The result count is announced in a live region.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../../api/graphqlRequest';
import { SEARCH_QUERY, type SearchData, type SearchHit } from './queries';

const MIN_CHARS = 2;
const DEBOUNCE_MS = 150;
const KIND_VOCABS = ['ActorKind', 'NetworkKind', 'AreaType', 'RoutineKind'];

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: readonly SearchHit[] } | { kind: 'failed'; detail: string };

export function SearchBox({ onChoose }: { readonly onChoose: (hit: SearchHit) => void }) {
  const { t, i18n } = useTranslation('map');
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = status.kind === 'done' ? status.hits : [];

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_CHARS) {
      setStatus({ kind: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setStatus({ kind: 'searching' });
      graphqlRequest<SearchData, { text: string; first: number }>(SEARCH_QUERY, { text: query, first: 10 }, { signal: controller.signal }).then(
        (data) => {
          setStatus({ kind: 'done', hits: data.search });
          setActive(data.search.length ? 0 : -1);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const expanded = open && hits.length > 0;
  const choose = (hit: SearchHit) => {
    setOpen(false);
    setText(hit.label);
    onChoose(hit);
  };

  // "SOCIAL_SERVICES · Östersund" from the API reads "Socialtjänst · Östersund".
  const detail = (hit: SearchHit) =>
    (hit.detail ?? '')
      .split(' · ')
      .map((part) => KIND_VOCABS.map((v) => `vocab.${v}.${part}`).find((key) => i18n.exists(key, { ns: 'map' })) ?? part)
      .map((keyOrText) => (keyOrText.startsWith('vocab.') ? t(keyOrText) : keyOrText))
      .join(' · ');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (expanded ? (current + step + hits.length) % hits.length : Math.max(0, current)));
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && (expanded || status.kind === 'done')) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    }
  };

  const announcement =
    status.kind === 'searching' ? t('search.searching')
    : status.kind === 'failed' ? t('search.failed', { detail: status.detail })
    : status.kind === 'done' && hits.length === 0 ? t('search.noHits', { text: text.trim() })
    : status.kind === 'done' ? t('search.hits', { count: hits.length })
    : '';

  return (
    <div className="map-search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={`${id}-listbox`} role="listbox" aria-label={t('search.label')} className="combobox-list" hidden={!expanded}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input: a mousedown would blur it and close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="hit-label">{hit.label}</span>
              <span className="hit-detail">{t(`vocab.NodeType.${hit.type}`)}{hit.detail ? ` · ${detail(hit)}` : ''}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="filter-hint">{t('search.hint')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </div>
  );
}
