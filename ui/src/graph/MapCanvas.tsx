/**
 * The map's canvas: a Cytoscape instance kept in step with the view's elements, highlight and
 * choice. For screen readers it is one image with a summary (the table beside it has the content);
 * for tests it exposes data-node-count, data-edge-count, data-highlighted-count and
 * data-layout-done on its container.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LARGE_MAP, MapController } from './controller';
import type { MapElements } from './elements';
import { downloadImage, type ImageFormat } from './exportImage';
import type { PictureFrame } from './pictureFrame';
import type { HighlightSet } from './highlight';
import type { GapOverlay } from './overlay';
import type { MapLayoutName } from './layoutNames';
import type { Positions } from './fcoseLayout';
import { runLayout, startFreshLayout } from './layouts';
import { orientToCanvas } from './orientation';
import { startDrawing, type LinkDrawing } from './drawLinks';
import { composePicture, type MapPicture } from './picture';
import type { LabelOptions } from './stylesheet';
import type { ViewBox } from './viewBox';

export interface CanvasApi {
  exportImage(format: ImageFormat, frame?: PictureFrame): Promise<void>;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  centreOn(id: string): void;
  /** Dragging from node to node draws a link (the two ends go to onDraw); null stops it. */
  drawLinks(onDraw: ((sourceId: string, targetId: string) => void) | null): void;
  /** The part of the map in view, in model coordinates (a saved view keeps it). */
  extent(): ViewBox;
  /** The view as a picture with the gap overlay (hulls included), for the report. */
  picture(): Promise<MapPicture>;
}

export interface MapCanvasProps {
  readonly elements: MapElements;
  readonly layout: MapLayoutName;
  readonly highlight: HighlightSet;
  readonly chosen: string | undefined;
  /** Where to look once laid out (a saved view's viewport); else the whole map or the highlight. */
  readonly viewBox?: ViewBox | null;
  /** Label size and contrast (presentation mode). */
  readonly labels?: LabelOptions;
  /** The finding's gap overlay, drawn once the nodes have their places. */
  readonly overlay?: GapOverlay | null;
  readonly areaOrder: readonly string[];
  readonly areaName: (areaId: string) => string;
  /** The image's text alternative: what the map shows, in figures. */
  readonly label: string;
  readonly onChoose: (id: string | null) => void;
  readonly onReady: (api: CanvasApi | null) => void;
  /** The map was laid out and drawn, or its layout failed: the first picture is on screen. */
  readonly onSettled?: () => void;
  /** Shown (and announced) while a layout runs: on a national map that takes seconds. */
  readonly layingOutLabel: string;
  /** What to say when the layout failed, given the technical detail. */
  readonly layoutFailedLabel: (detail: string) => string;
}

type LayoutStatus = { readonly kind: 'running' } | { readonly kind: 'done' } | { readonly kind: 'failed'; readonly detail: string };

function publishCounts(container: HTMLElement, controller: MapController): void {
  const counts = controller.counts();
  container.dataset['nodeCount'] = String(counts.nodes);
  container.dataset['edgeCount'] = String(counts.edges);
  container.dataset['highlightedCount'] = String(counts.highlighted);
  for (const [key, value] of Object.entries(controller.overlayCounts())) container.dataset[`overlay${key[0]!.toUpperCase()}${key.slice(1)}`] = String(value);
}

let firstDrawMarked = false;
/** When the page first shows nodes on the canvas, wherever they stand (bench/ui-phases.ts). */
function markFirstDraw(controller: MapController): void {
  if (firstDrawMarked || controller.shownNodes().empty()) return;
  firstDrawMarked = true;
  controller.cy.one('render', () => performance.mark('map:first-draw'));
}

