/** The import view's GraphQL: the template, a dry run or an import of CSV files or one workbook, likely duplicates. */
const REPORT = 'status counts { file created updated unchanged } errors { file line column code message } graphVersion';

export const TEMPLATE_QUERY = `query ImportTemplate($format: ExportFormat!) { importTemplate(format: $format) { name mediaType contentBase64 } }`;
export const IMPORT_CSV = `mutation ImportCsv($files: [ImportFileInput!]!, $dryRun: Boolean) { report: importData(files: $files, dryRun: $dryRun) { ${REPORT} } }`;
export const IMPORT_XLSX = `mutation ImportWorkbook($content: String!, $dryRun: Boolean) { report: importWorkbook(contentBase64: $content, dryRun: $dryRun) { ${REPORT} } }`;
export const DUPLICATES = `query ImportDuplicates($files: [ImportFileInput!], $content: String) {
  importDuplicates(files: $files, contentBase64: $content) { file line name existing { id name area { name } } }
}`;

export interface ImportReport {
  readonly status: 'APPLIED' | 'REJECTED' | 'DRY_RUN';
  readonly counts: readonly { file: string; created: number; updated: number; unchanged: number }[];
  readonly errors: readonly { file: string; line: number; column: string | null; code: string; message: string }[];
  readonly graphVersion: number;
}
export interface LikelyDuplicate {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly existing: { readonly id: string; readonly name: string; readonly area: { readonly name: string } | null };
}
