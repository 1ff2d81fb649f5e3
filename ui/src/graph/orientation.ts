/**
 * A force-directed layout has no preferred direction: when it comes out tall and the canvas is
 * wide (or the other way round), turning it a quarter lets the map fill the canvas, so nodes and
 * labels are drawn larger. Only fresh layouts are turned — never a picture the reader has seen.
 */
import type { Positions } from './fcoseLayout';

export function orientToCanvas(positions: Positions, canvasWidth: number, canvasHeight: number): Positions {
  const points = Object.values(positions);
  if (points.length < 2 || canvasWidth <= 0 || canvasHeight <= 0) return positions;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (height > width === canvasHeight > canvasWidth || width === height) return positions;
  const out: Positions = {};
  // A quarter turn: (x, y) → (y, −x).
  for (const [id, p] of Object.entries(positions)) out[id] = { x: p.y, y: -p.x };
  return out;
}
