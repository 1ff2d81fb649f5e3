import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { useRevision } from '../../editing/revision';
import { isStaleAnalysis, STALE_RETRIES, STALE_RETRY_MS } from '../../api/staleAnalysis';

export interface GraphQLState<T> {
  /** The latest answer — kept while a newer one loads, so the map does not blank on every filter change. */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Runs a query whenever it or its variables change (compared by value); `null` variables mean
 * "nothing to ask". A superseded request is aborted, so a slow answer to an old filter never
 * overwrites the new one.
 */
export function useGraphQL<T, V extends Record<string, unknown>>(query: string, variables: V | null): GraphQLState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(variables !== null);
  const [attempt, setAttempt] = useState(0);
  const [staleTries, setStaleTries] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  // A write from this tab changes the answers: ask again.
  const revision = useRevision();
  // A new question, or a new write, gets its own retries of a stale analysis.
  useEffect(() => setStaleTries(0), [key, revision]);

  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setError(undefined);
      setLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    setLoading(true);
    graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal: controller.signal }).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setData(answer);
        setError(undefined);
        setLoading(false);
        if (isStaleAnalysis(answer) && staleTries < STALE_RETRIES) retry = setTimeout(() => setStaleTries((n) => n + 1), STALE_RETRY_MS);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      controller.abort();
      if (retry) clearTimeout(retry);
    };
  }, [query, key, attempt, revision, staleTries]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
