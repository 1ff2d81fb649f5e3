import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import { useQuery, type QueryState } from '../../components/shared/useQuery';
import { ComparisonBody } from './ComparisonBody';
import { findPair } from './matrix';
import { COMPARE_QUERY, PAIR_QUERY, type CompareResult, type OverlapPair, type OverlapsResult } from './queries';

interface PairComparisonProps {
  readonly pair: { readonly a: string; readonly b: string };
  /** The pairs the view already has: usually the chosen one is among them. */
  readonly loaded: readonly OverlapPair[];
  readonly onClose: () => void;
}

/**
 * The overlap record of a pair: from the loaded list, or — for a shared link made with other
 * filters — from every pair around network A's area. Undefined when the two share no one.
 */
function usePairOverlap(pair: { a: string; b: string }, loaded: readonly OverlapPair[], networks: QueryState<CompareResult>, lang: string) {
  const known = findPair(loaded, pair.a, pair.b);
  const area = networks.status === 'ready' ? (networks.data.a?.area?.id ?? null) : null;
  const needed = known === undefined && networks.status === 'ready';
  const { state } = useQuery<OverlapsResult, { area: string | null; lang: string }>(PAIR_QUERY, needed ? { area, lang: lang === 'en' ? 'EN' : 'SV' } : null);
  if (known !== undefined) return { ready: true, overlap: known };
  if (state.status === 'ready') return { ready: true, overlap: findPair(state.data.networkOverlaps, pair.a, pair.b) };
  // If the fallback fails, the comparison still shows the members; only the figures are missing.
  return { ready: state.status === 'error', overlap: undefined };
}

/** Two networks side by side, below the matrix; the heading takes focus so keyboard and screen reader follow. */
export function PairComparison({ pair, loaded, onClose }: PairComparisonProps) {
  const { t, i18n } = useTranslation('duplicates');
  const status = useStatusStrings('duplicates');
  const { state: networks, reload } = useQuery<CompareResult, { a: string; b: string }>(COMPARE_QUERY, { a: pair.a, b: pair.b });
  const overlap = usePairOverlap(pair, loaded, networks, i18n.language);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = networks.status === 'ready' && overlap.ready;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready, pair.a, pair.b]);

  let body;
  if (networks.status === 'error') body = <ErrorState strings={status} error={networks.error} onRetry={reload} />;
  else if (networks.status !== 'ready' || !overlap.ready) body = <LoadingState text={t('comparison.loading')} />;
  else if (networks.data.a === null || networks.data.b === null) {
    body = (
      <EmptyState title={t('comparison.notFoundTitle')}>
        <p>{t('comparison.notFoundBody')}</p>
      </EmptyState>
    );
  } else body = <ComparisonBody a={networks.data.a} b={networks.data.b} overlap={overlap.overlap} />;

  return (
    <section className="pair-comparison" aria-labelledby="comparison-title">
      <div className="comparison-head">
        <h2 id="comparison-title" ref={heading} tabIndex={-1}>
          {networks.status === 'ready' && networks.data.a && networks.data.b
            ? `${t('comparison.heading')}: ${networks.data.a.name} – ${networks.data.b.name}`
            : t('comparison.heading')}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>{t('comparison.close')}</button>
      </div>
      {body}
    </section>
  );
}
