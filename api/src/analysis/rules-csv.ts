/** Reading a rules file (CSV with a header row), with errors that name the file and line. */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export function readRuleRows<T>(csv: string, file: string, schema: z.ZodType<T>): { rules: T[]; problems: string[] } {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new Error(`${file} line ${e.lines ?? '?'}: not readable as CSV (${e.message ?? 'syntax error'}); quote cells that contain commas`);
  }
  const rules: T[] = [];
  const problems: string[] = [];
  records.forEach((record, i) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) rules.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${file} line ${i + 2}, column ${String(issue.path[0] ?? '?')}: ${issue.message}`);
  });
  return { rules, problems };
}
