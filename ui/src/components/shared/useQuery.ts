import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { takeEarly } from '../../api/earlyRequests';
import { useRevision } from '../../editing/revision';
import { askUntilCurrent } from '../../api/staleAnalysis';

export type QueryState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Runs a GraphQL query whenever it or its variables change (compared by value, so callers may
 * build the variables inline). `null` variables mean "nothing to ask yet" (idle). A superseded
 * request is aborted so a slow answer to an old filter never overwrites the new one.
 */
export function useQuery<T, V extends Record<string, unknown>>(query: string, variables: V | null): { state: QueryState<T>; reload: () => void } {
  const [state, setState] = useState<QueryState<T>>(variables === null ? { status: 'idle' } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  // A write from this tab changes the answers: ask again (with retries of a stale analysis of its own).
  const revision = useRevision();

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    setState({ status: 'loading' });
    return askUntilCurrent((signal) => takeEarly<T>(query, key) ?? graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal }), {
      answer: (data) => setState({ status: 'ready', data }),
      fail: (error) => setState({ status: 'error', error }),
    });
  }, [query, key, attempt, revision]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
