/**
 * The importer: CSV files in the template → write intents → one planned batch. Used by the
 * importData mutation and by the demo seed alike. Every bad row is reported by file, line and
 * column; a batch with any problem writes nothing.
 */
import { parse } from 'csv-parse/sync';
import { derivedRelId, LINK_COLUMNS } from '../domain/link-columns.js';
import { AppError } from '../errors/app-error.js';
import { nodeIdSchema, nodePropsSchemas, relIdSchema, relPropsSchemas } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { NodeIntent, Origin, PlanProblem, RelIntent } from '../service/intents.js';
import { planWrites, type Outcome } from '../service/plan.js';
import type { WriteOp } from '../store/graph-store.js';
import { cellKind, readCell, splitList } from './cells.js';
import { columnsOf, naturalId, TEMPLATE, type FileSpec, type NodeFileSpec, type RelFileSpec } from './template.js';

export interface ImportFile {
  readonly name: string;
  readonly content: string;
}

export interface ImportRowError {
  readonly file: string;
  readonly line: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportCount {
  readonly file: string;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPlan {
  readonly ops: WriteOp[];
  readonly errors: ImportRowError[];
  readonly counts: ImportCount[];
}

export const IMPORT_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxRows: 50_000, maxFiles: 20, maxColumns: 100, maxErrors: 500 } as const;

type Row = { readonly line: number; readonly cells: Readonly<Record<string, string>> };

function readRows(file: ImportFile, spec: FileSpec, errors: ImportRowError[]): Row[] {
  const fail = (line: number, column: string | null, code: string, message: string) =>
    errors.push({ file: file.name, line, column, code, message });
  if (Buffer.byteLength(file.content, 'utf8') > IMPORT_LIMITS.maxFileBytes) {
    fail(1, null, 'TOO_LARGE', `the file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB`);
    return [];
  }
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(file.content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    fail(e.lines ?? 1, null, 'CSV_SYNTAX', `not readable as CSV: ${e.message ?? 'syntax error'}`);
    return [];
  }
  const [head, ...body] = parsed;
  if (!head) return [];
  const header = head.record;
  if (header.length > IMPORT_LIMITS.maxColumns) {
    fail(1, null, 'TOO_WIDE', `the header has ${header.length} columns; the template has at most ${IMPORT_LIMITS.maxColumns}`);
    return [];
  }
  if (body.length > IMPORT_LIMITS.maxRows) {
    fail(1, null, 'TOO_LARGE', `more than ${IMPORT_LIMITS.maxRows} rows`);
    return [];
  }
  const allowed = new Set(columnsOf(spec));
  const columns = header.map((h) => h.trim());
  let headerOk = true;
  columns.forEach((c, i) => {
    if (!allowed.has(c)) {
      fail(1, c || `#${i + 1}`, 'UNKNOWN_COLUMN', `unknown column "${c}" (this file takes: ${[...allowed].join(', ')})`);
      headerOk = false;
    } else if (columns.indexOf(c) !== i) {
      fail(1, c, 'DUPLICATE_COLUMN', `column "${c}" appears twice`);
      headerOk = false;
    }
  });
  for (const required of spec.required) {
    if (!columns.includes(required)) {
      fail(1, required, 'MISSING_COLUMN', `required column "${required}" is missing`);
      headerOk = false;
    }
  }
  if (!headerOk) return [];
  // `info.lines` is the line a record ends on (a quoted cell may span lines).
  return body.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      cells[c] = record[i] ?? '';
    });
    if (record.length > columns.length) {
      fail(info.lines, null, 'EXTRA_CELLS', `the row has ${record.length} cells but the header ${columns.length}`);
    }
    return { line: info.lines, cells };
  });
}

function nodeIntent(spec: NodeFileSpec, row: Row, origin: Origin, errors: ImportRowError[]): NodeIntent | null {
  const cell = (c: string) => row.cells[c] ?? '';
  const given = cell('id').trim();
  const id = given || naturalId(spec, cell);
  const idOk = nodeIdSchema.safeParse(id);
  if (!idOk.success) {
    errors.push({ file: spec.file, line: row.line, column: 'id', code: 'INVALID', message: given ? idOk.error.issues[0]?.message ?? 'invalid id' : 'no id, and the natural key gives none' });
    return null;
  }
  const props: Record<string, unknown> = {};
  let ok = true;
  for (const [key, schema] of Object.entries(nodePropsSchemas[spec.label].shape)) {
    const value = readCell(cellKind(schema), cell(key));
    if (value instanceof Error) {
      errors.push({ file: spec.file, line: row.line, column: key, code: 'INVALID', message: value.message });
      ok = false;
    } else props[key] = value;
  }
  const links: Record<string, string[]> = {};
  const csvName: Record<string, string> = {};
  for (const column of LINK_COLUMNS[spec.label]) {
    if (!column.csv) continue;
    csvName[column.input] = column.csv;
    if (column.csv in row.cells) links[column.input] = splitList(cell(column.csv));
  }
  if (!ok) return null;
  return {
    label: spec.label, id, props, links, expect: 'any', origin,
    meta: { lastVerifiedAt: readCell('date', cell('lastVerifiedAt')), source: readCell('text', cell('source')) },
    fieldName: (field) => csvName[field] ?? field,
  };
}

