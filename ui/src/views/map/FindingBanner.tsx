import { useTranslation } from 'react-i18next';
import type { HighlightSet } from '../../graph/highlight';
import { OverlayKey } from '../../graph/OverlayKey';
import type { MapFinding } from './queries';

interface Props {
  readonly findingId: string;
  readonly finding: MapFinding | undefined;
  readonly loading: boolean;
  readonly error: string | undefined;
  readonly highlight: HighlightSet;
  readonly onClear: () => void;
}

/** The finding the map highlights (from `?finding=`): what it says, what to do, and a way out. */
export function FindingBanner({ findingId, finding, loading, error, highlight, onClear }: Props) {
  const { t } = useTranslation('map');
  const body = (() => {
    if (finding) {
      return (
        <>
          <p className="finding-kind">
            {t(`vocab.FindingKind.${finding.kind}`)} · {t('finding.severity', { severity: t(`vocab.Severity.${finding.severity}`) })}
          </p>
          <p className="finding-explanation">{finding.explanation}</p>
          <p><strong>{t('finding.suggestion')}</strong> {finding.suggestion}</p>
          <OverlayKey />
          <p className="meta">
            {t('finding.shown', { count: highlight.nodes.size })}
            {highlight.missingNodes.length ? ` ${t('finding.missing', { count: highlight.missingNodes.length })}` : ''}
          </p>
        </>
      );
    }
    if (loading) return <p>{t('finding.loading')}</p>;
    if (error !== undefined) return <p>{t('finding.failed', { detail: error })}</p>;
    return <p>{t('finding.notFound', { id: findingId })}</p>;
  })();
  return (
    <section className={`finding-banner${finding ? '' : ' finding-banner--quiet'}`} aria-labelledby="finding-banner-title" role="region">
      <div>
        <h2 id="finding-banner-title" className="finding-title">{t('finding.label')}</h2>
        <div aria-live="polite">{body}</div>
      </div>
      <button type="button" className="secondary" onClick={onClear}>{t('finding.clear')}</button>
    </section>
  );
}
