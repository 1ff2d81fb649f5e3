/**
 * Large imports in steps. Parsing and planning a 50,000-row file takes one to two seconds of CPU;
 * done in one go it would stop the server answering anything (/healthz included) for that long.
 * The plan is written once, as a generator that pauses every thousand rows; the mutation runs it
 * with the event loop free between steps, the seed and tests may run it straight through.
 */
import { parse as parseStream } from 'csv-parse';
import { setImmediate as nextTurn } from 'node:timers/promises';

export const CSV_OPTIONS = { relax_column_count: true, skip_empty_lines: true, info: true } as const;
/** Rows read or planned between two steps. */
export const STEP_ROWS = 1_000;
/** Characters handed to the CSV parser per step (cut at a line end). */
const STEP_CHARS = 128 * 1024;

export interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}
export interface ParseFailure {
  readonly failed: true;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

export function syntaxFailure(error: unknown): ParseFailure {
  const e = error as { lines?: number; message?: string };
  return { failed: true, line: e.lines ?? 1, code: 'CSV_SYNTAX', message: `not readable as CSV: ${e.message ?? 'syntax error'}` };
}

/** csv-parse's streaming parser fed a slice per turn of the event loop; the same records as the sync parser. */
export async function parseCsvInSteps(text: string): Promise<readonly ParsedRecord[] | ParseFailure> {
  const parser = parseStream(CSV_OPTIONS);
  const records: ParsedRecord[] = [];
  let failure: ParseFailure | null = null;
  parser.on('readable', () => {
    for (let r = parser.read() as ParsedRecord | null; r !== null; r = parser.read() as ParsedRecord | null) records.push(r);
  });
  parser.on('error', (error) => {
    failure ??= syntaxFailure(error);
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });
  for (let at = 0; at < text.length && !failure;) {
    // Cut after a line end, so a slice never splits a character (or a surrogate pair).
    const cut = at + STEP_CHARS >= text.length ? text.length : text.lastIndexOf('\n', at + STEP_CHARS) + 1 || text.length;
    const end = cut > at ? cut : text.length;
    parser.write(text.slice(at, end));
    at = end;
    await nextTurn();
  }
  if (!failure) parser.end();
  await ended;
  return failure ?? records;
}

/** Runs a stepped plan straight through. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Runs a stepped plan, letting the event loop turn between steps. */
export async function runStepsAsync<T>(steps: Generator<void, T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await nextTurn();
  }
}
