/**
 * The map's layout (mapLayout.ts) off the main thread: a large map lays itself out while the page stays
 * responsive. One request at a time; each answer carries the request's id.
 */
import type { LayoutInput, Positions } from './fcoseLayout';
import { computeMapLayout } from './mapLayout';

export interface LayoutRequest {
  readonly id: number;
  readonly input: LayoutInput;
}
/** Times are epoch milliseconds (timeOrigin + now), so the page can place them on its own timeline. */
export type LayoutResponse =
  | { readonly id: number; readonly positions: Positions; readonly ms: number; readonly bootedAt: number; readonly startedAt: number }
  | { readonly id: number; readonly error: string };

const epochNow = () => performance.timeOrigin + performance.now();
/** When this worker's code was ready (the phase bench shows how long the worker took to start). */
const bootedAt = epochNow();

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = async (event) => {
  const { id, input } = event.data;
  const start = performance.now();
  const startedAt = epochNow();
  try {
    scope.postMessage({ id, positions: await computeMapLayout(input), ms: performance.now() - start, bootedAt, startedAt });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
