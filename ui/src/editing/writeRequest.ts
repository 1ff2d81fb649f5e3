/**
 * Writes from the UI: a GraphQL mutation whose failure keeps the API's stable code and the fields
 * it names (extensions.fields), so a form can put each message next to its field. A write that
 * lands bumps the revision (revision.ts) so every view asks again.
 */
import { bumpRevision } from './revision';

export type WriteErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL' | 'NETWORK'
  /** The undo of a delete: a link's other end is gone since; nothing was written. */
  | 'LINK_END_GONE';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class WriteError extends Error {
  readonly code: WriteErrorCode;
  readonly fields: readonly FieldProblem[];

  constructor(code: WriteErrorCode, message: string, fields: readonly FieldProblem[] = []) {
    super(message);
    this.name = 'WriteError';
    this.code = code;
    this.fields = fields;
  }
}

const KNOWN: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL', 'LINK_END_GONE']);

interface ErrorEntry { message?: unknown; extensions?: { code?: unknown; fields?: unknown } }

function toWriteError(entry: ErrorEntry): WriteError {
  const code = typeof entry.extensions?.code === 'string' && KNOWN.has(entry.extensions.code) ? (entry.extensions.code as WriteErrorCode) : 'INTERNAL';
  const raw = Array.isArray(entry.extensions?.fields) ? (entry.extensions.fields as unknown[]) : [];
  const fields = raw.flatMap((f): FieldProblem[] => {
    if (typeof f !== 'object' || f === null) return [];
    const { field, message } = f as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
  return new WriteError(code, typeof entry.message === 'string' ? entry.message : 'Unknown error', fields);
}

/** Reads (no revision bump) and writes share the error handling; `write` marks a mutation. */
export async function request<T>(query: string, variables: Record<string, unknown>, write: boolean): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new WriteError('NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  let body: { data?: unknown; errors?: ErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const errors = (body?.errors ?? []).map(toWriteError);
  const first = errors[0];
  // GraphQL reports each bad variable as an error of its own: one WriteError names them all.
  if (first) throw new WriteError(first.code, errors.map((e) => e.message).join('; '), errors.flatMap((e) => e.fields));
  if (!response.ok || typeof body?.data !== 'object' || body.data === null) throw new WriteError('INTERNAL', `HTTP ${response.status}`);
  if (write) bumpRevision();
  return body.data as T;
}

export const write = <T>(query: string, variables: Record<string, unknown>): Promise<T> => request<T>(query, variables, true);
export const read = <T>(query: string, variables: Record<string, unknown>): Promise<T> => request<T>(query, variables, false);

/** The input field a problem names, without its argument prefix: `input.name` → `name`. */
export const fieldName = (problem: FieldProblem): string => problem.field.replace(/^(input|patch)\./, '').split('.')[0] ?? problem.field;
