/**
 * The report's summary section: figures by severity and kind. One component on purpose — when
 * the analysis API offers a per-municipality summary (issue 8), it replaces what is computed here.
 */
import { useTranslation } from 'react-i18next';
import type { ReportData } from './queries';

export function GapSummary({ summary }: { summary: ReportData['analysis']['summary'] }) {
  const { t } = useTranslation('report');
  const kinds = [...summary.countsByKind].filter((k) => k.count > 0).sort((a, b) => b.count - a.count);
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">{t('summary')}</h2>
      <p className="report-total">{t('total', { count: summary.total })}</p>
      <p>
        {t('bySeverity')}:{' '}
        {summary.countsBySeverity.filter((s) => s.count > 0).map((s) => `${t(`map:vocab.Severity.${s.severity}`)} ${s.count}`).join(' · ')}
      </p>
      <table>
        <caption>{t('byKind')}</caption>
        <thead><tr><th scope="col">{t('kind')}</th><th scope="col" className="num">{t('count')}</th></tr></thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.kind}><th scope="row">{t(`map:vocab.FindingKind.${k.kind}`)}</th><td className="num">{k.count}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
