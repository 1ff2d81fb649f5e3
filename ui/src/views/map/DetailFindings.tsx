import { useTranslation } from 'react-i18next';
import { FixFinding } from '../../editing/FixFinding';
import { findingsAbout } from './detail';
import type { MapFinding } from './queries';

interface Props {
  readonly nodeId: string;
  readonly findings: readonly MapFinding[] | undefined;
  readonly error: string | undefined;
  /** The finding shown on the map now, if any. */
  readonly shownFinding: string | undefined;
  readonly onShow: (findingId: string) => void;
}

export function DetailFindings({ nodeId, findings, error, shownFinding, onShow }: Props) {
  const { t } = useTranslation('map');
  const about = findings === undefined ? [] : findingsAbout(nodeId, findings);
  return (
    <section className="detail-findings" aria-labelledby="map-detail-findings">
      <h3 id="map-detail-findings">{t('detail.findings')} {findings ? <span className="filter-count">({about.length})</span> : null}</h3>
      {error !== undefined ? <p>{t('finding.failed', { detail: error })}</p>
        : findings === undefined ? <p role="status">{t('detail.findingsLoading')}</p>
        : about.length === 0 ? <p>{t('detail.noFindings')}</p>
        : (
          <ul>
            {about.map((finding) => (
              <li key={finding.id} className={`detail-finding severity-${finding.severity.toLowerCase()}`}>
                <p className="finding-kind">{t(`vocab.FindingKind.${finding.kind}`)} · {t(`vocab.Severity.${finding.severity}`)}</p>
                <p>{finding.explanation}</p>
                <p><strong>{t('detail.suggestion')}</strong> {finding.suggestion}</p>
                <FixFinding finding={finding} about={nodeId} />
                {finding.id === shownFinding ? <p className="meta">{t('detail.findingShown')}</p> : (
                  <button type="button" className="secondary" onClick={() => onShow(finding.id)}>{t('detail.showFinding')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
