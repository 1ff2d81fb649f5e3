/**
 * The server answers analysis queries from the last finished analysis and says when it is of an
 * older map (`analysis.upToDate: false`, right after a write). A view that asked for it asks again
 * shortly, so a fixed finding goes away without a reload.
 */
export const STALE_RETRY_MS = 400;
export const STALE_RETRIES = 25;

export function isStaleAnalysis(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const analysis = (answer as { analysis?: unknown }).analysis;
  return typeof analysis === 'object' && analysis !== null && (analysis as { upToDate?: unknown }).upToDate === false;
}
