/**
 * What the map shows for a state: the filtered graph from the API, narrowed to the focus node's
 * neighbourhood when there is one. While a new answer loads, the last one stays on screen.
 */
import { useMemo } from 'react';
import { neighbourhoodOf } from '../../graph/neighbourhood';
import type { GraphView } from '../../graph/vocabulary';
import { GRAPH_QUERY, NEIGHBOURHOOD_QUERY, type GraphData, type NeighbourhoodData } from './queries';
import { toGraphVariables, type MapState } from './state';
import { useGraphQL } from './useGraphQL';

export interface MapViewData {
  /** Undefined until the first answer. */
  readonly view: Pick<GraphView, 'nodes' | 'edges'> | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  readonly reload: () => void;
  /** The focus node lies outside the filters, so its neighbourhood comes from the whole map. */
  readonly focusOutsideFilters: boolean;
}

export function useMapView(state: MapState): MapViewData {
  const graph = useGraphQL<GraphData, ReturnType<typeof toGraphVariables>>(GRAPH_QUERY, toGraphVariables(state));
  const base = graph.data?.graph;
  const { focus, depth } = state;
  const focusInBase = focus !== undefined && base !== undefined && base.nodes.some((n) => n.id === focus);
  const outside = focus !== undefined && base !== undefined && !focusInBase;
  const around = useGraphQL<NeighbourhoodData, { id: string; depth: number }>(
    NEIGHBOURHOOD_QUERY,
    outside && focus !== undefined ? { id: focus, depth } : null,
  );
  const aroundView = around.data?.neighbourhood;

  const view = useMemo(() => {
    if (base === undefined || focus === undefined) return base;
    if (focusInBase) return neighbourhoodOf(base, focus, depth);
    return aroundView;
  }, [base, focus, depth, focusInBase, aroundView]);

  return {
    view,
    loading: graph.loading || (outside && around.loading),
    error: graph.error ?? (outside ? around.error : undefined),
    reload: outside && around.error !== undefined ? around.reload : graph.reload,
    focusOutsideFilters: outside,
  };
}
