/**
 * Import and export beside the GraphQL writes: the map as template files (XLSX, CSV), GraphML and
 * GEXF; the empty template; findings as a table; and an XLSX workbook imported through the same
 * all-or-nothing importer as importData. Files travel as base64 so one query serves every format.
 */
import { filterFindings } from '../../analysis/analyze.js';
import { AppError } from '../../errors/app-error.js';
import { findingsTable } from '../../export/findings-table.js';
import { toGexf, toGraphml } from '../../export/graph-formats.js';
import { emptyTemplate, templateTables, toCsv, type Table } from '../../export/template-rows.js';
import { filesOfWorkbook, workbookOf, XLSX_MEDIA_TYPE } from '../../export/workbook.js';
import { likelyDuplicates } from '../../import/duplicates.js';
import { filteredGraph } from '../../readmodel/graph-view.js';
import { importData } from '../../service/import-data.js';
import type { GraphQLContext } from '../context.js';
import type { ExportFormat, MutationResolvers, QueryResolvers } from '../generated/types.js';

interface FileOut { name: string; mediaType: string; contentBase64: string }
const text = (name: string, mediaType: string, content: string): FileOut => ({ name, mediaType, contentBase64: Buffer.from(content, 'utf8').toString('base64') });

async function tablesAs(tables: readonly Table[], format: ExportFormat, base: string): Promise<FileOut[]> {
  if (format === 'XLSX') return [{ name: `${base}.xlsx`, mediaType: XLSX_MEDIA_TYPE, contentBase64: (await workbookOf(tables)).toString('base64') }];
  if (format === 'CSV') return tables.map((t) => text(t.file, 'text/csv; charset=utf-8', toCsv(t)));
  throw AppError.badInput([{ field: 'format', message: 'a table exports as XLSX or CSV' }]);
}

const today = () => new Date().toISOString().slice(0, 10);

export const exchangeQueryResolvers: QueryResolvers = {
  exportMap: async (_, { filter, format }, { snapshot }) => {
    const view = filteredGraph(snapshot, filter);
    const title = `aktorskartan-${filter?.area ?? 'kartan'}-${today()}`;
    if (format === 'GRAPHML') return [text(`${title}.graphml`, 'application/graphml+xml', toGraphml(view, title))];
    if (format === 'GEXF') return [text(`${title}.gexf`, 'application/gexf+xml', toGexf(view, title, today()))];
    const keep = new Set(view.nodes.map((n) => n.id));
    return tablesAs(templateTables(snapshot, (id) => keep.has(id)), format, title);
  },
  importTemplate: (_, { format }) => tablesAs(emptyTemplate(), format, 'aktorskartan-mall'),
  exportFindings: async (_, { filter, format, lang }, { snapshot, analysis }) => {
    const findings = filterFindings(snapshot, (await analysis.latest(snapshot)).results.analysis.findings, filter);
    const base = `aktorskartan-brister-${today()}`;
    const [file] = await tablesAs([{ ...findingsTable(snapshot, findings, lang === 'EN' ? 'en' : 'sv'), file: `${base}.csv` }], format, base);
    return file!;
  },
  importDuplicates: async (_, { files, contentBase64 }, { snapshot }) =>
    likelyDuplicates(snapshot, contentBase64 ? await workbookFiles(contentBase64) : (files ?? [])),
};

async function workbookFiles(contentBase64: string) {
  let files;
  try {
    files = await filesOfWorkbook(Buffer.from(contentBase64, 'base64'));
  } catch {
    throw AppError.badInput([{ field: 'contentBase64', message: 'is not an XLSX workbook' }]);
  }
  if (files.length === 0) throw AppError.badInput([{ field: 'contentBase64', message: 'has no sheet named like a template file (actors, networks, memberships, …)' }]);
  return files;
}

export const exchangeMutationResolvers: MutationResolvers = {
  importWorkbook: async (_, { contentBase64, dryRun }, ctx: GraphQLContext) => {
    const files = await workbookFiles(contentBase64);
    const { snapshot, result } = await importData(ctx.service.as(ctx.principal, ctx.operation), files, dryRun ?? false);
    ctx.snapshot = snapshot;
    return result;
  },
};
