import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../app/router';
import { useQuery } from '../../components/shared/useQuery';
import { ExportButtons } from '../../export/ExportButtons';
import { GapsFilters } from './GapsFilters';
import { GapsResults } from './GapsResults';
import { MunicipalityPage } from './MunicipalityPage';
import { ANALYSIS_QUERY, type AnalysisResult } from './queries';
import { gapsCodec, toAnalysisVariables, type AnalysisVariables, type GapsState } from './state';
import './gaps.css';

/**
 * /brister: the analysis's gaps, and apart from them what to fill in, filtered, grouped by kind and
 * ranked, each with what to do about it; or one municipality's page in the report's frame.
 */
export function GapsView() {
  const [state, set] = useUrlState('gaps', gapsCodec);
  return state.municipality === undefined ? <GapsLists state={state} set={set} /> : <MunicipalityPage municipality={state.municipality} state={state} onChange={set} />;
}

function GapsLists({ state, set }: { readonly state: GapsState; readonly set: (next: GapsState) => void }) {
  const { t, i18n } = useTranslation('gaps');
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
