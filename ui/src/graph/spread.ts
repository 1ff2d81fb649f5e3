/**
 * fcose's spectral draft (used alone for large maps, where its force-directed refinement would
 * take many seconds) places nodes with the same neighbours on the same spot. This spreads them
 * out: the draft is scaled to a sensible density and every node takes the nearest free cell of a
 * grid, best-connected first, so the overall picture stays and nothing overlaps. Linear time.
 */
import type { Positions } from './fcoseLayout';

export interface SpreadNode {
  readonly id: string;
  readonly size: number;
  /** Who gets first pick of the cells. */
  readonly weight: number;
}

/** Share of the picture's area the nodes' cells fill. */
const DENSITY = 0.3;

export function spreadOverlaps(positions: Positions, nodes: readonly SpreadNode[]): Positions {
  const placed = nodes.filter((n) => positions[n.id] !== undefined);
  if (placed.length < 2) return positions;
  const cell = Math.max(...placed.map((n) => n.size)) * 1.6;
  const xs = placed.map((n) => positions[n.id]!.x);
  const ys = placed.map((n) => positions[n.id]!.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const width = Math.max(1, Math.max(...xs) - minX);
  const height = Math.max(1, Math.max(...ys) - minY);
  // Scale so the cells take DENSITY of the picture's area, keeping its proportions.
  const scale = Math.sqrt((placed.length * cell * cell) / DENSITY / (width * height));
  const taken = new Set<string>();
  const out: Positions = { ...positions };
  for (const node of [...placed].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))) {
    const p = positions[node.id]!;
    const cx = Math.round(((p.x - minX) * scale) / cell);
    const cy = Math.round(((p.y - minY) * scale) / cell);
    const [gx, gy] = nearestFree(cx, cy, taken);
    taken.add(`${gx},${gy}`);
    out[node.id] = { x: gx * cell, y: gy * cell };
  }
  return out;
}

/** The free cell nearest to (x, y), searching square rings outward. */
function nearestFree(x: number, y: number, taken: ReadonlySet<string>): [number, number] {
  if (!taken.has(`${x},${y}`)) return [x, y];
  for (let r = 1; ; r++) {
    let best: [number, number] | undefined;
    let bestDistance = Infinity;
    for (let dx = -r; dx <= r; dx++) {
      for (const dy of Math.abs(dx) === r ? range(-r, r) : [-r, r]) {
        const key = `${x + dx},${y + dy}`;
        const distance = dx * dx + dy * dy;
        if (!taken.has(key) && distance < bestDistance) {
          best = [x + dx, y + dy];
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
