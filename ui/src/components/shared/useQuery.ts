import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphqlRequest';
import { useRevision } from '../../editing/revision';
import { isStaleAnalysis, STALE_RETRIES, STALE_RETRY_MS } from '../../api/staleAnalysis';

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
  const [staleTries, setStaleTries] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  // A write from this tab changes the answers: ask again.
  const revision = useRevision();
  // A new question, or a new write, gets its own retries of a stale analysis.
  useEffect(() => setStaleTries(0), [key, revision]);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    setState({ status: 'loading' });
    graphqlRequest<T, V>(query, JSON.parse(key) as V, { signal: controller.signal }).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', data });
        if (isStaleAnalysis(data) && staleTries < STALE_RETRIES) retry = setTimeout(() => setStaleTries((n) => n + 1), STALE_RETRY_MS);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => {
      controller.abort();
      if (retry) clearTimeout(retry);
    };
  }, [query, key, attempt, revision, staleTries]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