function relIntent(spec: RelFileSpec, row: Row, origin: Origin, errors: ImportRowError[]): RelIntent | null {
  const cell = (c: string) => row.cells[c] ?? '';
  const props: Record<string, unknown> = {};
  let ok = true;
  for (const [key, schema] of Object.entries(relPropsSchemas[spec.type].shape)) {
    const column = spec.renamed?.[key] ?? key;
    const value = readCell(cellKind(schema), cell(column));
    if (value instanceof Error) {
      errors.push({ file: spec.file, line: row.line, column, code: 'INVALID', message: value.message });
      ok = false;
    } else props[key] = value;
  }
  if ('role' in props && props['role'] === null) props['role'] = 'MEMBER';
  const from = cell(spec.fromColumn).trim();
  const to = cell(spec.toColumn).trim();
  for (const [column, value] of [[spec.fromColumn, from], [spec.toColumn, to]] as const) {
    if (!value) {
      errors.push({ file: spec.file, line: row.line, column, code: 'INVALID', message: 'required' });
      ok = false;
    }
  }
  if (!ok) return null;
  const qualifier = spec.qualifier ? String(props[spec.qualifier] ?? '') : undefined;
  const given = cell('id').trim();
  const id = given || derivedRelId(spec.type, from, to, qualifier || undefined);
  const idOk = relIdSchema.safeParse(id);
  if (!idOk.success) {
    errors.push({ file: spec.file, line: row.line, column: 'id', code: 'INVALID', message: idOk.error.issues[0]?.message ?? 'invalid id' });
    return null;
  }
  const names: Record<string, string> = { from: spec.fromColumn, to: spec.toColumn, ...spec.renamed };
  return {
    type: spec.type, id, from, to, props, expect: 'any', origin,
    meta: { lastVerifiedAt: readCell('date', cell('lastVerifiedAt')), source: readCell('text', cell('source')) },
    fieldName: (field) => names[field] ?? field,
  };
}

/** Reads the files and plans the import against the snapshot; writes nothing. */
export function planImport(snapshot: MapSnapshot, files: readonly ImportFile[]): ImportPlan {
  const errors: ImportRowError[] = [];
  const nodes: NodeIntent[] = [];
  const rels: RelIntent[] = [];
  const countOf = new Map<string, ImportCount>();
  const nodeFile: string[] = [];
  const relFile: string[] = [];
  const byName = new Map<string, ImportFile>();
  files.forEach((file, i) => {
    const name = file.name.replace(/^.*[\\/]/, '');
    // Two files of one kind would be one silently dropped (or merged in some order): refuse.
    if (byName.has(name)) {
      const first = files.findIndex((f) => f.name.replace(/^.*[\\/]/, '') === name);
      throw AppError.badInput([{ field: `files[${i}].name`, message: `${name} is given twice (files[${first}] and files[${i}]); send each template file once` }]);
    }
    byName.set(name, file);
  });
  if (files.length > IMPORT_LIMITS.maxFiles) {
    errors.push({ file: '(import)', line: 0, column: null, code: 'TOO_LARGE', message: `at most ${IMPORT_LIMITS.maxFiles} files` });
  }
  for (const name of byName.keys()) {
    if (!TEMPLATE.some((s) => s.file === name)) {
      errors.push({ file: name, line: 0, column: null, code: 'UNKNOWN_FILE', message: `not a template file (expected one of ${TEMPLATE.map((s) => s.file).join(', ')})` });
    }
  }
  for (const spec of TEMPLATE) {
    const file = byName.get(spec.file);
    if (!file) continue;
    countOf.set(spec.file, { file: spec.file, created: 0, updated: 0, unchanged: 0 });
    for (const row of readRows(file, spec, errors)) {
      const origin = { file: spec.file, line: row.line };
      if (spec.kind === 'node') {
        const intent = nodeIntent(spec, row, origin, errors);
        if (intent) (nodes.push(intent), nodeFile.push(spec.file));
      } else {
        const intent = relIntent(spec, row, origin, errors);
        if (intent) (rels.push(intent), relFile.push(spec.file));
      }
    }
  }
  const plan = planWrites(snapshot, nodes, rels);
  errors.push(...plan.problems.map(toRowError));
  const tally = (file: string | undefined, outcome: Outcome) => {
    const count = file ? countOf.get(file) : undefined;
    if (count) count[outcome] += 1;
  };
  plan.nodeOutcomes.forEach((o, i) => tally(nodeFile[i], o));
  plan.relOutcomes.forEach((o, i) => tally(relFile[i], o));
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  // A file full of mistakes should get a readable answer, not one the size of the file times ten.
  const shown = errors.length > IMPORT_LIMITS.maxErrors
    ? [...errors.slice(0, IMPORT_LIMITS.maxErrors), { file: '(import)', line: 0, column: null, code: 'TOO_MANY_ERRORS', message: `${errors.length - IMPORT_LIMITS.maxErrors} more problems not listed; fix these first` }]
    : errors;
  return { ops: errors.length ? [] : plan.ops, errors: shown, counts: [...countOf.values()] };
}

function toRowError(p: PlanProblem): ImportRowError {
  return { file: p.origin.file ?? '(import)', line: p.origin.line ?? 0, column: p.field, code: p.code, message: p.message };
}
