import { useTranslation } from 'react-i18next';

interface Props {
  readonly name: string;
  readonly depth: number;
  readonly outsideFilters: boolean;
  readonly onDepth: (depth: number) => void;
  readonly onClear: () => void;
}

/** Says that only a neighbourhood is shown, lets the reader widen it (1–3 steps) or leave it. */
export function FocusBar({ name, depth, outsideFilters, onDepth, onClear }: Props) {
  const { t } = useTranslation('map');
  return (
    <div className="focus-bar" role="region" aria-label={t('focus.showing', { name })}>
      <p><strong>{t('focus.showing', { name })}</strong></p>
      <label htmlFor="map-depth">{t('focus.depth')}</label>
      <select id="map-depth" value={depth} onChange={(e) => onDepth(Number(e.target.value))}>
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>{t('focus.depthOption', { count: d })}</option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={onClear}>{t('focus.showAll')}</button>
      {outsideFilters ? <p className="map-note">{t('focus.outsideFilters')}</p> : null}
    </div>
  );
}
