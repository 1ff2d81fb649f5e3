import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../app/router';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import { formatScore } from '../../components/shared/format';
import { useQuery } from '../../components/shared/useQuery';
import { DuplicatesFilters } from './DuplicatesFilters';
import { OverlapMatrixTable } from './OverlapMatrixTable';
import { PairComparison } from './PairComparison';
import { PairList } from './PairList';
import { OVERLAPS_QUERY, type OverlapsResult } from './queries';
import { duplicatesCodec, MIN_SCORE_CHOICES, toOverlapVariables, type DuplicatesState, type OverlapVariables } from './state';
import './duplicates.css';

/** /dubbletter: which networks share most of their members, as a heat map, and any pair side by side. */
export function DuplicatesView() {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const [state, set] = useUrlState('duplicates', duplicatesCodec);
  const { state: query, reload } = useQuery<OverlapsResult, OverlapVariables>(OVERLAPS_QUERY, toOverlapVariables(state, lang));
  const status = useStatusStrings('duplicates');
  const choose = (a: string, b: string) => set({ ...state, pair: { a, b } });
  const lowest = MIN_SCORE_CHOICES[0] ?? 0;

  let body;
  if (query.status === 'error') body = <ErrorState strings={status} error={query.error} onRetry={reload} />;
  else if (query.status !== 'ready') body = <LoadingState text={status.loading} />;
  else if (query.data.networkOverlaps.length === 0) {
    body = (
      <EmptyState title={t('empty.title')}>
        <p>{t('empty.filtered', { min: formatScore(state.minScore, lang) })}</p>
        {state.minScore > lowest ? (
          <button type="button" onClick={() => set({ ...state, minScore: lowest })}>{t('empty.lowerScore', { min: formatScore(lowest, lang) })}</button>
        ) : null}
      </EmptyState>
    );
  } else {
    const pairs = query.data.networkOverlaps;
    body = (
      <>
        <OverlapMatrixTable pairs={pairs} selected={state.pair} onChoose={choose} />
        {state.pair ? <PairComparison pair={state.pair} loaded={pairs} onClose={() => set({ ...state, pair: undefined })} /> : null}
        <PairList pairs={pairs} selected={state.pair} onChoose={choose} />
      </>
    );
  }
  return (
    <section aria-labelledby="duplicates-title" className="duplicates-view">
      <h1 id="duplicates-title">{t('title')}</h1>
      <p className="view-intro">{t('intro')}</p>
      <DuplicatesFilters state={state} onChange={(next: DuplicatesState) => set({ ...next, pair: undefined })} />
      {body}
    </section>
  );
}
