import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function DuplicatesView() {
  const { t } = useTranslation('duplicates');
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">{t('title')}</h1>
    </section>
  );
}
