/**
 * The map's content as table rows — the accessible twin of the canvas: every node shown, with its
 * type, kind, sector, area and number of links, the highlighted ones first.
 */
import type { GraphEdge, GraphNode } from '../../graph/vocabulary';
import { degrees } from '../../graph/elements';
import type { Translate } from './detail';

export const TABLE_COLUMNS = ['name', 'type', 'kind', 'sector', 'area', 'links', 'networks'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly kind: string;
  readonly sector: string;
  readonly area: string;
  readonly links: number;
  /** The networks an actor (or person) sits in, by name: the actor × network question in one column. */
  readonly networks: string;
  readonly highlighted: boolean;
}

export interface TableSort {
  readonly column: TableColumn;
  readonly descending: boolean;
}

/** The vocabulary a node's `kind` belongs to depends on its type. */
const KIND_VOCAB: Partial<Record<string, string>> = {
  ACTOR: 'ActorKind', NETWORK: 'NetworkKind', AREA: 'AreaType', ROUTINE: 'RoutineKind',
};

export function tableRows(
  view: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] },
  highlighted: ReadonlySet<string>,
  areaName: (id: string) => string,
  t: Translate,
): TableRow[] {
  const linkCount = degrees(view.edges);
  const names = new Map(view.nodes.map((n) => [n.id, n.label]));
  const networksOf = new Map<string, string[]>();
  for (const e of view.edges) {
    if (e.type !== 'MEMBER_OF' && e.type !== 'SITS_IN') continue;
    const name = names.get(e.target);
    if (name !== undefined) networksOf.set(e.source, [...(networksOf.get(e.source) ?? []), name]);
  }
  const collator = new Intl.Collator('sv-SE');
  return view.nodes.map((node) => {
    const vocab = KIND_VOCAB[node.type];
    return {
      id: node.id,
      name: node.label,
      type: t(`vocab.NodeType.${node.type}`),
      kind: node.kind !== null && vocab !== undefined ? t(`vocab.${vocab}.${node.kind}`) : '',
      sector: node.sector === null ? '' : t(`vocab.Sector.${node.sector}`),
      area: node.areaId === null ? '' : areaName(node.areaId),
      links: linkCount.get(node.id) ?? 0,
      networks: [...new Set(networksOf.get(node.id) ?? [])].sort(collator.compare).join(', '),
      highlighted: highlighted.has(node.id),
    };
  });
}

/** Highlighted rows first (they are what the reader came for), then by the chosen column, then by name. */
export function sortRows(rows: readonly TableRow[], sort: TableSort, locale: string): TableRow[] {
  const collator = new Intl.Collator(locale === 'en' ? 'en-GB' : 'sv-SE', { sensitivity: 'base', numeric: true });
  const direction = sort.descending ? -1 : 1;
  const byColumn = (a: TableRow, b: TableRow): number => {
    const x = a[sort.column];
    const y = b[sort.column];
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
  return [...rows].sort(
    (a, b) => Number(b.highlighted) - Number(a.highlighted) || direction * byColumn(a, b) || collator.compare(a.name, b.name),
  );
}

export interface RelationshipRow {
  readonly id: string;
  readonly fromId: string;
  readonly from: string;
  readonly relation: string;
  readonly toId: string;
  readonly to: string;
  readonly detail: string;
  readonly highlighted: boolean;
}

/** The links shown on the map as rows: from, the kind of link, to, and a referral's kind and status. */
export function relationshipRows(
  view: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] },
  highlighted: ReadonlySet<string>,
  t: Translate,
): RelationshipRow[] {
  const names = new Map(view.nodes.map((n) => [n.id, n.label]));
  const collator = new Intl.Collator('sv-SE', { sensitivity: 'base' });
  return view.edges
    .filter((e) => names.has(e.source) && names.has(e.target))
    .map((e) => ({
      id: e.id,
      fromId: e.source,
      from: names.get(e.source) ?? e.source,
      relation: t(`vocab.RelationshipType.${e.type}`),
      toId: e.target,
      to: names.get(e.target) ?? e.target,
      detail: e.type === 'REFERS_TO'
        ? [e.kind ? t(`vocab.ReferralKind.${e.kind}`) : '', e.status ? t(`vocab.ReferralStatus.${e.status}`) : ''].filter(Boolean).join(', ')
        : '',
      highlighted: highlighted.has(e.id),
    }))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || collator.compare(a.from, b.from) || collator.compare(a.to, b.to));
}
