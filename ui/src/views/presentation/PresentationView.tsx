/**
 * Presentation mode: a view set's saved views as slides, the map filling the screen with large,
 * high-contrast labels and the controls out of the way. ← → (also PageUp/PageDown, space) step
 * through, Home/End jump, F asks for full screen, Esc leaves. Signed in it reads `viewSet(id)`;
 * from a share link (/visning/<token>) `sharedViewSet(token)`, which needs no sign-in.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { buildElements } from '../../graph/elements';
import { highlightFor, NO_HIGHLIGHT } from '../../graph/highlight';
import { withOverlay } from '../../graph/highlight-overlay';
import { prewarmLayoutWorker } from '../../graph/layoutClient';
import { useOverlay } from '../../graph/useOverlay';
import { mapCodec } from '../map/state';
import { useGraphQL } from '../map/useGraphQL';
import { PRESENTATION_QUERY, SHARED_PRESENTATION_QUERY, type PresentationSet, type Slide } from './queries';
import './presentation.css';

const MapCanvas = lazy(() => import('../../graph/MapCanvas'));
const LABELS = { scale: 1.7, highContrast: true } as const;
const noop = () => undefined;

type Source = { readonly kind: 'set'; readonly id: string } | { readonly kind: 'shared'; readonly token: string };

export function PresentationView({ source, initialSlide, onSlide }: { source: Source; initialSlide: number; onSlide?: (n: number) => void }) {
  const { t, i18n } = useTranslation('present');
  const lang = i18n.language === 'en' ? 'EN' : 'SV';
  const query = source.kind === 'set' ? PRESENTATION_QUERY : SHARED_PRESENTATION_QUERY;
  const variables = source.kind === 'set' ? { id: source.id, lang } : { token: source.token, lang };
  const answer = useGraphQL<{ viewSet?: PresentationSet | null; sharedViewSet?: PresentationSet | null }, typeof variables>(query, variables);
  const set = answer.data?.viewSet ?? answer.data?.sharedViewSet ?? null;
  const total = set?.views.length ?? 0;
  const [slide, setSlide] = useState(initialSlide);
  const stageRef = useRef<HTMLDivElement>(null);
  useEffect(() => prewarmLayoutWorker(), []);

  const go = useCallback((n: number) => setSlide(Math.max(0, Math.min(total - 1, n))), [total]);
  const step = useCallback((delta: number) => setSlide((current) => Math.max(0, Math.min(Math.max(total - 1, 0), current + delta))), [total]);
  useEffect(() => onSlide?.(slide), [slide, onSlide]);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    if (source.kind === 'set') navigate('presentations');
  }, [source.kind]);
  const fullScreen = useCallback(() => {
    void stageRef.current?.requestFullscreen?.().catch(noop);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      switch (event.key) {
        case 'ArrowRight': case 'PageDown': case ' ': step(1); break;
        case 'ArrowLeft': case 'PageUp': step(-1); break;
        case 'Home': go(0); break;
        case 'End': go(total - 1); break;
        case 'f': case 'F': fullScreen(); break;
        case 'Escape': if (!document.fullscreenElement) exit(); return;
        default: return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, go, total, fullScreen, exit]);

  const body = (() => {
    if (answer.error !== undefined) {
      const detail = answer.error instanceof Error ? answer.error.message : String(answer.error);
      return <p className="present-message" role="alert">{/not.?found|No shared presentation/i.test(detail) ? t('show.notFound') : t('show.failed', { detail })}</p>;
    }
    if (!set) return <p className="present-message" role="status">{t('show.loading')}</p>;
    const current = set.views[Math.min(slide, total - 1)];
    if (!current) return <p className="present-message">{t('show.empty')}</p>;
    return <SlideStage key={current.id} slide={current} n={Math.min(slide, total - 1) + 1} />;
  })();

  return (
    <div className="presentation" ref={stageRef} data-slide={slide + 1} data-slides={total}>
      <h1 className="visually-hidden">{set?.title ?? t('show.loading')}</h1>
      {body}
      <div className="present-controls">
        <span className="present-title">{set?.title}</span>
        <span className="present-counter" aria-live="polite">{total > 0 ? t('show.counter', { n: Math.min(slide, total - 1) + 1, total }) : ''}</span>
        <button type="button" onClick={() => step(-1)} disabled={slide <= 0} aria-label={t('show.previous')}>←</button>
        <button type="button" onClick={() => step(1)} disabled={slide >= total - 1} aria-label={t('show.next')}>→</button>
        <button type="button" onClick={fullScreen}>{t('show.fullScreen')}</button>
        {source.kind === 'set' ? <button type="button" onClick={exit}>{t('show.exit')}</button> : null}
        <span className="visually-hidden">{t('show.keys')}</span>
      </div>
    </div>
  );
}

function SlideStage({ slide, n }: { slide: Slide; n: number }) {
  const { t } = useTranslation('present');
  const state = useMemo(() => mapCodec.parse(new URLSearchParams(slide.state)), [slide.state]);
  const elements = useMemo(() => buildElements(slide.graph), [slide.graph]);
  const shown = useMemo(() => new Set(slide.graph.nodes.map((node) => node.id)), [slide.graph]);
  const names = useMemo(() => new Map((slide.finding?.areas ?? []).map((a) => [a.id, a.name])), [slide.finding]);
  const areaName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const finding = slide.finding ?? undefined;
  const overlay = useOverlay(finding, slide.graph, areaName);
  const highlight = useMemo(
    () => (finding ? withOverlay(highlightFor(finding.subjects, shown, slide.graph.edges), overlay) : NO_HIGHLIGHT),
    [finding, shown, slide.graph, overlay],
  );
  return (
    <figure className="present-slide">
      <Suspense fallback={<div className="map-canvas map-canvas--waiting" />}>
        <MapCanvas
          elements={elements}
          layout={state.layout}
          highlight={highlight}
          overlay={overlay}
          chosen={undefined}
          viewBox={slide.viewBox}
          labels={LABELS}
          areaOrder={[]}
          areaName={areaName}
          label={t('show.slideLabel', { n, caption: slide.caption })}
          onChoose={noop}
          onReady={noop}
          layingOutLabel=""
          layoutFailedLabel={(detail) => detail}
        />
      </Suspense>
      <figcaption className="present-caption">
        {slide.caption}
        {finding ? <span className="present-finding">{finding.explanation}</span> : null}
      </figcaption>
    </figure>
  );
}
