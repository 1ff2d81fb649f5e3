/** Counts of the map: per node type, per relationship type, and per municipality. */
import type { NodeRecord } from '../domain/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';
import { nodeTypeOf } from './graph-view.js';
import type { MapSnapshot } from './snapshot.js';

export interface AreaCountRecord {
  readonly area: NodeRecord<'Area'>;
  readonly actors: number;
  readonly networks: number;
}

export interface StatsRecord {
  readonly graphVersion: number;
  readonly nodes: readonly { type: Uppercase<NodeLabel>; count: number }[];
  readonly relationships: readonly { type: RelationshipType; count: number }[];
  readonly municipalities: readonly AreaCountRecord[];
}

const collator = new Intl.Collator('sv');

export function stats(snapshot: MapSnapshot): StatsRecord {
  const municipalities = snapshot
    .all('Area')
    .filter((a) => a.type === 'MUNICIPALITY')
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((area) => ({
      area,
      actors: snapshot.all('Actor').filter((n) => snapshot.isInArea(n.id, area.id)).length,
      networks: snapshot.all('Network').filter((n) => snapshot.isInArea(n.id, area.id)).length,
    }));
  return {
    graphVersion: snapshot.graphVersion,
    nodes: NODE_LABELS.map((l) => ({ type: nodeTypeOf(l), count: snapshot.all(l).length })),
    relationships: RELATIONSHIP_TYPES.map((t) => ({ type: t, count: snapshot.relsOfType(t).length })),
    municipalities,
  };
}
