/**
 * The report's summary section: figures by severity and kind, then — from the analysis's
 * per-municipality summary (issue 8) — the municipality's gaps in the report's own frame, how many
 * facts are left to fill in, and its five most pressing gaps.
 */
import { useTranslation } from 'react-i18next';
import { useGraphQL } from '../map/useGraphQL';
import type { ReportData } from './queries';

export const FRAME_SUMMARY_QUERY = `query ReportFrame($filter: AnalysisFilter, $lang: Language) {
  analysis(filter: $filter) {
    municipalities {
      municipality { id name }
      gaps toFillIn
      sections { section gaps highest }
      top { id explanation(lang: $lang) }
    }
  }
}`;

export interface FrameSummaryData {
  readonly analysis: {
    readonly municipalities: readonly {
      readonly municipality: { readonly id: string; readonly name: string };
      readonly gaps: number;
      readonly toFillIn: number;
      readonly sections: readonly { readonly section: string; readonly gaps: number; readonly highest: string | null }[];
      readonly top: readonly { readonly id: string; readonly explanation: string }[];
    }[];
  };
}

interface GapSummaryProps {
  readonly summary: ReportData['analysis']['summary'];
  /** The municipality the report is for: its frame is shown when given. */
  readonly area?: string | undefined;
}

export function GapSummary({ summary, area }: GapSummaryProps) {
  const { t, i18n } = useTranslation('report');
  const frame = useGraphQL<FrameSummaryData, { filter: { area: string }; lang: string }>(
    FRAME_SUMMARY_QUERY,
    area ? { filter: { area }, lang: i18n.language === 'en' ? 'EN' : 'SV' } : null,
  );
  const municipality = frame.data?.analysis.municipalities.find((m) => m.municipality.id === area);
  const kinds = [...summary.countsByKind].filter((k) => k.count > 0).sort((a, b) => b.count - a.count);
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">{t('summary')}</h2>
      <p className="report-total">{t('total', { count: summary.total })}</p>
      {municipality ? <p>{t('toFillIn', { count: municipality.toFillIn })}</p> : null}
      <p>
        {t('bySeverity')}:{' '}
        {summary.countsBySeverity.filter((s) => s.count > 0).map((s) => `${t(`map:vocab.Severity.${s.severity}`)} ${s.count}`).join(' · ')}
      </p>
      {municipality ? (
        <>
          <h3>{t('topHeading', { count: municipality.top.length })}</h3>
          <ol className="report-top">
            {municipality.top.map((f) => <li key={f.id}>{f.explanation}</li>)}
          </ol>
          <table>
            <caption>{t('byFrame')}</caption>
            <thead><tr><th scope="col">{t('frameSection')}</th><th scope="col" className="num">{t('count')}</th><th scope="col">{t('highest')}</th></tr></thead>
            <tbody>
              {municipality.sections.map((s) => (
                <tr key={s.section}>
                  <th scope="row">{t(`gaps:frames.${s.section}`)}</th>
                  <td className="num">{s.gaps}</td>
                  <td>{s.highest ? t(`map:vocab.Severity.${s.highest}`) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
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
