import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function GapsView() {
  const { t } = useTranslation('gaps');
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">{t('title')}</h1>
    </section>
  );
}
