/**
 * The force-directed layout (cytoscape-fcose) on a headless Cytoscape: plain data in, positions
 * out. It runs in a Web Worker (layout.worker.ts) so the page never freezes, and on the main
 * thread only where workers are unavailable.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { withSeededRandom } from './seededRandom';
import { spreadOverlaps } from './spread';

cytoscape.use(fcose);

export interface LayoutNodeInput {
  readonly id: string;
  readonly size: number;
  /** Where the node is now; when most nodes have one, the layout refines instead of starting over. */
  readonly position?: { readonly x: number; readonly y: number };
}

export interface LayoutEdgeInput {
  readonly source: string;
  readonly target: string;
  /** The ideal length: members sit close to their network, units to their organisation. */
  readonly length: number;
}

export interface LayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
  readonly seed: number;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Above this many nodes fcose's force-directed refinement grows too slow (about 13 s for 2,200
 * nodes on a build machine): the spectral draft alone takes well under 2 s and reads well enough.
 */
export const DRAFT_ABOVE = 800;

/** Refine the current picture when at least this share of nodes already has a place. */
const INCREMENTAL_SHARE = 0.8;

export function fcoseOptions(nodeCount: number, incremental: boolean): Record<string, unknown> {
  return {
    name: 'fcose',
    // Start over only when there is no picture to keep; otherwise refine it (stable for the reader).
    randomize: !incremental,
    quality: nodeCount > DRAFT_ABOVE ? 'draft' : 'default',
    animate: false,
    fit: false,
    packComponents: false,
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 90,
    nodeRepulsion: 60000,
    gravity: 0.6,
    gravityRange: 2.4,
    numIter: 2500,
    tile: true,
    // Isolated nodes are tiled in rows: far enough apart that their labels do not overprint.
    tilingPaddingVertical: 34,
    tilingPaddingHorizontal: 120,
    // fcose cools from this energy after its spectral start; a lower one keeps the spectral picture
    // and converges 2–3 times faster (fcose's default is 0.3).
    initialEnergyOnIncremental: 0.1,
  };
}

function currentPositions(input: LayoutInput): Positions {
  const out: Positions = {};
  for (const n of input.nodes) if (n.position) out[n.id] = { x: n.position.x, y: n.position.y };
  return out;
}

export function computeFcose(input: LayoutInput): Positions {
  const withPosition = input.nodes.filter((n) => n.position !== undefined).length;
  const incremental = input.nodes.length > 0 && withPosition / input.nodes.length >= INCREMENTAL_SHARE;
  // A draft cannot refine (fcose's draft is the spectral start alone): a large map keeps its picture.
  if (incremental && input.nodes.length > DRAFT_ABOVE) return currentPositions(input);
  const present = new Set(input.nodes.map((n) => n.id));
  const elements: ElementDefinition[] = [
    ...input.nodes.map((n): ElementDefinition => ({ data: { id: n.id, size: n.size }, ...(n.position ? { position: { ...n.position } } : {}) })),
    ...input.edges
      .filter((e) => present.has(e.source) && present.has(e.target) && e.source !== e.target)
      .map((e, i): ElementDefinition => ({ data: { id: `e${i}`, source: e.source, target: e.target, length: e.length } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  try {
    // Added after creation: Cytoscape 3.34 ignores the positions of elements given at creation.
    cy.add(elements);
    const options = { ...fcoseOptions(input.nodes.length, incremental), idealEdgeLength: (edge: cytoscape.EdgeSingular) => Number(edge.data('length')) };
    withSeededRandom(input.seed, () => cy.layout(options as unknown as cytoscape.LayoutOptions).run());
    const out: Positions = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      out[node.id()] = { x, y };
    });
    if (input.nodes.length <= DRAFT_ABOVE) return out;
    const degree = new Map<string, number>();
    cy.nodes().forEach((node) => {
      degree.set(node.id(), node.degree(false));
    });
    return spreadOverlaps(out, input.nodes.map((n) => ({ id: n.id, size: n.size, weight: degree.get(n.id) ?? 0 })));
  } finally {
    cy.destroy();
  }
}
