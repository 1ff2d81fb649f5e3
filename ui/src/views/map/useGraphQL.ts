import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { takeEarly } from '../../api/earlyRequests';
import { useRevision } from '../../editing/revision';
import { askUntilCurrent } from '../../api/staleAnalysis';

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
  // A write from this tab changes the answers: ask again (with retries of a stale analysis of its own).
  const revision = useRevision();

  useEffect(() => {
    if (key === null) {
      setData(undefined);
      setError(undefined);
      setLoading(false);
      return undefined;
    }
    setLoading(true);
    return askUntilCurrent((signal) => takeEarly<T>(query, key) ?? graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal }), {
      answer: (answer) => {
        setData(answer);
        setError(undefined);
        setLoading(false);
      },
      fail: (failure) => {
        setError(failure);
        setLoading(false);
      },
    });
  }, [query, key, attempt, revision]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
