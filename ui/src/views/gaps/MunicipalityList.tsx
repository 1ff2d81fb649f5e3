import { useTranslation } from 'react-i18next';
import { ViewLink } from '../../components/shared/ViewLink';
import type { MunicipalityCount } from './queries';

/** Each municipality within the filter, linked to its page in the report's frame. */
export function MunicipalityList({ municipalities }: { readonly municipalities: readonly MunicipalityCount[] }) {
  const { t, i18n } = useTranslation('gaps');
  if (municipalities.length === 0) return null;
  return (
    <section className="municipality-list" aria-labelledby="gaps-municipalities-title">
      <h2 id="gaps-municipalities-title">{t('municipalities.heading')}</h2>
      <p className="group-description">{t('municipalities.intro')}</p>
      <ul className="summary-list">
        {municipalities.map(({ municipality, gaps, toFillIn }) => (
          <li key={municipality.id}>
            <ViewLink view="gaps" params={new URLSearchParams({ municipality: municipality.id })} lang={i18n.language}>
              {municipality.name}
            </ViewLink>
            <span className="summary-count">
              {t('municipalities.gapCount', { count: gaps })} · {t('municipalities.fillInCount', { count: toFillIn })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
