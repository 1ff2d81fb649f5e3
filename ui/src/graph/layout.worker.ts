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
export type LayoutResponse =
  | { readonly id: number; readonly positions: Positions; readonly ms: number }
  | { readonly id: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = async (event) => {
  const { id, input } = event.data;
  const start = performance.now();
  try {
    scope.postMessage({ id, positions: await computeMapLayout(input), ms: performance.now() - start });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
