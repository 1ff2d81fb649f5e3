/**
 * Draws a GapOverlay (overlay.ts) on a Cytoscape instance: ghost nodes and dashed "should be
 * here" edges as elements of their own (class `gap-overlay`, never laid out, never stashed),
 * classes on the real elements for the path, its break, shared members and marks, and hulls
 * round members with cytoscape-bubblesets on an SVG layer under the nodes.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import BubbleSets, { type BubbleSetsPlugin } from 'cytoscape-bubblesets';
import Layers from 'cytoscape-layers';
import type { GapOverlay, HullTone } from './overlay';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(Layers as unknown as cytoscape.Ext);
  cytoscape.use(BubbleSets as unknown as cytoscape.Ext);
  registered = true;
}

export const HULL_COLOURS: Record<HullTone, { fill: string; stroke: string }> = {
  first: { fill: 'rgba(29, 74, 115, 0.14)', stroke: '#1d4a73' },
  second: { fill: 'rgba(166, 84, 0, 0.14)', stroke: '#a65400' },
  cut: { fill: 'rgba(178, 34, 34, 0.10)', stroke: '#b22222' },
  area: { fill: 'rgba(74, 82, 92, 0.10)', stroke: '#4a525c' },
};

const ELEMENT_CLASSES = 'gap-path gap-break gap-shared gap-mark';

export class OverlayPainter {
  private bubbles: BubbleSetsPlugin | null = null;

  constructor(private readonly cy: Core) {}

  /** Takes the overlay off (before the view's elements change: ghosts are not part of them). */
  clear(): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.remove('.gap-overlay');
      cy.elements(`.${ELEMENT_CLASSES.split(' ').join(', .')}`).removeClass(ELEMENT_CLASSES);
    });
    for (const path of this.bubbles?.getPaths() ?? []) this.bubbles?.removePath(path);
  }

  /** Draws the overlay on the nodes as they are placed now (call after the layout). */
  draw(overlay: GapOverlay | null): void {
    this.clear();
    if (overlay === null) return;
    const cy = this.cy;
    cy.batch(() => {
      const centre = middleOf(cy);
      overlay.ghosts.forEach((ghost, i) => {
        const anchors = ghost.near.map((id) => cy.getElementById(id)).filter((n) => n.nonempty());
        if (anchors.length === 0) return;
        const at = ghostPlace(anchors.map((n) => (n as NodeSingular).position()), centre, i);
        cy.add({ group: 'nodes', data: { id: ghost.id, label: ghost.label, shortLabel: ghost.label, size: 34 }, position: at, classes: ['gap-overlay', 'ghost'] });
      });
      for (const edge of overlay.ghostEdges) {
        if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
        cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label }, classes: ['gap-overlay', 'ghost-edge'] });
      }
      const on = (ids: Iterable<string>, cls: string) => {
        for (const id of ids) cy.getElementById(id).addClass(cls);
      };
      on(overlay.path, 'gap-path');
      on(overlay.breaks, 'gap-break');
      on(overlay.shared, 'gap-shared');
      for (const mark of overlay.marks) {
        const node = cy.getElementById(mark.node);
        if (node.empty()) continue;
        node.data('markLabel', `${String(node.data('shortLabel'))}\n${mark.text}`);
        node.addClass('gap-mark');
      }
    });
    if (overlay.hulls.length === 0) return;
    register();
    this.bubbles ??= (cy as Core & { bubbleSets(options?: object): BubbleSetsPlugin }).bubbleSets({ interactive: false, includeLabels: false });
    for (const hull of overlay.hulls) {
      let nodes = cy.collection();
      for (const id of hull.members) nodes = nodes.union(cy.getElementById(id));
      if (nodes.empty()) continue;
      const colour = HULL_COLOURS[hull.tone];
      this.bubbles.addPath(nodes.nodes(), null, null, {
        virtualEdges: true,
        className: `gap-hull--${hull.tone}`,
        style: { fill: colour.fill, stroke: colour.stroke, strokeWidth: '2px', strokeDasharray: hull.tone === 'cut' ? '6 4' : '' },
      });
    }
  }

  /** The hulls' outlines in model coordinates, for pictures that draw them themselves (the report). */
  hullPaths(): { d: string; fill: string; stroke: string }[] {
    return (this.bubbles?.getPaths() ?? []).map((p) => ({
      d: p.node.getAttribute('d') ?? '',
      fill: p.node.style.fill,
      stroke: p.node.style.stroke,
    }));
  }

  destroy(): void {
    this.bubbles?.destroy();
    this.bubbles = null;
  }
}

function middleOf(cy: Core): { x: number; y: number } {
  const box = cy.nodes().not('.gap-overlay, .cluster-label').boundingBox({ includeLabels: false });
  return { x: (box.x1 + box.x2) / 2 || 0, y: (box.y1 + box.y2) / 2 || 0 };
}

/** Beside its anchors, away from the middle of the map (where there is room), fanned out per ghost. */
function ghostPlace(anchors: { x: number; y: number }[], centre: { x: number; y: number }, index: number): { x: number; y: number } {
  const x = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
  const y = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
  const away = Math.atan2(y - centre.y, x - centre.x) || -Math.PI / 2;
  const angle = away + (index - 1.5) * 0.5;
  const distance = 110;
  return { x: x + distance * Math.cos(angle), y: y + distance * Math.sin(angle) };
}
