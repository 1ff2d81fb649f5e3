import { AREAS_QUERY, type AreasResult } from './areas';
import { useQuery } from './useQuery';

/** An area's name for a heading or a link text; undefined while loading or when unknown. */
export function useAreaName(id: string | undefined): string | undefined {
  const { state } = useQuery<AreasResult, Record<string, never>>(AREAS_QUERY, id === undefined ? null : {});
  return state.status === 'ready' ? state.data.areas.find((area) => area.id === id)?.name : undefined;
}
