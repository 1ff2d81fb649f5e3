/**
 * The import template as one XLSX workbook (exceljs): a sheet per file, named after it without
 * `.csv`, with drop-down lists for the columns that take one value of a closed vocabulary; and
 * the way back, a workbook read into the CSV files the one importer takes.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { nodePropsSchemas, relPropsSchemas } from '../domain/model.js';
import type { ImportFile } from '../import/csv-import.js';
import { TEMPLATE } from '../import/template.js';
import { toCsv, type Table } from './template-rows.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sheetName = (file: string) => file.replace(/\.csv$/, '');

/** The values a column takes when it takes exactly one of a closed list (kind, sector, status …). */
function enumValues(file: string, column: string): readonly string[] | undefined {
  const spec = TEMPLATE.find((s) => s.file === file);
  if (!spec) return undefined;
  const renamed = spec.kind === 'rel' ? Object.entries(spec.renamed ?? {}).find(([, c]) => c === column)?.[0] : undefined;
  const shape: Record<string, z.ZodType> = spec.kind === 'node' ? nodePropsSchemas[spec.label].shape : relPropsSchemas[spec.type].shape;
  let schema = shape[renamed ?? column] as unknown as { options?: readonly string[]; unwrap?: () => unknown } | undefined;
  if (schema?.unwrap && !schema.options) schema = schema.unwrap() as typeof schema;
  return Array.isArray(schema?.options) ? schema.options : undefined;
}

export async function workbookOf(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aktörskartan';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.file));
    sheet.addRow([...table.columns]);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) sheet.addRow([...row]);
    const last = Math.max(table.rows.length + 1, 500);
    table.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = Math.min(40, Math.max(12, column.length + 2));
      sheet.getColumn(index + 1).numFmt = '@'; // text: "2024-12-31" and "0100" stay as typed
      const values = enumValues(table.file, column);
      if (!values) return;
      const letter = sheet.getColumn(index + 1).letter;
      // One validation over the column's range (exceljs writes it once, not per cell).
      (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${last}`, {
        type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: true,
        errorTitle: column, error: values.join(', '),
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as the text the importer reads: dates as YYYY-MM-DD, booleans as true/false. */
function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** Each sheet named like a template file becomes that CSV file; other sheets (notes) are left out. */
export async function filesOfWorkbook(content: Buffer): Promise<ImportFile[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const known = new Set(TEMPLATE.map((s) => sheetName(s.file)));
  const files: ImportFile[] = [];
  workbook.eachSheet((sheet) => {
    const name = sheet.name.trim().toLowerCase();
    if (!known.has(name)) return;
    const width = sheet.getRow(1).cellCount;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells = Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1).value).trim());
      // Lines keep their numbers (an error names the line the reader sees); trailing blank rows go.
      while (rows.length < number - 1) rows.push(Array.from({ length: width }, () => ''));
      rows.push(cells);
    });
    while (rows.length > 1 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
    // A blank row becomes a blank line, which the importer skips without renumbering the rest.
    const content = rows.map((cells) => (cells.every((c) => c === '') ? '' : toCsv({ file: name, columns: cells, rows: [] }).trimEnd())).join('\n');
    files.push({ name: `${name}.csv`, content: `${content}\n` });
  });
  return files;
}
