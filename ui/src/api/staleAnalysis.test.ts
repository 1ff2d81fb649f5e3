import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askUntilCurrent, isStaleAnalysis } from './staleAnalysis';

describe('isStaleAnalysis', () => {
  it('is true only for an analysis the server says is of an older map', () => {
    expect(isStaleAnalysis({ analysis: { upToDate: false } })).toBe(true);
    expect(isStaleAnalysis({ analysis: { upToDate: true } })).toBe(false);
    expect(isStaleAnalysis({ analysis: {} })).toBe(false);
    expect(isStaleAnalysis({ graph: { upToDate: false } })).toBe(false);
    expect(isStaleAnalysis(null)).toBe(false);
  });
});

const STALE = { analysis: { upToDate: false, findings: ['old'] } };
const CURRENT = { analysis: { upToDate: true, findings: [] } };
const TIMING = { retries: 3, delayMs: 400 };

/** A server that gives these answers in turn (then the last one again), counting the questions. */
function server(...answers: readonly unknown[]) {
  const asked: AbortSignal[] = [];
  const ask = (signal: AbortSignal) => {
    asked.push(signal);
    const answer = answers[Math.min(asked.length, answers.length) - 1];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { ask, asked };
}

describe('askUntilCurrent: the one retry of a stale analysis for every fetch hook', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again after the delay while the analysis is stale, and stops at the first current answer', async () => {
    const { ask, asked } = server(STALE, STALE, CURRENT);
    const answers: unknown[] = [];
    askUntilCurrent(ask, { answer: (d) => answers.push(d), fail: () => undefined }, TIMING);
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([STALE]);
    await vi.advanceTimersByTimeAsync(399);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(answers).toEqual([STALE, STALE, CURRENT]);
    expect(asked).toHaveLength(3);
  });

  it('gives up after the last retry when the analysis stays stale', async () => {
    const { ask, asked } = server(STALE);
    const answers: unknown[] = [];
    askUntilCurrent(ask, { answer: (d) => answers.push(d), fail: () => undefined }, TIMING);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(1 + TIMING.retries);
    expect(answers).toHaveLength(1 + TIMING.retries);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not ask again after a current answer, an answer without an analysis, or a failure', async () => {
    for (const first of [CURRENT, { graph: { nodes: [] } }, new Error('offline')]) {
      const { ask, asked } = server(first, STALE);
      const failures: unknown[] = [];
      askUntilCurrent(ask, { answer: () => undefined, fail: (e) => failures.push(e) }, TIMING);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(asked).toHaveLength(1);
      expect(failures).toEqual(first instanceof Error ? [first] : []);
    }
  });

  it('stops when cancelled: the request in flight is aborted and no retry follows', async () => {
    const { ask, asked } = server(STALE);
    const answers: unknown[] = [];
    const cancel = askUntilCurrent(ask, { answer: (d) => answers.push(d), fail: () => undefined }, TIMING);
    await vi.advanceTimersByTimeAsync(0);
    cancel();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.aborted).toBe(true);
    expect(answers).toEqual([STALE]);
  });

  it('drops an answer that arrives after cancelling', async () => {
    let release: (value: unknown) => void = () => undefined;
    const answers: unknown[] = [];
    const cancel = askUntilCurrent(() => new Promise((resolve) => { release = resolve; }), { answer: (d) => answers.push(d), fail: () => undefined }, TIMING);
    cancel();
    release(STALE);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(answers).toEqual([]);
  });
});
