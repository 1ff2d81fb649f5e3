/** Areas as the map lists and groups them: municipalities by name first, then counties, then the nation. */
import type { AreaChoice } from './queries';

const TYPE_ORDER: Record<AreaChoice['type'], number> = { MUNICIPALITY: 0, DISTRICT: 1, COUNTY: 2, NATION: 3 };

export function orderedAreas(areas: readonly AreaChoice[]): AreaChoice[] {
  return [...areas].sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name, 'sv'));
}

/** A name for every area id; an unknown id (or '' for "no area") gets the fallback. */
export function areaNamer(areas: readonly AreaChoice[], fallback: string): (id: string) => string {
  const names = new Map(areas.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? (id === '' ? fallback : id);
}
