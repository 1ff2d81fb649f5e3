/**
 * The server answers analysis queries from the last finished analysis and says when it is of an
 * older map (`analysis.upToDate: false`, right after a write). A view that asked for it asks again
 * shortly, so a fixed finding goes away without a reload. The asking again lives here, once, for
 * every fetch hook (useQuery, useGraphQL).
 */
export const STALE_RETRY_MS = 400;
export const STALE_RETRIES = 25;

export function isStaleAnalysis(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const analysis = (answer as { analysis?: unknown }).analysis;
  return typeof analysis === 'object' && analysis !== null && (analysis as { upToDate?: unknown }).upToDate === false;
}

export interface AskHandlers<T> {
  /** Every answer, the stale ones too (they are the best there is until the next one). */
  readonly answer: (data: T) => void;
  readonly fail: (error: unknown) => void;
}

export interface RetryTiming {
  readonly retries: number;
  readonly delayMs: number;
}

/**
 * Asks once, and again while the answer is a stale analysis: at most `retries` more times,
 * `delayMs` apart. A failure or an up-to-date answer ends it. The returned function cancels:
 * the request in flight is aborted and no retry follows (a new question, or a write, starts
 * over with retries of its own).
 */
export function askUntilCurrent<T>(
  ask: (signal: AbortSignal) => Promise<T>,
  handlers: AskHandlers<T>,
  timing: RetryTiming = { retries: STALE_RETRIES, delayMs: STALE_RETRY_MS },
): () => void {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (retriesLeft: number): void => {
    ask(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        handlers.answer(data);
        if (isStaleAnalysis(data) && retriesLeft > 0) timer = setTimeout(() => attempt(retriesLeft - 1), timing.delayMs);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) handlers.fail(error);
      },
    );
  };
  attempt(timing.retries);
  return () => {
    controller.abort();
    if (timer !== undefined) clearTimeout(timer);
  };
}