export default function MapCanvas(props: MapCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const lastLayout = useRef<MapLayoutName | null>(null);
  /** The label options the canvas's stylesheet was made with. */
  const styledFor = useRef<string | null>(null);
  const layoutRun = useRef(0);
  const latest = useRef(props);
  latest.current = props;
  // Once large, always large: a filter narrowing a national map keeps the same instance (and its
  // places), instead of rebuilding a small one and laying everything out again on the way back.
  const everLarge = useRef(false);
  if (props.elements.nodes.length + props.elements.edges.length > LARGE_MAP) everLarge.current = true;
  const large = everLarge.current;
  // Kept here, not in the view: a layout starting must not re-render the whole view before the canvas shows.
  const [status, setStatus] = useState<LayoutStatus>({ kind: 'running' });

  // One Cytoscape per size class: the viewport shortcuts for large maps are set at creation.
  // (Layout effects, these two, in this order: the instance must exist before the first drawing.)
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const controller = new MapController(container, large, (id) => latest.current.onChoose(id), latest.current.labels);
    styledFor.current = JSON.stringify(latest.current.labels ?? {});
    controllerRef.current = controller;
    container.dataset['layoutDone'] = 'false';
    lastLayout.current = null;
    let drawing: LinkDrawing | null = null;
    latest.current.onReady({
      exportImage: (format, frame) => downloadImage(controller.cy, format, frame),
      zoomIn: () => controller.zoomBy(1.25),
      zoomOut: () => controller.zoomBy(0.8),
      fit: () => controller.frame(),
      centreOn: (id) => controller.centreOn(id),
      drawLinks: (onDraw) => {
        drawing?.stop();
        drawing = onDraw === null ? null : startDrawing(controller.cy, onDraw);
      },
      extent: () => controller.extent(),
      picture: () => composePicture(controller.cy, controller.hullPaths()),
    });
    return () => {
      drawing?.stop();
      latest.current.onReady(null);
      controllerRef.current = null;
      controller.destroy();
    };
  }, [large]);

  // New elements or another layout: draw at once (kept nodes keep their place), then lay out,
  // in the same frame as the rest of the page changes. A map drawn from scratch goes onto the
  // canvas when its layout is in, at its places: it is not drawn where it starts, then again.
  useLayoutEffect(() => {
    const controller = controllerRef.current;
    const container = containerRef.current;
    if (!controller || !container) return;
    const { elements, layout } = props;
    const restart = lastLayout.current !== layout;
    // Drawn from scratch: the worker starts on the layout before the elements go onto the canvas.
    const early = layout === 'fcose' && restart ? startFreshLayout(elements) : undefined;
    lastLayout.current = layout;
    container.dataset['layoutDone'] = 'false';
    setStatus((current) => (current.kind === 'running' ? current : { kind: 'running' }));
    const run = ++layoutRun.current;
    const isCurrent = () => run === layoutRun.current && controllerRef.current === controller;
    const show = (places?: Positions) => {
      performance.mark('map:sync');
      const fresh = controller.sync(elements, places);
      performance.mark('map:synced');
      markFirstDraw(controller);
      controller.highlight(latest.current.highlight);
      controller.choose(latest.current.chosen);
      publishCounts(container, controller);
      const unplaced = new Set(restart ? elements.nodes.map((n) => n.data.id) : fresh);
      // Kept nodes are worth showing at once (a filter narrowed the map); fresh ones only after layout.
      if (!restart && fresh.length < elements.nodes.length) controller.frame();
      runLayout(controller, layout, {
        areaOrder: latest.current.areaOrder,
        areaName: latest.current.areaName,
        unplaced,
        ...(early ? { early } : {}),
        isCurrent,
      }).then(
        (applied) => {
          if (!applied || run !== layoutRun.current) return;
          performance.mark('map:laid-out');
          controller.showOverlay(latest.current.overlay ?? null);
          const box = latest.current.viewBox;
          if (box) controller.showBox(box);
          else controller.frame();
          publishCounts(container, controller);
          performance.mark('map:framed');
          // Done means drawn: wait for Cytoscape's next render (or give up waiting after a second).
          const finish = () => {
            if (run !== layoutRun.current || container.dataset['layoutDone'] === 'true') return;
            container.dataset['layoutDone'] = 'true';
            performance.mark('map:drawn');
            setStatus({ kind: 'done' });
            latest.current.onSettled?.();
          };
          controller.cy.one('render', finish);
          window.setTimeout(finish, 1000);
        },
        (error: unknown) => {
          setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
          latest.current.onSettled?.();
        },
      );
    };
    if (early && controller.shownNodes().empty()) {
      // The same places runLayout gives a fresh map. A failed layout is reported by runLayout,
      // which awaits the same promise.
      const placed = (positions: Positions) => orientToCanvas(positions, controller.cy.width(), controller.cy.height());
      early.then((positions) => isCurrent() && show(placed(positions)), () => isCurrent() && show());
    } else show();
  }, [props.elements, props.layout, large]);

  useEffect(() => {
    const controller = controllerRef.current;
    const container = containerRef.current;
    if (!controller || !container) return;
    controller.highlight(props.highlight);
    if (container.dataset['layoutDone'] === 'true') {
      controller.showOverlay(props.overlay ?? null);
      controller.frame();
    }
    publishCounts(container, controller);
  }, [props.highlight, props.overlay]);

  useEffect(() => {
    controllerRef.current?.choose(props.chosen);
  }, [props.chosen]);

  const labelKey = JSON.stringify(props.labels ?? {});
  useEffect(() => {
    // The controller was made with these labels: restyling every element again would only cost.
    if (styledFor.current === labelKey) return;
    styledFor.current = labelKey;
    controllerRef.current?.setLabels(props.labels ?? {});
  }, [labelKey]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (props.viewBox && controller && containerRef.current?.dataset['layoutDone'] === 'true') controller.showBox(props.viewBox);
  }, [props.viewBox]);

  return (
    <>
      <p className={status.kind === 'failed' ? 'map-note' : 'map-status map-status--canvas'} role="status">
        {status.kind === 'running' ? props.layingOutLabel : status.kind === 'failed' ? props.layoutFailedLabel(status.detail) : ''}
      </p>
      <div ref={containerRef} className="map-canvas" role="img" aria-label={props.label} />
    </>
  );
}
