/**
 * Label collision handling: Cytoscape draws every label whose zoomed size is large enough, on top
 * of each other. This picks, best first, the labels that fit: a label whose box overlaps one
 * already kept is hidden until zooming in makes room. A grid of buckets keeps it linear.
 */
export interface LabelBox {
  readonly id: string;
  /** Rendered (screen) coordinates of the label's box. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Higher first: the chosen and highlighted, then the best-connected. */
  readonly priority: number;
}

const CELL = 64;

export function labelsToHide(boxes: readonly LabelBox[]): Set<string> {
  const hidden = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const sorted = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const box of sorted) {
    const cells = cellsOf(box);
    const clash = cells.some((key) => (grid.get(key) ?? []).some((kept) => overlaps(box, kept)));
    if (clash) {
      hidden.add(box.id);
      continue;
    }
    for (const key of cells) {
      const bucket = grid.get(key);
      if (bucket) bucket.push(box);
      else grid.set(key, [box]);
    }
  }
  return hidden;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function cellsOf(box: LabelBox): string[] {
  const out: string[] = [];
  for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++) {
    for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) out.push(`${x},${y}`);
  }
  return out;
}
