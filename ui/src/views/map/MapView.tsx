/**
 * `/` — the actor map: filters, search, the canvas with its legend, the chosen node's details and
 * the same content as a table. Everything the reader sets lives in the URL (state.ts).
 */
import { MapEditing } from '../../editing/MapEditing';
import { ExportButtons } from '../../export/ExportButtons';
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../app/router';
import { elementsOf } from '../../graph/elements';
import { highlightFor, NO_HIGHLIGHT } from '../../graph/highlight';
import { prewarmLayoutWorker } from '../../graph/layoutClient';
import { withOverlay } from '../../graph/highlight-overlay';
import { useOverlay } from '../../graph/useOverlay';
import type { CanvasApi } from '../../graph/MapCanvas';
import { areaNamer, orderedAreas } from './areas';
import { FindingBanner } from './FindingBanner';
import { FocusBar } from './FocusBar';
import { Legend } from './Legend';
import { MapFilters } from './MapFilters';
import { MapStatus, type MapPhase } from './MapStatus';
import { MapToolbar } from './MapToolbar';
import { mapPictureFrame } from './picture';
import { NodeDetail } from './NodeDetail';
import { NodeTable } from './NodeTable';
import { CHOICES_QUERY, FINDINGS_QUERY, type ChoicesData, type FindingsData, type SearchHit } from './queries';
import { SearchBox } from './SearchBox';
import { SaveViewForm } from '../presentation/SaveViewForm';
import { cleared, hasFilters, mapCodec, nodeTypesFor, toGraphVariables, type MapState } from './state';
import { RelationshipTable } from './RelationshipTable';
import { relationshipRows, tableRows } from './table';
import { useGraphQL } from './useGraphQL';
import { useMapView } from './useMapView';
import './map.css';

// Cytoscape is a large library: other views never load it, and the map starts loading it (and the
// layout worker) on mount, while its data is fetched.
const loadCanvas = () => import('../../graph/MapCanvas');
const MapCanvas = lazy(loadCanvas);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const EMPTY_VIEW = { nodes: [], edges: [] };

