/** Where things are: the municipality an actor works in, walking up from its area. */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';

const municipalities = new WeakMap<MapSnapshot, Map<string, NodeRecord<'Area'> | null>>();

/**
 * The municipality a node works in: that of the area it is located in. Remembered per snapshot
 * and area, not per node: every rule asks this of its subjects many times over, and a map of a
 * few hundred areas stays small where one of every node and relationship end would not.
 */
export function municipalityOf(snapshot: MapSnapshot, nodeId: string): NodeRecord<'Area'> | undefined {
  return municipalityOfArea(snapshot, snapshot.areaOf(nodeId));
}

/** `municipalityAt`, remembered per snapshot and area. */
export function municipalityOfArea(snapshot: MapSnapshot, area: NodeRecord<'Area'> | undefined): NodeRecord<'Area'> | undefined {
  if (!area) return undefined;
  let known = municipalities.get(snapshot);
  if (!known) municipalities.set(snapshot, (known = new Map()));
  let found = known.get(area.id);
  if (found === undefined) known.set(area.id, (found = municipalityAt(snapshot, area) ?? null));
  return found ?? undefined;
}

/** The municipality an area is or lies in (a district's municipality), if any. */
export function municipalityAt(snapshot: MapSnapshot, start: NodeRecord<'Area'> | undefined): NodeRecord<'Area'> | undefined {
  const seen = new Set<string>();
  for (let area = start; area && !seen.has(area.id); area = snapshot.targets(area.id, 'WITHIN', 'Area')[0]) {
    if (area.type === 'MUNICIPALITY') return area;
    seen.add(area.id);
  }
  return undefined;
}

const byMunicipality = new WeakMap<MapSnapshot, Map<string, NodeRecord<'Actor'>[]>>();

/** Actors grouped by the municipality they work in (computed once per snapshot). */
export function actorsByMunicipality(snapshot: MapSnapshot): ReadonlyMap<string, readonly NodeRecord<'Actor'>[]> {
  let groups = byMunicipality.get(snapshot);
  if (!groups) {
    groups = new Map();
    for (const actor of snapshot.all('Actor')) {
      const municipality = municipalityOf(snapshot, actor.id);
      if (municipality) (groups.get(municipality.id) ?? groups.set(municipality.id, []).get(municipality.id)!).push(actor);
    }
    byMunicipality.set(snapshot, groups);
  }
  return groups;
}
