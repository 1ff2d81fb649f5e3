/** A part of the map in model coordinates: what a saved view looks at, whatever the screen's size. */
export interface ViewBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The zoom and pan that show the whole box in a canvas of this size, centred. */
export function viewportFor(box: ViewBox, width: number, height: number, minZoom: number, maxZoom: number): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(width / w, height / h)));
  return { zoom, pan: { x: width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: height / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}

export const isViewBox = (x: unknown): x is ViewBox =>
  typeof x === 'object' && x !== null && ['x1', 'y1', 'x2', 'y2'].every((k) => Number.isFinite((x as Record<string, unknown>)[k]));
