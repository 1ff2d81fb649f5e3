/** Where things are: the municipality an actor works in, walking up from its area. */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';

export function municipalityOf(snapshot: MapSnapshot, nodeId: string): NodeRecord<'Area'> | undefined {
  const seen = new Set<string>();
  for (let area = snapshot.areaOf(nodeId); area && !seen.has(area.id); area = snapshot.targets(area.id, 'WITHIN', 'Area')[0]) {
    if (area.type === 'MUNICIPALITY') return area;
    seen.add(area.id);
  }
  return undefined;
}
