import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { useRevision } from '../../editing/revision';

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
  const key = variables === null ? null : JSON.stringify(variables);
  // A write from this tab changes the answers: ask again.
  const revision = useRevision();

  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setError(undefined);
      setLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    setLoading(true);
    graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal: controller.signal }).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setData(answer);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query, key, attempt, revision]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
