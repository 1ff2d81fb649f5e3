import { useTranslation } from 'react-i18next';

/** The overlay's grammar in words, beside every map that draws a finding. */
export function OverlayKey() {
  const { t } = useTranslation('overlay');
  return (
    <details className="overlay-key">
      <summary>{t('key.heading')}</summary>
      <ul>
        <li><span className="key-swatch key-ghost" aria-hidden="true" /> {t('key.ghost')}</li>
        <li><span className="key-swatch key-path" aria-hidden="true" /> {t('key.path')}</li>
        <li><span className="key-swatch key-hull" aria-hidden="true" /> {t('key.hull')}</li>
        <li><span className="key-swatch key-mark" aria-hidden="true" /> {t('key.mark')}</li>
      </ul>
    </details>
  );
}
