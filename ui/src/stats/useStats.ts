import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlRequest';
import { STATS_QUERY, type MapStats, type StatsQueryResult } from '../api/statsQuery';

export type StatsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; stats: MapStats };

/** Fetches `stats` once on mount and again on `reload()`; a superseded request is aborted. */
export function useStats(): { state: StatsState; reload: () => void } {
  const [state, setState] = useState<StatsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphqlRequest<StatsQueryResult>(STATS_QUERY, undefined, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', stats: data.stats });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
