/**
 * Betweenness on a helper thread while the rest of the analysis runs. On the national map the
 * sampled betweenness is the largest single part of a run (a breadth-first search over the whole
 * graph per sampled source); it depends only on the collaboration graph, so it is started as soon
 * as that exists and collected when the brokers are ranked. The helper computes exactly what
 * `betweennessByIndex` computes, in the same order, so the figures are the same to the bit.
 *
 * Small graphs are computed in place (a thread hand-off costs more than they do); if the helper
 * cannot start or fails, the caller computes in place too (see `helper-thread.ts`).
 */
import { betweennessByIndex } from './betweenness.js';
import type { BetweennessJob } from './helper-main.js';
import { awaitJob, jobState, postJob } from './helper-thread.js';
import type { Csr } from './csr.js';

/** Below this many slot visits (sources × adjacency slots) the work stays on the calling thread. */
export const PARALLEL_FROM_WORK = 4_000_000;
/** How long to wait for the helper before computing in place instead. */
const WAIT_MS = 15_000;

export interface PendingBetweenness {
  /** Whether the helper thread was asked (false: computed in place on collect). */
  readonly onHelper: boolean;
  /** After collect: whether the helper's answer was used (false: it failed or timed out, or was not asked). */
  readonly answeredByHelper: boolean;
  /** The scores by node index; blocks until the helper is done (or computes them in place). */
  collect(): Float64Array<ArrayBufferLike>;
}

/** Starts betweenness from `samples` sources (every node when it is at least the order). */
export function startBetweenness(csr: Csr, samples: number, parallelFromWork = PARALLEL_FROM_WORK): PendingBetweenness {
  const n = csr.keys.length;
  const inPlace: PendingBetweenness = { onHelper: false, answeredByHelper: false, collect: () => betweennessByIndex(csr, samples) };
  if (Math.min(samples, n) * csr.targets.length < parallelFromWork) return inPlace;
  const job: BetweennessJob = {
    kind: 'betweenness', offsets: csr.offsets, targets: csr.targets, n, samples,
    result: new Float64Array(new SharedArrayBuffer(8 * n)), state: jobState(),
  };
  if (!postJob(job)) return inPlace;
  let collected: Float64Array<ArrayBufferLike> | null = null;
  let answered = false;
  return {
    onHelper: true,
    get answeredByHelper() { return answered; },
    collect() {
      if (collected) return collected;
      answered = awaitJob(job.state, WAIT_MS);
      // A copy on an ordinary buffer: results are posted on to the API and cloned there.
      collected = answered ? new Float64Array(job.result) : betweennessByIndex(csr, samples);
      return collected;
    },
  };
}
