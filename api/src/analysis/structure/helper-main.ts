/**
 * The helper thread of `helper-thread.ts`: runs each job into its shared arrays and says it is
 * done through its shared flag (1 done, 2 failed).
 */
import { parentPort } from 'node:worker_threads';
import { betweennessOf } from './betweenness.js';
import { runCommonNeighboursJob, type CommonNeighboursJob } from '../common-neighbours-job.js';

export interface BetweennessJob {
  readonly kind: 'betweenness';
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly n: number;
  readonly samples: number;
  /** Float64Array over a SharedArrayBuffer, n long. */
  readonly result: Float64Array;
  /** Int32Array over a SharedArrayBuffer, 1 long: 0 running, 1 done, 2 failed. */
  readonly state: Int32Array;
}

export type HelperJob = BetweennessJob | CommonNeighboursJob;

parentPort!.on('message', (job: HelperJob) => {
  try {
    if (job.kind === 'betweenness') betweennessOf(job.offsets, job.targets, job.n, job.samples, job.result);
    else runCommonNeighboursJob(job);
    Atomics.store(job.state, 0, 1);
  } catch {
    Atomics.store(job.state, 0, 2);
  }
  Atomics.notify(job.state, 0);
});
