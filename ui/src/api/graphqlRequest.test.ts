import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv';
import { describeError } from './describeError';
import { GraphQLRequestError, graphqlRequest } from './graphqlRequest';

type Call = { url: string; init: RequestInit | undefined };

function stubFetch(respond: () => Response | Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    return respond();
  };
  return { fetch: fake, calls };
}

const json = (body: unknown, status = 200, statusText = ''): Response =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('graphqlRequest', () => {
  it('POSTs the query and variables as JSON to /graphql and returns data', async () => {
    const stub = stubFetch(() => json({ data: { stats: { graphVersion: 7 } } }));
    const data = await graphqlRequest<{ stats: { graphVersion: number } }, { id: string }>(
      'query Q($id: ID!) { x }',
      { id: 'a' },
      { fetch: stub.fetch },
    );
    expect(data.stats.graphVersion).toBe(7);
    const [call] = stub.calls;
    expect(call?.url).toBe('/graphql');
    expect(call?.init?.method).toBe('POST');
    expect(new Headers(call?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(call?.init?.body))).toEqual({ query: 'query Q($id: ID!) { x }', variables: { id: 'a' } });
  });

  it('surfaces GraphQL errors even when some data came back', async () => {
    const stub = stubFetch(() => json({ data: { stats: null }, errors: [{ message: 'boom' }, { message: 'again' }] }));
    const error = await failure(graphqlRequest('{ stats { graphVersion } }', undefined, { fetch: stub.fetch }));
    expect(error.kind).toBe('graphql');
    expect(error.message).toBe('boom; again');
  });

  it('reads the GraphQL errors of a 400 response rather than just its status', async () => {
    const stub = stubFetch(() => json({ errors: [{ message: 'Cannot query field "nope" on type "Query".' }] }, 400));
    const error = await failure(graphqlRequest('{ nope }', undefined, { fetch: stub.fetch }));
    expect(error).toMatchObject({ kind: 'graphql', status: 400 });
    expect(error.message).toContain('Cannot query field "nope"');
  });

  it('turns an HTTP error without a GraphQL body into an http error', async () => {
    const stub = stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await failure(graphqlRequest('{ stats { graphVersion } }', undefined, { fetch: stub.fetch }));
    expect(error).toMatchObject({ kind: 'http', status: 502, message: 'HTTP 502 Bad Gateway' });
  });

  it('turns a refused connection into a network error', async () => {
    const stub = stubFetch(() => Promise.reject(new TypeError('fetch failed')));
    const error = await failure(graphqlRequest('{ stats { graphVersion } }', undefined, { fetch: stub.fetch }));
    expect(error).toMatchObject({ kind: 'network', message: 'Network error: fetch failed' });
  });

  it('rejects a 200 response without data', async () => {
    const stub = stubFetch(() => new Response('not json', { status: 200 }));
    const error = await failure(graphqlRequest('{ stats { graphVersion } }', undefined, { fetch: stub.fetch }));
    expect(error.kind).toBe('invalid-response');
  });

  it('lets an abort through untouched', async () => {
    const controller = new AbortController();
    controller.abort();
    const stub = stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(
      graphqlRequest('{ x }', undefined, { fetch: stub.fetch, signal: controller.signal }),
    ).rejects.toSatisfy((error: unknown) => error instanceof DOMException && error.name === 'AbortError');
  });
});

describe('describeError', () => {
  it('says in Swedish what happened and keeps the technical detail', () => {
    const described = describeError(new GraphQLRequestError('network', 'Network error: fetch failed'), sv);
    expect(described).toEqual({ summary: 'Servern svarade inte.', detail: 'Network error: fetch failed' });
  });

  it('handles errors that did not come from the request helper', () => {
    expect(describeError(new Error('odd'), sv).detail).toBe('odd');
    expect(describeError('plain', sv).detail).toBe('plain');
  });
});
