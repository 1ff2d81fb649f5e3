/**
 * The analysis's helper thread: one long-lived thread per thread that uses it (never keeping a
 * process alive), which runs index-only jobs (betweenness, common neighbours) one after another
 * while the calling thread goes on with the rules that need the snapshot. Each job answers
 * through shared memory and a shared flag, so the caller can wait for it synchronously.
 */
import { Worker } from 'node:worker_threads';
import type { HelperJob } from './helper-main.js';

let helper: Worker | null = null;

function helperThread(): Worker {
  if (helper) return helper;
  // From source (tsx, vitest) the thread is a .ts file and needs tsx's loader; built, a .js file.
  const fromSource = import.meta.url.endsWith('.ts');
  const file = new URL(fromSource ? './helper-main.ts' : './helper-main.js', import.meta.url);
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`, { eval: true })
    : new Worker(file);
  worker.unref();
  worker.on('error', () => { if (helper === worker) helper = null; });
  worker.on('exit', () => { if (helper === worker) helper = null; });
  helper = worker;
  return worker;
}

/** Job states in `state[0]`: 0 running, 1 done, 2 failed. */
export const JOB_DONE = 1;

/** A flag the helper sets when the job is over. */
export const jobState = (): Int32Array => new Int32Array(new SharedArrayBuffer(4));

/** Queues a job; false if the helper could not take it (the caller computes in place). */
export function postJob(job: HelperJob): boolean {
  try {
    helperThread().postMessage(job);
    return true;
  } catch {
    return false;
  }
}

/** Waits for a job; whether the helper finished it (false: it failed or did not answer in time). */
export function awaitJob(state: Int32Array, waitMs: number): boolean {
  Atomics.wait(state, 0, 0, waitMs);
  return Atomics.load(state, 0) === JOB_DONE;
}
