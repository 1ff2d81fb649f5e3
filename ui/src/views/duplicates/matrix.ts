/**
 * The overlap matrix: rows and columns are the networks of the strongest pairs, each cell the pair's
 * score. Symmetric by construction; the diagonal (a network with itself) is empty.
 */

export interface PairLike {
  readonly a: { readonly id: string; readonly name: string };
  readonly b: { readonly id: string; readonly name: string };
  readonly score: number;
}

export interface OverlapMatrix<P extends PairLike> {
  readonly networks: readonly { readonly id: string; readonly name: string }[];
  /** cells[row][column]: the pair of those two networks, if they overlap. */
  readonly cells: readonly (readonly (P | undefined)[])[];
  /** Pairs whose networks did not both fit: they are listed below the matrix only. */
  readonly pairsOutside: number;
}

/** A matrix wider than this stops being readable on a laptop or a projector. */
export const MAX_MATRIX_NETWORKS = 12;

/**
 * Networks enter in the order of their strongest pair (the pairs arrive best first), partners
 * side by side, so the darkest cells gather near the diagonal's top-left where the eye starts.
 */
export function buildMatrix<P extends PairLike>(pairs: readonly P[], maxNetworks = MAX_MATRIX_NETWORKS): OverlapMatrix<P> {
  const sorted = [...pairs].sort((x, y) => y.score - x.score);
  const order: { id: string; name: string }[] = [];
  const index = new Map<string, number>();
  const add = (network: { id: string; name: string }) => {
    if (!index.has(network.id)) {
      index.set(network.id, order.length);
      order.push({ id: network.id, name: network.name });
    }
  };
  for (const pair of sorted) {
    const room = maxNetworks - order.length;
    const missing = (index.has(pair.a.id) ? 0 : 1) + (index.has(pair.b.id) ? 0 : 1);
    if (missing > room) continue;
    add(pair.a);
    add(pair.b);
  }
  const cells: (P | undefined)[][] = order.map(() => order.map(() => undefined));
  let pairsOutside = 0;
  for (const pair of sorted) {
    const row = index.get(pair.a.id);
    const column = index.get(pair.b.id);
    if (row === undefined || column === undefined || row === column) {
      pairsOutside += 1;
      continue;
    }
    // Both halves: the matrix reads the same from either network's row.
    cells[row]![column] = pair;
    cells[column]![row] = pair;
  }
  return { networks: order, cells, pairsOutside };
}

/** Upper bounds of the colour steps: below 0.45, below 0.6, below 0.75, below 0.9, then up to 1. */
export const SCORE_STEPS: readonly number[] = [0.45, 0.6, 0.75, 0.9];

/** The colour step of a score, 0 (faint) to 4 (strong). */
export function scoreStep(score: number): number {
  const step = SCORE_STEPS.findIndex((upper) => score < upper);
  return step === -1 ? SCORE_STEPS.length : step;
}

/** Each step's range for the legend: [from, to) with `to` undefined for the last. */
export function stepRanges(): { readonly step: number; readonly from: number | undefined; readonly to: number | undefined }[] {
  return [undefined, ...SCORE_STEPS].map((from, step) => ({ step, from, to: SCORE_STEPS[step] }));
}

/** The pair of two networks in a list, whichever way round the API has it. */
export function findPair<P extends PairLike>(pairs: readonly P[], a: string, b: string): P | undefined {
  return pairs.find((p) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a));
}
