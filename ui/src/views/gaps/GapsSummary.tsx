import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../components/shared/SeverityBadge';
import { formatDate, formatNumber } from '../../i18n/i18next';
import type { AnalysisSummary } from './queries';
import { groupAnchor } from './anchors';
import type { FindingList } from './state';

interface GapsSummaryProps {
  readonly list: FindingList;
  readonly summary: AnalysisSummary;
  readonly graphVersion: number;
  readonly asOf: string;
}

/** The counts at a glance; each kind links to its group further down. */
export function GapsSummary({ list, summary, graphVersion, asOf }: GapsSummaryProps) {
  const { t, i18n } = useTranslation('gaps');
  const lang = i18n.language;
  const concepts = summary.countsByConcept.filter((c) => c.count > 0);
  return (
    <section className="gaps-summary" aria-labelledby="gaps-summary-title">
      <div className="section-head">
        <h2 id="gaps-summary-title">{t('summary.heading')}</h2>
        <p className="meta">{t('summary.asOf', { version: formatNumber(graphVersion, lang), date: formatDate(asOf, lang) })}</p>
      </div>
      <p className="gaps-total">{t(list === 'gaps' ? 'summary.total' : 'summary.totalFillIn', { count: summary.total })}</p>
      <div className="summary-columns">
        <div>
          <h3>{t('summary.bySeverity')}</h3>
          <ul className="summary-list">
            {summary.countsBySeverity.map(({ severity, count }) => (
              <li key={severity}>
                <SeverityBadge severity={severity} label={t(`severity.${severity}`)} prefix={t('severityPrefix')} />
                <span className="summary-count">{formatNumber(count, lang)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('summary.byKind')}</h3>
          <ul className="summary-list">
            {summary.countsByKind.filter((k) => k.count > 0).map(({ kind, count }) => (
              <li key={kind}>
                <a href={`#${groupAnchor(kind)}`}>{t(`kinds.${kind}`)}</a>
                <span className="summary-count">{formatNumber(count, lang)}</span>
              </li>
            ))}
          </ul>
        </div>
        {concepts.length > 0 ? (
          <div>
            <h3>{t('summary.byConcept')}</h3>
            <ul className="summary-list">
              {concepts.map(({ concept, count }) => (
                <li key={concept}>
                  <span>{t(`concepts.${concept}`)}</span>
                  <span className="summary-count">{formatNumber(count, lang)}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
