import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../components/shared/SeverityBadge';
import { ViewLink } from '../../components/shared/ViewLink';
import { FixFinding } from '../../editing/FixFinding';
import { subjectName, type Finding } from './queries';

interface FindingDetailsProps {
  readonly id: string;
  readonly finding: Finding;
  /** The explanation after its first sentence (the first is the item's title). */
  readonly rest: string;
  readonly onClose: () => void;
}

/** Everything about one finding: why, what to do, whom it concerns (each on the map), and the map link. */
export function FindingDetails({ id, finding, rest, onClose }: FindingDetailsProps) {
  const { t, i18n } = useTranslation('gaps');
  const lang = i18n.language;
  return (
    <div id={id} className="finding-details">
      {rest ? <p>{rest}</p> : null}
      <dl className="finding-facts">
        <div>
          <dt>{t('finding.suggestion')}</dt>
          <dd>{finding.suggestion}</dd>
        </div>
        {finding.variants.length > 0 ? (
          <div>
            <dt>{t('finding.variants', { count: finding.variants.length })}</dt>
            <dd>
              <ul className="variant-list">
                {finding.variants.map((variant) => (
                  <li key={variant.id}>
                    <SeverityBadge severity={variant.severity} label={t(`severity.${variant.severity}`)} prefix={t('severityPrefix')} /> {variant.explanation}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('finding.severityReason')}</dt>
          <dd>{finding.severityReason}</dd>
        </div>
        <div>
          <dt>{t('finding.concept')}</dt>
          <dd>
            <strong>{t(`concepts.${finding.concept}`)}</strong> – {t(`conceptDescriptions.${finding.concept}`)}
          </dd>
        </div>
        <div>
          <dt>{t('finding.areas')}</dt>
          <dd>{finding.areas.length > 0 ? finding.areas.map((a) => a.name).join(', ') : t('finding.noAreas')}</dd>
        </div>
        <div>
          <dt>{t('finding.frame')}</dt>
          <dd>
            {t(`frames.${finding.frame}`)}
            {finding.municipality ? (
              <>
                {' – '}
                <ViewLink view="gaps" params={new URLSearchParams({ municipality: finding.municipality.id })} lang={lang}>
                  {t('finding.municipalityPage', { name: finding.municipality.name })}
                </ViewLink>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('finding.subjects')}</dt>
          <dd>
            {finding.subjectNodes.length === 0 ? (
              t('finding.noSubjects')
            ) : (
              <ul className="subject-list">
                {finding.subjectNodes.map((node) => {
                  const name = subjectName(node) ?? t('finding.unnamed', { id: node.id });
                  return (
                    <li key={node.id}>
                      <ViewLink view="map" params={new URLSearchParams({ select: node.id })} lang={lang} aria-label={t('finding.selectOnMap', { name })}>
                        {name}
                      </ViewLink>{' '}
                      <span className="meta">({t(`subjectTypes.${node.__typename}`)})</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <FixFinding finding={finding} />
      <div className="action-row">
        <ViewLink view="map" params={new URLSearchParams({ finding: finding.id })} lang={lang} className="button-link">
          {t('finding.showOnMap')}
        </ViewLink>
        <span className="meta">{t('finding.showOnMapHint')}</span>
      </div>
      <div className="action-row">
        <button type="button" className="secondary" onClick={onClose}>{t('finding.close')}</button>
        <span className="meta rule">{t('finding.rule', { rule: finding.rule })}</span>
      </div>
    </div>
  );
}