export function MapView() {
  const { t, i18n } = useTranslation('map');
  const [state, set, replace] = useUrlState('map', mapCodec);
  const data = useMapView(state);
  const choices = useGraphQL<ChoicesData, Record<string, never>>(CHOICES_QUERY, {});
  const lang = i18n.language === 'en' ? 'EN' : 'SV';
  const wantFindings = state.finding !== undefined || state.select !== undefined;
  const findings = useGraphQL<FindingsData, { lang: string }>(FINDINGS_QUERY, wantFindings ? { lang } : null);
  const [canvas, setCanvas] = useState<CanvasApi | null>(null);
  const [labelScale, setLabelScale] = useState(1);
  const labels = useMemo(() => ({ scale: labelScale }), [labelScale]);
  useEffect(() => {
    prewarmLayoutWorker();
    void loadCanvas();
  }, []);

  const view = data.view ?? EMPTY_VIEW;
  const areas = useMemo(() => orderedAreas(choices.data?.areas ?? []), [choices.data]);
  const areaName = useMemo(() => areaNamer(areas, '–'), [areas]);
  const elements = useMemo(() => elementsOf(view), [view]);
  const shownIds = useMemo(() => new Set(view.nodes.map((n) => n.id)), [view]);
  const finding = state.finding === undefined ? undefined : findings.data?.analysis.findings.find((f) => f.id === state.finding);
  const overlay = useOverlay(finding, view, areaName);
  const highlight = useMemo(
    () => (finding ? withOverlay(highlightFor(finding.subjects, shownIds, view.edges), overlay) : NO_HIGHLIGHT),
    [finding, shownIds, view, overlay],
  );
  // The tables (hundreds of rows, each with translated text) come after the map's first picture,
  // in a transition: before it, they would hold the picture back by most of a second.
  const [tablesShown, setTablesShown] = useState(false);
  const showTables = useCallback(() => startTransition(() => setTablesShown(true)), []);
  const withTables = tablesShown || (data.view !== undefined && view.nodes.length === 0) || data.error !== undefined;
  const rows = useMemo(() => (withTables ? tableRows(view, highlight.nodes, areaName, (k, o) => t(k, o ?? {})) : []), [withTables, view, highlight, areaName, t]);
  const relRows = useMemo(() => (withTables ? relationshipRows(view, highlight.edges, (k, o) => t(k, o ?? {})) : []), [withTables, view, highlight, t]);
  // Chosen from a table: the details take the focus, and closing them gives it back.
  const [detailFocus, setDetailFocus] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Stable callbacks (reading the latest state through a ref) let the table and canvas skip re-rendering.
  const latest = useRef({ state, replace, canvas });
  latest.current = { state, replace, canvas };
  const choose = useCallback((id: string | null) => {
    const { state: now, replace: rewrite } = latest.current;
    if (id !== null && id !== now.select) rewrite({ ...now, select: id });
  }, []);
  const chooseAndShow = useCallback((id: string) => {
    choose(id);
    latest.current.canvas?.centreOn(id);
  }, [choose]);
  const chooseFromTable = useCallback((id: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDetailFocus(true);
    chooseAndShow(id);
  }, [chooseAndShow]);
  const chooseOnCanvas = useCallback((id: string | null) => {
    setDetailFocus(false);
    choose(id);
  }, [choose]);
  const closeDetail = useCallback(() => {
    const { state: now, replace: rewrite } = latest.current;
    rewrite({ ...now, select: undefined });
    setDetailFocus(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) window.setTimeout(() => back.focus(), 0);
  }, []);
  // Esc closes the details from anywhere on the page but a field being typed in.
  const detailOpen = state.select !== undefined;
  useEffect(() => {
    if (!detailOpen) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || event.defaultPrevented || target?.closest('input, select, textarea, [role="combobox"]')) return;
      closeDetail();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [detailOpen, closeDetail]);
  const onSearch = (hit: SearchHit) => {
    if (shownIds.has(hit.id)) chooseAndShow(hit.id);
    else set({ ...state, select: hit.id, focus: hit.id });
  };
  const change = (next: MapState) => set(next);

  const phase: MapPhase =
    data.error !== undefined ? { kind: 'error', detail: message(data.error) }
    : data.view === undefined ? { kind: 'loading' }
    : view.nodes.length === 0 ? { kind: 'empty', filtered: hasFilters(state) || state.focus !== undefined }
    : { kind: 'ready', updating: data.loading };
  const summary = t(highlight.nodes.size ? 'canvas.summaryHighlighted' : 'canvas.summary', {
    nodes: elements.nodes.length, edges: elements.edges.length, highlighted: highlight.nodes.size,
  });
  const relsKey = state.rels.join(',');
  const nodeTypes = useMemo(() => nodeTypesFor(relsKey.split(',') as MapState['rels']), [relsKey]);
  const focusName = view.nodes.find((n) => n.id === state.focus)?.label ?? state.focus ?? '';
  /** The finding's first sentence: the caption of a saved view and of an exported picture. */
  const findingSentence = finding ? finding.explanation.split(/(?<=[.!?])\s/)[0] ?? '' : undefined;

  return (
    <section className="map-view" aria-labelledby="view-title">
      <div className="map-head">
        <h1 id="view-title">{t('title')}</h1>
        <p className="view-intro">{t('intro')}</p>
      </div>
      {state.finding === undefined ? null : (
        <FindingBanner
          findingId={state.finding}
          finding={finding}
          loading={findings.loading || findings.data === undefined}
          error={findings.error === undefined ? undefined : message(findings.error)}
          highlight={highlight}
          onClear={() => set({ ...state, finding: undefined })}
        />
      )}
      <div className="map-controls">
        <SearchBox onChoose={onSearch} />
        <MapToolbar
          layout={state.layout} canvas={canvas} onLayout={(layout) => set({ ...state, layout })} labelScale={labelScale} onLabelScale={setLabelScale}
          frame={() => mapPictureFrame(t, i18n.language, {
            ...(state.area ? { area: areaName(state.area) } : {}),
            ...(state.focus !== undefined ? { focus: focusName } : {}),
            ...(findingSentence !== undefined ? { finding: findingSentence } : {}),
            nodes: elements.nodes.length, edges: elements.edges.length,
          })}
        />
        <SaveViewForm
          state={mapCodec.serialize({ ...state, select: undefined }).toString()}
          viewBox={() => canvas?.extent() ?? null}
          defaultCaption={findingSentence ?? (state.area ? areaName(state.area) : '')}
        />
      </div>
      <MapEditing canvas={canvas} onCreated={(id) => set({ ...state, select: id })} />
      {state.focus === undefined ? null : (
        <FocusBar
          name={focusName}
          depth={state.depth}
          outsideFilters={data.focusOutsideFilters}
          onDepth={(depth) => set({ ...state, depth })}
          onClear={() => set({ ...state, focus: undefined })}
        />
      )}
      <div className={`map-body${state.select === undefined ? '' : ' map-body--detail'}`}>
        <MapFilters
          state={state}
          areas={areas}
          topics={choices.data?.topics ?? []}
          choicesError={choices.error === undefined ? undefined : message(choices.error)}
          onChange={change}
        />
        <div className="map-stage">
          <MapStatus phase={phase} onRetry={data.reload} onClearFilters={() => set(cleared(state))} />
          <p className="visually-hidden">{t('canvas.tableHint')}</p>
          {data.view === undefined ? <div className="map-canvas map-canvas--waiting" /> : (
            <Suspense fallback={<div className="map-canvas map-canvas--waiting" />}>
              <MapCanvas
                elements={elements}
                layout={state.layout}
                highlight={highlight}
                overlay={overlay}
                labels={labels}
                chosen={state.select}
                areaOrder={areas.map((a) => a.id)}
                areaName={areaName}
                label={summary}
                onChoose={chooseOnCanvas}
                onReady={setCanvas}
                onSettled={showTables}
                layingOutLabel={t('status.layingOut')}
                layoutFailedLabel={(detail) => t('status.layoutError', { detail })}
              />
            </Suspense>
          )}
          <Legend nodeTypes={nodeTypes} />
        </div>
        {state.select === undefined ? null : (
          <NodeDetail
            key={state.select}
            id={state.select}
            onMap={shownIds.has(state.select)}
            findings={findings.data?.analysis.findings}
            findingsError={findings.error === undefined ? undefined : message(findings.error)}
            shownFinding={state.finding}
            onShowFinding={(finding) => set({ ...state, finding })}
            onSelect={(id) => (shownIds.has(id) ? chooseAndShow(id) : replace({ ...state, select: id }))}
            onFocus={(id) => set({ ...state, focus: id, select: id })}
            onClose={closeDetail}
            takeFocus={detailFocus}
          />
        )}
      </div>
      <ExportButtons what="map" filter={{ ...toGraphVariables(state).filter }} />
      {withTables ? (
        <>
          <NodeTable rows={rows} chosen={state.select} onChoose={chooseFromTable} />
          <RelationshipTable rows={relRows} onChoose={chooseFromTable} />
        </>
      ) : null}
    </section>
  );
}
