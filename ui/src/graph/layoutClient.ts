/**
 * Asks the layout worker for the map's positions (mapLayout.ts). Falls back to the main thread where a worker cannot
 * start (then a large map blocks the page for a moment, but it still lays out).
 */
import type { LayoutInput, Positions } from './fcoseLayout';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

/** A newer layout replaced this one before it finished; the caller drops it. */
export class LayoutSuperseded extends Error {
  constructor() {
    super('layout superseded');
    this.name = 'LayoutSuperseded';
  }
}

let worker: Worker | null | undefined;
let bootMarked = false;

/** The worker's own times on the page's timeline (bench/ui-phases.ts reads them). */
function markWorkerTimes(answer: { readonly ms: number; readonly bootedAt: number; readonly startedAt: number }): void {
  const onPage = (epoch: number) => Math.max(0, epoch - performance.timeOrigin);
  if (!bootMarked) performance.mark('layout:worker-ready', { startTime: onPage(answer.bootedAt) });
  bootMarked = true;
  performance.mark('layout:worker-start', { startTime: onPage(answer.startedAt) });
  performance.measure('map:worker-layout', { start: onPage(answer.startedAt), duration: answer.ms });
}
let nextId = 1;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  try {
    performance.mark('layout:worker-created');
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const request = pending.get(event.data.id);
      if (!request) return;
      pending.delete(event.data.id);
      if ('error' in event.data) request.reject(new Error(event.data.error));
      else {
        markWorkerTimes(event.data);
        request.resolve(event.data.positions);
      }
    };
    w.onerror = (event) => {
      // A worker that fails to load takes its requests with it; they are retried on the main thread.
      event.preventDefault();
      worker = null;
      for (const [, request] of pending) request.reject(new Error('layout worker failed'));
      pending.clear();
    };
    return w;
  } catch {
    return null;
  }
}

/** Starts the worker early (while the map's data loads) so its code is parsed by the time it is needed. */
export function prewarmLayoutWorker(): void {
  if (worker === undefined) worker = startWorker();
}

async function onMainThread(input: LayoutInput): Promise<Positions> {
  const { computeMapLayout } = await import('./mapLayout');
  return computeMapLayout(input);
}

/**
 * A worker cannot be interrupted: when a new layout is asked for while one still runs (the user
 * changed a filter again), the busy worker is replaced so the new map does not wait for the old.
 */
function supersedeRunning(): void {
  if (pending.size === 0 || !worker) return;
  worker.terminate();
  for (const [, request] of pending) request.reject(new LayoutSuperseded());
  pending.clear();
  worker = startWorker();
}

export async function layoutPositions(input: LayoutInput): Promise<Positions> {
  prewarmLayoutWorker();
  supersedeRunning();
  const w = worker;
  if (!w) return onMainThread(input);
  const id = nextId++;
  const message: LayoutRequest = { id, input };
  try {
    return await new Promise<Positions>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage(message);
    });
  } catch (error) {
    if (error instanceof LayoutSuperseded) throw error;
    return onMainThread(input);
  }
}
