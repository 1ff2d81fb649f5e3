/**
 * Owns one Cytoscape instance: puts the view's elements on it (as a diff, in one batch, so nodes
 * that stay keep their place), marks the highlighted and chosen ones, and lays it out.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { ClusterLabel } from './clusters';
import type { MapElements } from './elements';
import { isHighlighting, type HighlightSet } from './highlight';
import { hashString } from './seededRandom';
import { mapStylesheet } from './stylesheet';

/** From this many elements on, Cytoscape's viewport shortcuts are worth their look (see constructor). */
export const LARGE_MAP = 1500;

export interface MapCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly highlighted: number;
}

export class MapController {
  readonly cy: Core;
  /** Elements the current view does not show, by id, kept for when it shows them again. */
  private readonly stash = new Map<string, cytoscape.SingularElementReturnValue>();

  constructor(container: HTMLElement, large: boolean, onTap: (id: string | null) => void) {
    this.cy = cytoscape({
      container,
      style: mapStylesheet(),
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
    // When the panel beside the map opens or closes, the canvas changes width: keep what was in
    // its middle in the middle (Cytoscape keeps the top-left corner).
    let size = { width: this.cy.width(), height: this.cy.height() };
    this.cy.on('resize', () => {
      const now = { width: this.cy.width(), height: this.cy.height() };
      const pan = this.cy.pan();
      this.cy.pan({ x: pan.x + (now.width - size.width) / 2, y: pan.y + (now.height - size.height) / 2 });
      size = now;
    });
    this.cy.on('tap', (event) => {
      const target = event.target as Core | NodeSingular;
      onTap(target !== this.cy && 'isNode' in target && target.isNode() ? target.id() : null);
    });
  }

  /**
   * Shows these elements and takes the rest off the canvas — into a stash, not away: removing is
   * cheap in Cytoscape (no restyling), and an element restored from the stash comes back with its
   * place, so clearing a filter brings the same picture back without a new layout. Returns the
   * ids of the nodes that had no place yet.
   */
  sync(elements: MapElements): string[] {
    const cy = this.cy;
    const placed: string[] = [];
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
          fresh.push({ group: element.group, data: { ...element.data }, classes: element.classes });
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
        node.position(this.startingPlace(node));
      });
    });
    return placed;
  }

  /** The nodes shown (not the municipality labels). */
  shownNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not('.cluster-label');
  }

  shownEdges(): cytoscape.EdgeCollection {
    return this.cy.edges();
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
        if (ele.hasClass('cluster-label')) return;
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

  /** Fits the highlighted nodes if any, else everything; then centres the chosen node if there is one. */
  frame(): void {
    const cy = this.cy;
    const lit = this.shownNodes().filter('.highlighted');
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

  counts(): MapCounts {
    const nodes = this.shownNodes();
    return { nodes: nodes.length, edges: this.shownEdges().length, highlighted: nodes.filter('.highlighted').length };
  }

  destroy(): void {
    this.cy.destroy();
  }
}
