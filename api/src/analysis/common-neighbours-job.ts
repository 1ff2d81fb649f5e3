/**
 * Adamic–Adar on the helper thread (see `structure/helper-thread.ts`) while the rules that need the
 * snapshot run: on the national map it is the largest part of the suggested links. The helper
 * runs the same `adamicAdar` on the same adjacency, so the candidates are the same to the bit;
 * they come back in shared arrays. Small graphs are computed in place, and so is any job the
 * helper could not take or finish.
 */
import { adamicAdar, IndexAdjacency, type CommonNeighbourCandidate } from './common-neighbours.js';
import { awaitJob, jobState, postJob } from './structure/helper-thread.js';

/** Below this many adjacency slots the work stays on the calling thread (the national map has 140,000; a county a few thousand). */
export const PARALLEL_FROM_SLOTS = 50_000;
const WAIT_MS = 15_000;

export interface CommonNeighboursJob {
  readonly kind: 'common-neighbours';
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly perNode: number;
  readonly maxDegree: number;
  readonly maxVia: number;
  /** The answer, over SharedArrayBuffers: candidates found, then per candidate a, b, score and its via. */
  readonly count: Int32Array;
  readonly pairs: Int32Array;
  readonly scores: Float64Array;
  readonly viaCounts: Int32Array;
  readonly via: Int32Array;
  readonly state: Int32Array;
}

export interface PendingCommonNeighbours {
  readonly onHelper: boolean;
  readonly answeredByHelper: boolean;
  collect(): CommonNeighbourCandidate[];
}

const shared = <T>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T => make(new SharedArrayBuffer(bytes));

/** On the helper: the candidates, written into the job's arrays. */
export function runCommonNeighboursJob(job: CommonNeighboursJob): void {
  const adjacency = IndexAdjacency.fromFlat(job.offsets, job.targets);
  const found = adamicAdar(adjacency, job.offsets.length - 1, job.perNode, job.maxDegree, job.maxVia);
  found.forEach((c, i) => {
    job.pairs[2 * i] = c.a;
    job.pairs[2 * i + 1] = c.b;
    job.scores[i] = c.score;
    job.viaCounts[i] = c.via.length;
    job.via.set(c.via, i * job.maxVia);
  });
  job.count[0] = found.length;
}

function readAnswer(job: CommonNeighboursJob): CommonNeighbourCandidate[] {
  const found: CommonNeighbourCandidate[] = [];
  for (let i = 0; i < job.count[0]!; i++) {
    const via: number[] = [];
    for (let k = 0; k < job.viaCounts[i]!; k++) via.push(job.via[i * job.maxVia + k]!);
    found.push({ a: job.pairs[2 * i]!, b: job.pairs[2 * i + 1]!, score: job.scores[i]!, via });
  }
  return found;
}

/** Starts Adamic–Adar over `adjacency` (see `adamicAdar` for the arguments). */
export function startCommonNeighbours(
  adjacency: IndexAdjacency, n: number, perNode: number, maxDegree: number, maxVia: number, parallelFromSlots = PARALLEL_FROM_SLOTS,
): PendingCommonNeighbours {
  const inPlace = () => adamicAdar(adjacency, n, perNode, maxDegree, maxVia);
  if (adjacency.slots < parallelFromSlots) return { onHelper: false, answeredByHelper: false, collect: inPlace };
  const capacity = n * perNode;
  const job: CommonNeighboursJob = {
    kind: 'common-neighbours', ...adjacency.flat(), perNode, maxDegree, maxVia,
    count: shared((b) => new Int32Array(b), 4),
    pairs: shared((b) => new Int32Array(b), 8 * capacity),
    scores: shared((b) => new Float64Array(b), 8 * capacity),
    viaCounts: shared((b) => new Int32Array(b), 4 * capacity),
    via: shared((b) => new Int32Array(b), 4 * capacity * maxVia),
    state: jobState(),
  };
  if (!postJob(job)) return { onHelper: false, answeredByHelper: false, collect: inPlace };
  let collected: CommonNeighbourCandidate[] | null = null;
  let answered = false;
  return {
    onHelper: true,
    get answeredByHelper() { return answered; },
    collect() {
      if (collected) return collected;
      answered = awaitJob(job.state, WAIT_MS);
      collected = answered ? readAnswer(job) : inPlace();
      return collected;
    },
  };
}
