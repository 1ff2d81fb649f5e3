import type { NodeType, RelationshipType } from './schemaTypes';

/** The overview of the whole map: counts per type and per municipality. */
export const STATS_QUERY = /* GraphQL */ `
  query MapStats {
    stats {
      graphVersion
      nodes { type count }
      relationships { type count }
      municipalities { area { id name } actors networks }
    }
  }
`;

export interface TypeCount {
  type: NodeType;
  count: number;
}

export interface RelationshipCount {
  type: RelationshipType;
  count: number;
}

export interface AreaCount {
  area: { id: string; name: string };
  actors: number;
  networks: number;
}

export interface MapStats {
  graphVersion: number;
  nodes: TypeCount[];
  relationships: RelationshipCount[];
  municipalities: AreaCount[];
}

export interface StatsQueryResult {
  stats: MapStats;
}
