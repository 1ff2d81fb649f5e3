/**
 * The helper thread of `parallel-betweenness.ts`: computes betweenness into a shared array and
 * says it is done through a shared flag (1 done, 2 failed), so the thread that asked can wait for
 * it synchronously.
 */
import { parentPort } from 'node:worker_threads';
import { betweennessOf } from './betweenness.js';

export interface BetweennessJob {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly n: number;
  readonly samples: number;
  /** Float64Array over a SharedArrayBuffer, n long. */
  readonly result: Float64Array;
  /** Int32Array over a SharedArrayBuffer, 1 long: 0 running, 1 done, 2 failed. */
  readonly state: Int32Array;
}

parentPort!.on('message', (job: BetweennessJob) => {
  try {
    betweennessOf(job.offsets, job.targets, job.n, job.samples, job.result);
    Atomics.store(job.state, 0, 1);
  } catch {
    Atomics.store(job.state, 0, 2);
  }
  Atomics.notify(job.state, 0);
});
