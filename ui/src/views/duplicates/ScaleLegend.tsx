import { useTranslation } from 'react-i18next';
import { formatScore } from '../../components/shared/format';
import { stepRanges } from './matrix';

/** What the colours mean, in words: the scale must not depend on seeing colour. */
export function ScaleLegend() {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const label = (from: number | undefined, to: number | undefined): string => {
    if (from === undefined) return t('legend.below', { to: formatScore(to ?? 0, lang) });
    if (to === undefined) return t('legend.above', { from: formatScore(from, lang) });
    return t('legend.between', { from: formatScore(from, lang), to: formatScore(to, lang) });
  };
  return (
    <div className="scale-legend">
      <p id="scale-legend-title" className="scale-legend__title">{t('legend.heading')}</p>
      <ul aria-labelledby="scale-legend-title">
        {stepRanges().map(({ step, from, to }) => (
          <li key={step}>
            <span className={`swatch heatmap-step-${step}`} aria-hidden="true" />
            {label(from, to)}
          </li>
        ))}
      </ul>
    </div>
  );
}
