/**
 * The analysis threads yield the CPU to the API's: the calling thread's nice value is raised
 * (Linux schedules threads one by one, and threads it starts later — the helper thread — inherit
 * it). On two cores a national run otherwise competes on equal terms with the thread that answers
 * requests and `/healthz`. Best effort: elsewhere, or if the system refuses, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much lower than the process the analysis runs (nice steps; 19 is the lowest priority). */
export const ANALYSIS_NICE_STEP = 10;

/** This thread's id as the kernel knows it, or null where /proc does not say. */
export function threadId(): number | null {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Lowers this thread's priority; the nice value it now has, or null if it could not. */
export function lowerThisThreadsPriority(step = ANALYSIS_NICE_STEP): number | null {
  const tid = threadId();
  if (tid === null) return null;
  try {
    setPriority(tid, Math.min(19, getPriority(tid) + step));
    return getPriority(tid);
  } catch {
    return null;
  }
}
