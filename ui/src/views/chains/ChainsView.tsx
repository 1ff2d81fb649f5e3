import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function ChainsView() {
  const { t } = useTranslation('chains');
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">{t('title')}</h1>
    </section>
  );
}
