/**
 * The three ways to lay the map out: force-directed (fcose, in a worker), concentric by number of
 * links (who holds the map together sits in the middle), and grouped by municipality.
 */
import type { NodeSingular } from 'cytoscape';
import { municipalityClusters, type ClusterNode } from './clusters';
import type { MapController } from './controller';
import type { MapElements } from './elements';
import type { LayoutEdgeInput, LayoutInput, LayoutNodeInput, Positions } from './fcoseLayout';
import { layoutPositions, LayoutSuperseded } from './layoutClient';
import type { MapLayoutName } from './layoutNames';
import { orientToCanvas } from './orientation';
import type { ShapeFamily } from './palette';

export interface LayoutContext {
  /** Areas in the order their clusters are drawn (municipalities first, by name). */
  readonly areaOrder: readonly string[];
  readonly areaName: (areaId: string) => string;
  /** Nodes with no meaningful place yet (just added, or the layout was switched). */
  readonly unplaced: ReadonlySet<string>;
  /** False once a newer layout was asked for: then the positions computed here are dropped. */
  readonly isCurrent: () => boolean;
  /** Positions already asked for before the elements went onto the canvas (startFreshLayout). */
  readonly early?: Promise<Positions>;
}

/**
 * The layout input of a map drawn from scratch, from its elements alone: asked for before they
 * go onto the canvas, the worker lays out while the main thread adds and draws them.
 */
export function freshLayoutInput(elements: MapElements): LayoutInput {
  const present = new Set(elements.nodes.map((n) => n.data.id));
  return {
    nodes: elements.nodes.map((n) => ({ id: n.data.id, size: n.data.size })),
    edges: elements.edges
      .filter((e) => present.has(e.data.source) && present.has(e.data.target))
      .map((e) => ({ source: e.data.source, target: e.data.target, length: idealLength(e.data.type) })),
    seed: LAYOUT_SEED,
  };
}

function askFreshLayout(elements: MapElements): Promise<Positions> {
  const positions = layoutPositions(freshLayoutInput(elements));
  // Handled where it is awaited (runLayout); this keeps an early failure from being reported twice.
  positions.catch(() => undefined);
  return positions;
}

/** Layouts asked for before the canvas exists (boot.ts), each taken once by startFreshLayout. */
const askedEarly = new WeakMap<MapElements, Promise<Positions>>();

/** Starts these elements' fresh layout now, as soon as the data is in, before React renders the map. */
export function startFreshLayoutEarly(elements: MapElements): void {
  askedEarly.set(elements, askFreshLayout(elements));
}

/** Starts the force layout of a map drawn from scratch (see freshLayoutInput), or takes the one boot.ts started. */
export function startFreshLayout(elements: MapElements): Promise<Positions> {
  const early = askedEarly.get(elements);
  if (early === undefined) return askFreshLayout(elements);
  askedEarly.delete(elements);
  return early;
}

/** Ideal edge lengths: a unit sits close to its organisation, a member near its network. */
export function idealLength(type: string): number {
  switch (type) {
    case 'PART_OF':
      return 60;
    case 'MEMBER_OF':
    case 'SITS_IN':
    case 'CONVENES':
      return 100;
    case 'REFERS_TO':
      return 120;
    default:
      return 80;
  }
}

/** The same graph always gets the same seed, so a reload draws the same picture. */
export const LAYOUT_SEED = 20_240_601;

function fcoseInput(controller: MapController, unplaced: ReadonlySet<string>): LayoutInput {
  const nodes: LayoutNodeInput[] = controller.shownNodes().map((node: NodeSingular) => {
    const size = Number(node.data('size'));
    return unplaced.has(node.id()) ? { id: node.id(), size } : { id: node.id(), size, position: { ...node.position() } };
  });
  const edges: LayoutEdgeInput[] = controller.shownEdges().map((edge) => ({
    source: edge.source().id(),
    target: edge.target().id(),
    length: idealLength(String(edge.data('type'))),
  }));
  return { nodes, edges, seed: LAYOUT_SEED };
}

function concentric(controller: MapController): void {
  const nodes = controller.shownNodes();
  const maxDegree = Math.max(1, ...nodes.map((n) => Number(n.data('degree'))));
  nodes
    .layout({
      name: 'concentric',
      concentric: (node: NodeSingular) => Number(node.data('degree')),
      // About ten rings, however wide the spread of degrees.
      levelWidth: () => Math.max(1, maxDegree / 10),
      minNodeSpacing: 16,
      avoidOverlap: true,
      animate: false,
      fit: false,
    })
    .run();
}

function byMunicipality(controller: MapController, context: LayoutContext): void {
  const nodes: ClusterNode[] = controller
    .shownNodes()
    .map((n) => ({
      id: n.id(),
      areaId: (n.data('areaId') as string | null) ?? null,
      type: String(n.data('type')),
      family: (n.data('family') as ShapeFamily | null) ?? null,
      label: String(n.data('label')),
    }));
  const { positions, labels } = municipalityClusters(nodes, context.areaOrder);
  controller.setPositions(positions);
  controller.showClusterLabels(labels, context.areaName);
}

/**
 * Lays the map out; resolves true when the positions were applied, false when a newer layout
 * replaced this one meanwhile.
 */
export async function runLayout(controller: MapController, name: MapLayoutName, context: LayoutContext): Promise<boolean> {
  if (name !== 'municipality') controller.cy.remove('node.cluster-label');
  switch (name) {
    case 'fcose': {
      let positions;
      try {
        performance.mark('map:layout-asked');
        positions = await (context.early ?? layoutPositions(fcoseInput(controller, context.unplaced)));
        performance.mark('map:layout-answered');
      } catch (error) {
        if (error instanceof LayoutSuperseded) return false;
        throw error;
      }
      if (!context.isCurrent()) return false;
      const fresh = context.unplaced.size > 0 && context.unplaced.size === controller.shownNodes().length;
      controller.setPositions(fresh ? orientToCanvas(positions, controller.cy.width(), controller.cy.height()) : positions);
      return true;
    }
    case 'concentric':
      concentric(controller);
      return true;
    case 'municipality':
      byMunicipality(controller, context);
      return true;
  }
}
