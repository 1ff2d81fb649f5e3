/**
 * Owns one Cytoscape instance: puts the view's elements on it (as a diff, in one batch, so nodes
 * that stay keep their place), marks the highlighted and chosen ones, and lays it out.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { ClusterLabel } from './clusters';
import type { MapElements } from './elements';
import { isHighlighting, type HighlightSet } from './highlight';
import type { GapOverlay } from './overlay';
import { OverlayPainter } from './overlayDrawing';
import { labelsToHide, type LabelBox } from './labelCulling';
import { hashString } from './seededRandom';
import { mapStylesheet, type LabelOptions } from './stylesheet';
import { viewportFor, type ViewBox } from './viewBox';

/** From this many elements on, Cytoscape's viewport shortcuts are worth their look (see constructor). */
export const LARGE_MAP = 1500;
/** Cytoscape's WebGL renderer for large maps (measured: see README, Performance). */
const WEBGL = false;

export interface MapCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly highlighted: number;
}

export class MapController {
  readonly cy: Core;
  /** Elements the current view does not show, by id, kept for when it shows them again. */
  private readonly stash = new Map<string, cytoscape.SingularElementReturnValue>();
  private readonly painter: OverlayPainter;

  private cullTimer: number | undefined;

  constructor(container: HTMLElement, large: boolean, onTap: (id: string | null) => void, labels: LabelOptions = {}) {
    this.cy = cytoscape({
      container,
      style: mapStylesheet(labels),
      // WebGL draws the nodes and edges of a national map (cytoscape 3.31+); labels stay on canvas.
      ...(large && WEBGL ? { renderer: { name: 'canvas', webgl: true } } : {}),
      minZoom: 0.05,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      motionBlur: false,
      // Cytoscape's performance advice for big graphs: draw a texture while panning or zooming,
      // without the edges, at one pixel per pixel.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    this.painter = new OverlayPainter(this.cy);
    // When the panel beside the map opens or closes, the canvas changes width: keep what was in
    // its middle in the middle (Cytoscape keeps the top-left corner).
    let size = { width: this.cy.width(), height: this.cy.height() };
    this.cy.on('resize', () => {
      const now = { width: this.cy.width(), height: this.cy.height() };
      const pan = this.cy.pan();
      this.cy.pan({ x: pan.x + (now.width - size.width) / 2, y: pan.y + (now.height - size.height) / 2 });
      size = now;
    });
    // Label collisions are resolved after the reader stops zooming or panning.
    this.cy.on('viewport', () => this.scheduleCulling());
    this.cy.on('tap', (event) => {
      const target = event.target as Core | NodeSingular;
      onTap(target !== this.cy && 'isNode' in target && target.isNode() ? target.id() : null);
    });
  }

  /**
   * Shows these elements and takes the rest off the canvas — into a stash, not away: removing is
   * cheap in Cytoscape (no restyling), and an element restored from the stash comes back with its
   * place, so clearing a filter brings the same picture back without a new layout. Returns the
   * ids of the nodes that had no place yet. New nodes found in `places` are put there at once
   * (a fresh map laid out before it goes onto the canvas); the others start near a neighbour.
   */
  sync(elements: MapElements, places?: Readonly<Record<string, { x: number; y: number }>>): string[] {
    const cy = this.cy;
    const placed: string[] = [];
    this.painter.clear();
    cy.batch(() => {
      cy.remove('node.cluster-label');
      const wanted = new Set<string>([...elements.nodes.map((n) => n.data.id), ...elements.edges.map((e) => e.data.id)]);
      const leaving = cy.elements().filter((ele) => !wanted.has(ele.id()));
      leaving.forEach((ele) => {
        this.stash.set(ele.id(), ele);
      });
      leaving.remove();
      const returning = cy.collection();
      for (const id of wanted) {
        const kept = this.stash.get(id);
        if (kept && cy.getElementById(id).empty()) {
          returning.merge(kept);
          this.stash.delete(id);
        }
      }
      // Nodes first: an edge cannot come back before both its ends.
      returning.nodes().restore();
      returning.edges().restore();
      const fresh: cytoscape.ElementDefinition[] = [];
      for (const element of [...elements.nodes, ...elements.edges]) {
        const existing = cy.getElementById(element.data.id);
        if (existing.empty()) {
          const place = element.group === 'nodes' ? places?.[element.data.id] : undefined;
          fresh.push({ group: element.group, data: { ...element.data }, classes: element.classes, ...(place ? { position: { x: place.x, y: place.y } } : {}) });
          continue;
        }
        // Only what changed: restyling thousands of unchanged elements is most of a sync's cost.
        const data = existing.data() as Record<string, unknown>;
        if (Object.entries(element.data).some(([key, value]) => data[key] !== value)) existing.data(element.data);
        if (existing.classes().join(' ') !== element.classes.join(' ')) existing.classes(element.classes);
      }
      const added = cy.add(fresh);
      added.nodes().forEach((node) => {
        placed.push(node.id());
        if (places?.[node.id()]) node.scratch('_placed', true);
        else node.position(this.startingPlace(node));
      });
    });
    return placed;
  }

  /** The nodes shown (not the municipality labels). */
  shownNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not('.cluster-label, .gap-overlay');
  }

  shownEdges(): cytoscape.EdgeCollection {
    return this.cy.edges().not('.gap-overlay');
  }

  /** Near an already placed neighbour if there is one (stable: jitter from the id), else near the middle. */
  private startingPlace(node: NodeSingular): { x: number; y: number } {
    const hash = hashString(node.id());
    const angle = ((hash % 360) * Math.PI) / 180;
    const neighbour = node.neighborhood().nodes().filter((n) => n.scratch('_placed') === true)[0];
    const base = neighbour ? neighbour.position() : { x: 0, y: 0 };
    const r = neighbour ? 40 : 20 + (hash % 200);
    node.scratch('_placed', true);
    return { x: base.x + r * Math.cos(angle), y: base.y + r * Math.sin(angle) };
  }

  highlight(set: HighlightSet): void {
    const cy = this.cy;
    const on = isHighlighting(set);
    cy.batch(() => {
      cy.elements('.highlighted, .dimmed').removeClass('highlighted dimmed');
      if (!on) return;
      cy.elements().forEach((ele) => {
        if (ele.hasClass('cluster-label') || ele.hasClass('gap-overlay')) return;
        const lit = ele.group() === 'nodes' ? set.nodes.has(ele.id()) : set.edges.has(ele.id());
        ele.addClass(lit ? 'highlighted' : 'dimmed');
      });
    });
  }

  choose(id: string | undefined): void {
    this.cy.batch(() => {
      this.cy.nodes('.chosen').removeClass('chosen');
      if (id !== undefined) this.cy.getElementById(id).addClass('chosen');
    });
  }

  setPositions(positions: Record<string, { x: number; y: number }>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const p = positions[node.id()];
        if (p) node.position(p);
        node.scratch('_placed', true);
      });
    });
  }

  /** Area names as large labels over the clusters of the municipality layout. */
  showClusterLabels(labels: readonly ClusterLabel[], name: (areaId: string) => string): void {
    this.cy.batch(() => {
      this.cy.remove('node.cluster-label');
      this.cy.add(
        labels.map((l) => ({
          group: 'nodes' as const,
          data: { id: `cluster-label:${l.areaId}`, label: name(l.areaId) },
          position: { x: l.x, y: l.y },
          classes: ['cluster-label'],
          selectable: false,
          grabbable: false,
        })),
      );
    });
  }

  setLabels(labels: LabelOptions): void {
    this.cy.style(mapStylesheet(labels));
    this.scheduleCulling();
  }

  /** The part of the map in view, in model coordinates. */
  extent(): ViewBox {
    const e = this.cy.extent();
    return { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
  }

  /** Looks at this part of the map, whatever the canvas's size. */
  showBox(box: ViewBox): void {
    const cy = this.cy;
    cy.viewport(viewportFor(box, cy.width(), cy.height(), cy.minZoom(), cy.maxZoom()));
  }

  private scheduleCulling(): void {
    window.clearTimeout(this.cullTimer);
    this.cullTimer = window.setTimeout(() => this.cullLabels(), 60);
  }

  /** Hides the labels that would overprint a better one (see labelCulling.ts). */
  cullLabels(): void {
    const cy = this.cy;
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const view = cy.extent();
    const boxes: LabelBox[] = [];
    const pan = cy.pan();
    cy.nodes().forEach((node) => {
      if (node.hasClass('cluster-label')) return;
      const p = node.position();
      if (p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2) return;
      const size = Number(node.numericStyle('font-size'));
      const shownFrom = Number(node.numericStyle('min-zoomed-font-size'));
      if (size * zoom < shownFrom || node.hasClass('dimmed')) return;
      const text = String(node.data(node.hasClass('gap-mark') ? 'markLabel' : 'shortLabel') ?? '');
      const lines = text.split('\n');
      const width = Math.max(...lines.map((l) => l.length)) * size * 0.56 * zoom;
      const height = lines.length * size * 1.25 * zoom;
      const x = p.x * zoom + pan.x;
      const top = (p.y + Number(node.data('size') ?? 20) / 2 + 3) * zoom + pan.y;
      const pinned = node.hasClass('chosen') || node.hasClass('highlighted') || node.hasClass('ghost') || node.hasClass('gap-mark');
      boxes.push({ id: node.id(), x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + height, priority: (pinned ? 1e6 : 0) + size * 100 + Number(node.data('degree') ?? 0) });
    });
    const hide = labelsToHide(boxes);
    cy.batch(() => {
      cy.nodes('.label-culled').forEach((node) => {
        if (!hide.has(node.id())) node.removeClass('label-culled');
      });
      for (const id of hide) cy.getElementById(id).addClass('label-culled');
    });
  }

  /** Draws a finding's gap overlay on the nodes where they are now (null: takes it off). */
  showOverlay(overlay: GapOverlay | null): void {
    try {
      this.painter.draw(overlay);
    } catch (error) {
      // The overlay explains the map; its failure must not take the map with it.
      console.error('the gap overlay could not be drawn', error);
    }
  }

  hullPaths(): { d: string; fill: string; stroke: string }[] {
    return this.painter.hullPaths();
  }

  /** Fits the highlighted nodes if any, else everything; then centres the chosen node if there is one. */
  frame(): void {
    const cy = this.cy;
    const lit = this.shownNodes().filter('.highlighted').union(cy.nodes('.ghost'));
    // A finding's few nodes are framed with some of their surroundings, not blown up.
    if (lit.nonempty()) this.fitTo(lit, 80, 1);
    else this.fitTo(this.shownNodes(), 30, 1.5);
    const chosen = cy.nodes('.chosen')[0];
    if (lit.empty() && chosen) this.centreOn(chosen.id());
  }

  /**
   * cy.fit() measures every label to find the bounding box; on a large map that costs more than
   * the rest of a redraw. Node boxes alone frame the map just as well.
   */
  private fitTo(nodes: cytoscape.NodeCollection, padding: number, maxZoom: number): void {
    const cy = this.cy;
    if (nodes.empty()) return;
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const width = Math.max(1, cy.width() - 2 * padding);
    const height = Math.max(1, cy.height() - 2 * padding);
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1), maxZoom)));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2, y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2 } });
  }

  centreOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    if (this.cy.zoom() < 0.8) this.cy.zoom({ level: 0.8, position: node.position() });
    this.cy.center(node);
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** What the gap overlay draws now, for the canvas's data attributes (and the tests). */
  overlayCounts(): Record<'ghosts' | 'ghostEdges' | 'hulls' | 'breaks' | 'marks' | 'shared', number> {
    const cy = this.cy;
    return {
      ghosts: cy.nodes('.ghost').length,
      ghostEdges: cy.edges('.ghost-edge').length,
      hulls: this.painter.hullPaths().length,
      breaks: cy.edges('.gap-break').length,
      marks: cy.nodes('.gap-mark').length,
      shared: cy.nodes('.gap-shared').length,
    };
  }

  counts(): MapCounts {
    const nodes = this.shownNodes();
    return { nodes: nodes.length, edges: this.shownEdges().length, highlighted: nodes.filter('.highlighted').length };
  }

  destroy(): void {
    window.clearTimeout(this.cullTimer);
    this.painter.destroy();
    this.cy.destroy();
  }
}
