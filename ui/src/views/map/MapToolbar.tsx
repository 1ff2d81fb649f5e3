import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasApi } from '../../graph/MapCanvas';
import type { PictureFrame } from '../../graph/pictureFrame';
import { LAYOUT_NAMES, type MapLayoutName } from '../../graph/layoutNames';

export const LABEL_SIZES = [[1, 'normal'], [1.4, 'large'], [1.8, 'largest']] as const;

interface Props {
  readonly labelScale?: number;
  readonly onLabelScale?: (scale: number) => void;
  readonly layout: MapLayoutName;
  readonly canvas: CanvasApi | null;
  readonly onLayout: (layout: MapLayoutName) => void;
  /** Title, filter caption, legend, date and source for an exported picture. */
  readonly frame?: () => PictureFrame;
}

/** Layout choice, zoom (the keyboard's way to zoom the canvas) and export. */
export function MapToolbar({ layout, canvas, onLayout, labelScale = 1, onLabelScale, frame }: Props) {
  const { t } = useTranslation('map');
  const [exportError, setExportError] = useState<string | undefined>(undefined);
  const save = (format: 'png' | 'svg') => {
    setExportError(undefined);
    canvas?.exportImage(format, frame?.()).catch((error: unknown) => setExportError(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div className="map-toolbar" role="group" aria-label={t('toolbar.label')}>
      <label htmlFor="map-layout">{t('toolbar.layout')}</label>
      <select id="map-layout" value={layout} onChange={(e) => onLayout(e.target.value as MapLayoutName)}>
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name}>{t(`toolbar.layouts.${name}`)}</option>
        ))}
      </select>
      {onLabelScale ? (
        <>
          <label htmlFor="map-label-size">{t('toolbar.labelSize')}</label>
          <select id="map-label-size" value={String(labelScale)} onChange={(e) => onLabelScale(Number(e.target.value))}>
            {LABEL_SIZES.map(([size, name]) => <option key={size} value={String(size)}>{t(`toolbar.labelSizes.${name}`)}</option>)}
          </select>
        </>
      ) : null}
      <span className="toolbar-group">
        <button type="button" className="secondary icon" disabled={!canvas} onClick={() => canvas?.zoomIn()} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomIn')}>+</button>
        <button type="button" className="secondary icon" disabled={!canvas} onClick={() => canvas?.zoomOut()} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOut')}>−</button>
        <button type="button" className="secondary" disabled={!canvas} onClick={() => canvas?.fit()}>{t('toolbar.fit')}</button>
      </span>
      <span className="toolbar-group">
        <button type="button" className="secondary" disabled={!canvas} onClick={() => save('png')}>{t('toolbar.exportPng')}</button>
        <button type="button" className="secondary" disabled={!canvas} onClick={() => save('svg')}>{t('toolbar.exportSvg')}</button>
      </span>
      {exportError === undefined ? null : <p className="map-note" role="alert">{t('toolbar.exportFailed', { detail: exportError })}</p>}
    </div>
  );
}
