/**
 * The map (or the part of it a filter keeps) as rows of the import template: the same files and
 * columns the importer reads (import/template.ts), so an export imports back unchanged.
 */
import { LINK_COLUMNS } from '../domain/link-columns.js';
import type { NodeRecord, RelRecord } from '../domain/model.js';
import { columnsOf, TEMPLATE, type FileSpec } from '../import/template.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';

export interface Table {
  /** The template's file name: actors.csv … */
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A stored value as the importer reads it back: lists with `;`, booleans as true/false, nothing as ''. */
export function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(';');
  return String(value);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nodeRow(snapshot: MapSnapshot, spec: Extract<FileSpec, { kind: 'node' }>, node: NodeRecord, columns: readonly string[], keep: (id: string) => boolean): string[] {
  const record = node as unknown as Record<string, unknown>;
  const links = new Map(
    LINK_COLUMNS[spec.label].flatMap((c) => {
      if (!c.csv) return [];
      const rels = c.direction === 'out' ? snapshot.out(node.id, c.rel) : snapshot.in(node.id, c.rel);
      // All ends, kept or not: the column replaces the set on import, so a part must not drop links.
      const ends = rels.map((r) => (c.direction === 'out' ? r.to : r.from)).sort();
      return [[c.csv, ends.join(';')] as const];
    }),
  );
  return columns.map((column) => links.get(column) ?? cellOf(record[column]));
}

function relRow(spec: Extract<FileSpec, { kind: 'rel' }>, rel: RelRecord, columns: readonly string[]): string[] {
  const record = rel as unknown as Record<string, unknown>;
  const property = new Map(Object.entries(spec.renamed ?? {}).map(([prop, column]) => [column, prop]));
  return columns.map((column) => {
    if (column === spec.fromColumn) return rel.from;
    if (column === spec.toColumn) return rel.to;
    return cellOf(record[property.get(column) ?? column]);
  });
}

/** Every template file with the rows of the nodes `keep` admits and the relationships between them. */
export function templateTables(snapshot: MapSnapshot, keep: (id: string) => boolean = () => true): Table[] {
  return TEMPLATE.map((spec) => {
    const columns = columnsOf(spec);
    if (spec.kind === 'node') {
      const nodes = [...snapshot.all(spec.label)].filter((n) => keep(n.id)).sort(byId);
      return { file: spec.file, columns, rows: nodes.map((n) => nodeRow(snapshot, spec, n, columns, keep)) };
    }
    const rels = [...snapshot.relsOfType(spec.type)].filter((r) => keep(r.from) && keep(r.to)).sort(byId);
    return { file: spec.file, columns, rows: rels.map((r) => relRow(spec, r, columns)) };
  });
}

/** The empty template: every file with its header. */
export const emptyTemplate = (): Table[] => TEMPLATE.map((spec) => ({ file: spec.file, columns: columnsOf(spec), rows: [] }));

/** CSV as the importer reads it (RFC 4180 quoting). */
export function toCsv(table: Table): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [table.columns, ...table.rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}
