import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useStatusStrings } from '../../components/shared/QueryStatus';
import { SeverityBadge } from '../../components/shared/SeverityBadge';
import { useQuery } from '../../components/shared/useQuery';
import { ViewLink } from '../../components/shared/ViewLink';
import { formatDate, formatNumber } from '../../i18n/i18next';
import { FindingItem } from './FindingItem';
import { splitExplanation } from './group';
import { MUNICIPALITY_QUERY, type MunicipalityResult, type MunicipalitySummary } from './queries';
import { toMunicipalityVariables, type AnalysisVariables, type GapsState } from './state';

interface MunicipalityPageProps {
  readonly municipality: string;
  readonly state: GapsState;
  readonly onChange: (next: GapsState) => void;
}

/**
 * /brister?municipality=berg: one municipality's gaps in the report's own frame (decision,
 * routines, coordination, county networks, arenas, target groups, support phases), its five most
 * pressing first. Each gap opens in place, as in the lists.
 */
export function MunicipalityPage({ municipality, state, onChange }: MunicipalityPageProps) {
  const { t, i18n } = useTranslation('gaps');
  const status = useStatusStrings('gaps');
  const { state: query, reload } = useQuery<MunicipalityResult, AnalysisVariables>(MUNICIPALITY_QUERY, toMunicipalityVariables(municipality, i18n.language));
  const summary = query.status === 'ready' ? query.data.analysis.municipalities.find((m) => m.municipality.id === municipality) : undefined;
  const back = (
    <p className="no-print">
      <ViewLink view="gaps" params={new URLSearchParams()} lang={i18n.language}>{t('municipality.back')}</ViewLink>
    </p>
  );
  return (
    <section aria-labelledby="gaps-title" className="gaps-view municipality-page">
      <h1 id="gaps-title">{summary ? t('municipality.title', { name: summary.municipality.name }) : t('title')}</h1>
      {back}
      {query.status === 'error' ? <ErrorState strings={status} error={query.error} onRetry={reload} />
        : query.status !== 'ready' ? <LoadingState text={status.loading} />
          : summary === undefined ? (
            <EmptyState title={t('municipality.notFoundTitle')}>
              <p>{t('municipality.notFoundBody')}</p>
            </EmptyState>
          ) : (
            <MunicipalityBody summary={summary} asOf={query.data.analysis.asOf} graphVersion={query.data.analysis.graphVersion} state={state} onChange={onChange} />
          )}
    </section>
  );
}

interface BodyProps {
  readonly summary: MunicipalitySummary;
  readonly asOf: string;
  readonly graphVersion: number;
  readonly state: GapsState;
  readonly onChange: (next: GapsState) => void;
}

function MunicipalityBody({ summary, asOf, graphVersion, state, onChange }: BodyProps) {
  const { t, i18n } = useTranslation('gaps');
  const lang = i18n.language;
  const { id, name } = summary.municipality;
  const toggle = (findingId: string) => onChange({ ...state, finding: state.finding === findingId ? undefined : findingId });
  return (
    <>
      <p className="view-intro">{t('municipality.intro')}</p>
      <p className="meta">{t('summary.asOf', { version: formatNumber(graphVersion, lang), date: formatDate(asOf, lang) })}</p>
      <p className="gaps-total">
        {t('summary.total', { count: summary.gaps })}
      </p>
      <p>
        <ViewLink view="gaps" params={new URLSearchParams({ list: 'fill-in', area: id })} lang={lang}>
          {t('municipality.fillInLink', { count: summary.toFillIn, name })}
        </ViewLink>
      </p>

      <section className="municipality-top" aria-labelledby="municipality-top-title">
        <h2 id="municipality-top-title">{t('municipality.top', { count: summary.top.length })}</h2>
        {summary.top.length === 0 ? <p>{t('municipality.topNone')}</p> : (
          <ol className="top-list">
            {summary.top.map((finding) => (
              <li key={finding.id}>
                <p className="top-title">
                  <SeverityBadge severity={finding.severity} label={t(`severity.${finding.severity}`)} prefix={t('severityPrefix')} />{' '}
                  <strong>{splitExplanation(finding.explanation).title}</strong>{' '}
                  <span className="tag">{t(`frames.${finding.frame}`)}</span>
                </p>
                <p>{finding.suggestion}</p>
                <ViewLink view="map" params={new URLSearchParams({ finding: finding.id })} lang={lang} aria-label={t('municipality.showTopOnMap', { title: splitExplanation(finding.explanation).title })}>
                  {t('finding.showOnMap')}
                </ViewLink>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="municipality-frame-title">
        <h2 id="municipality-frame-title">{t('municipality.frameHeading')}</h2>
        {summary.sections.map((section) => (
          <section key={section.section} className="finding-group frame-section" aria-labelledby={`frame-${section.section}`}>
            <h3 id={`frame-${section.section}`}>{t('municipality.section', { frame: t(`frames.${section.section}`), count: section.gaps })}</h3>
            <p className="group-description">
              {t(`frameDescriptions.${section.section}`)}
              {section.highest ? <> {t('municipality.highest', { severity: t(`severity.${section.highest}`).toLowerCase() })}</> : null}
            </p>
            {section.findings.length === 0 ? <p className="meta">{t('municipality.sectionNone')}</p> : (
              <ul className="finding-list">
                {section.findings.map((finding) => (
                  <FindingItem key={finding.id} finding={finding} open={finding.id === state.finding} onToggle={toggle} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
      <p className="no-print">
        <ViewLink view="gaps" params={new URLSearchParams({ area: id })} lang={lang}>{t('municipality.listLink', { name })}</ViewLink>
        {' · '}
        <ViewLink view="report" params={new URLSearchParams({ area: id })} lang={lang}>{t('municipality.reportLink', { name })}</ViewLink>
      </p>
    </>
  );
}
