import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../app/router';
import { useQuery } from '../../components/shared/useQuery';
import { ExportButtons } from '../../export/ExportButtons';
import { GapsFilters } from './GapsFilters';
import { GapsResults } from './GapsResults';
import { ANALYSIS_QUERY, type AnalysisResult } from './queries';
import { gapsCodec, toAnalysisVariables, type AnalysisVariables } from './state';
import './gaps.css';

/** /brister: the analysis's findings, filtered, grouped by kind, each with what to do about it. */
export function GapsView() {
  const { t, i18n } = useTranslation('gaps');
  const [state, set] = useUrlState('gaps', gapsCodec);
  const { state: query, reload } = useQuery<AnalysisResult, AnalysisVariables>(ANALYSIS_QUERY, toAnalysisVariables(state, i18n.language));
  return (
    <section aria-labelledby="gaps-title" className="gaps-view">
      <h1 id="gaps-title">{t('title')}</h1>
      <p className="view-intro">{t('intro')}</p>
      <GapsFilters state={state} onChange={set} />
      <ExportButtons what="findings" filter={toAnalysisVariables(state, i18n.language).filter as Record<string, unknown>} lang={i18n.language === 'en' ? 'EN' : 'SV'} />
      <GapsResults query={query} state={state} onChange={set} onRetry={reload} />
    </section>
  );
}
