import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { useRevision } from '../../editing/revision';

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
  // A write from this tab changes the answers: ask again.
  const revision = useRevision();

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [query, key, attempt, revision]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
