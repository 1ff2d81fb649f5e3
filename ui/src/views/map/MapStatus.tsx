import { useTranslation } from 'react-i18next';

export type MapPhase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly detail: string }
  | { readonly kind: 'empty'; readonly filtered: boolean }
  | { readonly kind: 'ready'; readonly updating: boolean };

interface Props {
  readonly phase: MapPhase;
  readonly onRetry: () => void;
  readonly onClearFilters: () => void;
}

/** Never a blank map: what is happening, or what went wrong and what to do about it. */
export function MapStatus({ phase, onRetry, onClearFilters }: Props) {
  const { t } = useTranslation('map');
  switch (phase.kind) {
    case 'loading':
      return <p className="map-status" role="status">{t('status.loading')}</p>;
    case 'error':
      return (
        <div className="map-status map-status--error" role="alert">
          <h2>{t('status.errorTitle')}</h2>
          <p>{t('status.errorHelp')}</p>
          <p className="detail">{t('status.errorDetail', { detail: phase.detail })}</p>
          <button type="button" onClick={onRetry}>{t('status.retry')}</button>
        </div>
      );
    case 'empty':
      return phase.filtered ? (
        <div className="map-status" role="status">
          <h2>{t('status.emptyTitle')}</h2>
          <p>{t('status.emptyHelp')}</p>
          <button type="button" onClick={onClearFilters}>{t('status.clearFilters')}</button>
        </div>
      ) : (
        <p className="map-status" role="status">{t('status.emptyMap')}</p>
      );
    case 'ready':
      // A polite, small notice while a new answer loads; the map stays visible. (The canvas says when it lays out.)
      return <p className="map-status map-status--quiet" role="status">{phase.updating ? t('status.updating') : ''}</p>;
  }
}
