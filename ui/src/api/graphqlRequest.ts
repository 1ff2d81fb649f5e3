/** A small typed GraphQL-over-HTTP client: POST JSON, and every failure becomes one Error with a message. */

export type GraphQLFailureKind = 'network' | 'http' | 'graphql' | 'invalid-response';

/** Why a request failed; `message` is the technical detail (in English, as the server said it). */
export class GraphQLRequestError extends Error {
  readonly kind: GraphQLFailureKind;
  readonly status: number | undefined;

  constructor(kind: GraphQLFailureKind, message: string, status?: number) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.kind = kind;
    this.status = status;
  }
}

export interface GraphQLRequestOptions {
  endpoint?: string;
  signal?: AbortSignal;
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

interface GraphQLErrorEntry {
  message?: unknown;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function errorMessages(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((entry: unknown) => {
    const message = isObject(entry) ? (entry as GraphQLErrorEntry).message : undefined;
    return typeof message === 'string' && message !== '' ? message : 'Unknown GraphQL error';
  });
}

async function readJson(response: Response): Promise<GraphQLResponseBody | undefined> {
  try {
    const body: unknown = await response.json();
    return isObject(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

export async function graphqlRequest<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  query: string,
  variables?: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const init: RequestInit = {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  };
  if (options.signal !== undefined) init.signal = options.signal;

  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? '/graphql', init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new GraphQLRequestError('network', `Network error: ${detail}`);
  }

  const body = await readJson(response);
  const messages = errorMessages(body?.errors);
  if (messages.length > 0) {
    throw new GraphQLRequestError('graphql', messages.join('; '), response.status);
  }
  if (!response.ok) {
    const text = response.statusText === '' ? '' : ` ${response.statusText}`;
    throw new GraphQLRequestError('http', `HTTP ${response.status}${text}`, response.status);
  }
  if (body === undefined || !isObject(body.data)) {
    throw new GraphQLRequestError('invalid-response', 'The response held no data', response.status);
  }
  return body.data as TData;
}
