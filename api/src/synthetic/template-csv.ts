/**
 * Writes a stored graph as the CSV import template (seed/README.md): one file per kind, the
 * columns the importer takes (read from the importer's own TEMPLATE), link columns filled from
 * the relationships. Loading the files through `planImport` gives back the same graph.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_COLUMNS } from '../domain/link-columns.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import { columnsOf, TEMPLATE } from '../import/template.js';
import type { StoredGraph, StoredNode, StoredRel, StoredValue } from '../store/graph-store.js';

export interface TemplateFile {
  readonly name: string;
  readonly content: string;
  /** Data rows, the header not counted. */
  readonly rows: number;
}

/** One CSV cell: quoted when it holds a comma, a quote, a line break or edge whitespace. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function format(value: StoredValue | undefined, where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  for (const item of value) {
    if (item.includes(';')) throw new Error(`${where}: list value "${item}" contains ";"`);
  }
  return value.join(';');
}

const line = (cells: readonly string[]): string => cells.map(csvCell).join(',');

export function templateCsvFiles(graph: StoredGraph): TemplateFile[] {
  const labelOf = new Map<string, NodeLabel>();
  const byLabel = new Map<NodeLabel, StoredNode[]>();
  for (const node of graph.nodes) {
    labelOf.set(String(node.props['id']), node.label);
    const list = byLabel.get(node.label);
    if (list) list.push(node);
    else byLabel.set(node.label, [node]);
  }
  const ends = new Map<string, string[]>();
  const byType = new Map<string, StoredRel[]>();
  for (const rel of graph.rels) {
    for (const [key, other] of [[`out|${rel.type}|${rel.from}`, rel.to], [`in|${rel.type}|${rel.to}`, rel.from]] as const) {
      const list = ends.get(key);
      if (list) list.push(other);
      else ends.set(key, [other]);
    }
    const list = byType.get(rel.type);
    if (list) list.push(rel);
    else byType.set(rel.type, [rel]);
  }

  return TEMPLATE.map((spec) => {
    const columns = columnsOf(spec);
    const body: string[] = [];
    if (spec.kind === 'node') {
      const links = new Map(LINK_COLUMNS[spec.label].flatMap((c) => (c.csv ? [[c.csv, c] as const] : [])));
      for (const node of byLabel.get(spec.label) ?? []) {
        const id = String(node.props['id']);
        body.push(line(columns.map((column) => {
          const link = links.get(column);
          if (!link) return format(node.props[column], `${spec.file} ${id} ${column}`);
          const others = (ends.get(`${link.direction}|${link.rel}|${id}`) ?? []).filter((o) => labelOf.get(o) === link.other);
          return others.join(';');
        })));
      }
    } else {
      const renamedBack = new Map(Object.entries(spec.renamed ?? {}).map(([prop, column]) => [column, prop]));
      for (const rel of byType.get(spec.type) ?? []) {
        body.push(line(columns.map((column) => {
          if (column === spec.fromColumn) return rel.from;
          if (column === spec.toColumn) return rel.to;
          return format(rel.props[renamedBack.get(column) ?? column], `${spec.file} ${String(rel.props['id'])} ${column}`);
        })));
      }
    }
    return { name: spec.file, content: [line(columns), ...body].join('\n') + '\n', rows: body.length };
  });
}

/** Writes every template file into dir (created if missing); returns the files written. */
export function writeTemplateCsv(graph: StoredGraph, dir: string): TemplateFile[] {
  mkdirSync(dir, { recursive: true });
  const files = templateCsvFiles(graph);
  for (const file of files) writeFileSync(join(dir, file.name), file.content, 'utf8');
  return files;
}
