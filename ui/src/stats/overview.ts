import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../api/schemaTypes';
import type { MapStats } from '../api/statsQuery';
import type { Messages } from '../i18n/messages';

/** What the overview page shows, derived from `stats` without any rendering. */
export interface CountRow<T extends string> {
  type: T;
  label: string;
  count: number;
}

export interface MunicipalityRow {
  id: string;
  name: string;
  actors: number;
  networks: number;
}

export interface Overview {
  graphVersion: number;
  isEmpty: boolean;
  nodes: CountRow<NodeType>[];
  relationships: CountRow<RelationshipType>[];
  municipalities: MunicipalityRow[];
}

/**
 * One row per type in the schema's order, so the page always lists the same things in the same
 * place; a type the server leaves out counts as zero, and repeated entries add up.
 */
function countRows<T extends string>(
  order: readonly T[],
  counts: readonly { type: T; count: number }[],
  labels: Record<T, string>,
): CountRow<T>[] {
  const byType = new Map<T, number>();
  for (const { type, count } of counts) byType.set(type, (byType.get(type) ?? 0) + count);
  return order.map((type) => ({ type, label: labels[type], count: byType.get(type) ?? 0 }));
}

/** Municipalities by name in the locale's alphabet (Swedish: Å, Ä, Ö after Z), then by id. */
export function sortMunicipalities(rows: readonly MunicipalityRow[], locale: string): MunicipalityRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
  return [...rows].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function buildOverview(stats: MapStats, t: Messages): Overview {
  const nodes = countRows(NODE_TYPES, stats.nodes, t.nodeTypes);
  const relationships = countRows(RELATIONSHIP_TYPES, stats.relationships, t.relationshipTypes);
  const municipalities = sortMunicipalities(
    stats.municipalities.map(({ area, actors, networks }) => ({ id: area.id, name: area.name, actors, networks })),
    t.locale,
  );
  return {
    graphVersion: stats.graphVersion,
    isEmpty: nodes.every((row) => row.count === 0),
    nodes,
    relationships,
    municipalities,
  };
}
