import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import type { QueryState } from '../../components/shared/useQuery';
import { FindingGroupSection } from './FindingGroupSection';
import { GapsSummary } from './GapsSummary';
import { groupFindings } from './group';
import { ListSwitch } from './ListSwitch';
import { MunicipalityList } from './MunicipalityList';
import type { AnalysisResult } from './queries';
import { DEFAULT_GAPS, isFiltered, type GapsState } from './state';

interface GapsResultsProps {
  readonly query: QueryState<AnalysisResult>;
  readonly state: GapsState;
  readonly onChange: (next: GapsState) => void;
  readonly onRetry: () => void;
}

/**
 * The switch between gaps and things to fill in, the summary, the groups and the municipalities'
 * pages, or a panel saying why there is nothing to show and what to do.
 */
export function GapsResults({ query, state, onChange, onRetry }: GapsResultsProps) {
  const { t } = useTranslation('gaps');
  const findings = query.status === 'ready' ? query.data.analysis.findings : undefined;
  const groups = useMemo(() => (findings === undefined ? [] : groupFindings(findings)), [findings]);
  const status = useStatusStrings('gaps');

  if (query.status === 'error') return <ErrorState strings={status} error={query.error} onRetry={onRetry} />;
  if (query.status !== 'ready') return <LoadingState text={status.loading} />;
  const { analysis } = query.data;
  const openMissing = state.finding !== undefined && !analysis.findings.some((f) => f.id === state.finding);
  const toggle = (id: string) => onChange({ ...state, finding: state.finding === id ? undefined : id });

  const fillIn = state.list === 'fill-in';
  return (
    <>
      <ListSwitch state={state} summary={analysis.summary} onChange={onChange} />
      {openMissing ? (
        <EmptyState title={t('missingSelection.title')}>
          <p>{t('missingSelection.body')}</p>
          {isFiltered(state) ? (
            <button type="button" onClick={() => onChange({ ...DEFAULT_GAPS, list: state.list, finding: state.finding })}>{t('missingSelection.clearFilters')}</button>
          ) : null}
        </EmptyState>
      ) : null}
      {analysis.findings.length === 0 ? (
        isFiltered(state) ? (
          <EmptyState title={t('empty.filteredTitle')}>
            <p>{t('empty.filteredBody')}</p>
            <button type="button" onClick={() => onChange({ ...DEFAULT_GAPS, list: state.list })}>{t('filters.clear')}</button>
          </EmptyState>
        ) : (
          <EmptyState title={t(fillIn ? 'empty.fillInNoneTitle' : 'empty.noneTitle')}>
            <p>{t(fillIn ? 'empty.fillInNoneBody' : 'empty.noneBody')}</p>
          </EmptyState>
        )
      ) : (
        <>
          <GapsSummary list={state.list} summary={analysis.summary} graphVersion={analysis.graphVersion} asOf={analysis.asOf} />
          <MunicipalityList municipalities={analysis.municipalities} />
          {groups.map((group) => (
            <FindingGroupSection key={group.kind} kind={group.kind} findings={group.findings} openId={state.finding} onToggle={toggle} />
          ))}
        </>
      )}
    </>
  );
}
