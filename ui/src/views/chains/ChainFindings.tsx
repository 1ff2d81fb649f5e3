import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../components/shared/SeverityBadge';
import { ViewLink } from '../../components/shared/ViewLink';
import { useQuery } from '../../components/shared/useQuery';
import { apiLanguage } from '../../components/shared/vocabulary';
import { CHAIN_FINDINGS_QUERY, findingsAbout, type ChainFindingsResult } from './queries';

interface ChainFindingsProps {
  /** The actors the chains start from. */
  readonly actorIds: readonly string[];
  /** Their area, to ask only for findings about it. */
  readonly area: string | undefined;
}

/** The analysis's broken-chain findings about these actors, each linked to the gaps view and the map. */
export function ChainFindings({ actorIds, area }: ChainFindingsProps) {
  const { t, i18n } = useTranslation('chains');
  const lang = i18n.language;
  const { state } = useQuery<ChainFindingsResult, { area: string | null; lang: string }>(CHAIN_FINDINGS_QUERY, { area: area ?? null, lang: apiLanguage(lang) });
  if (state.status === 'idle' || state.status === 'loading') return null;
  if (state.status === 'error') return <p className="meta">{t('findings.failed')}</p>;
  const findings = findingsAbout(state.data.analysis.findings, actorIds);
  return (
    <section className="chain-findings" aria-labelledby="chain-findings-title">
      <h2 id="chain-findings-title">{t('findings.heading', { count: findings.length })}</h2>
      {findings.length === 0 ? <p>{t('findings.none')}</p> : (
        <ul>
          {findings.map((finding) => (
            <li key={finding.id} className="chain-finding">
              <p>
                <SeverityBadge severity={finding.severity} label={t(`findings.severity.${finding.severity}`)} prefix={t('findings.severityPrefix')} />{' '}
                {finding.explanation}
              </p>
              <p className="meta">{t('findings.suggestion')} {finding.suggestion}</p>
              <p className="action-row">
                <ViewLink view="gaps" params={new URLSearchParams({ finding: finding.id })} lang={lang}>{t('findings.openInGaps')}</ViewLink>
                <ViewLink view="map" params={new URLSearchParams({ finding: finding.id })} lang={lang}>{t('findings.showOnMap')}</ViewLink>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
