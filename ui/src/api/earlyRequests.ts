/**
 * Requests sent before React mounts (boot.ts), handed to the first hook that asks the same
 * question with the same variables. Each is taken once: asking again (a reload, a write, a
 * stale analysis) goes to the server as before.
 */
import { graphqlRequest } from './graphqlRequest';

const early = new Map<string, Promise<unknown>>();
const keyOf = (query: string, variablesKey: string): string => `${variablesKey}\n${query}`;

export function askEarly<T, V extends Record<string, unknown>>(query: string, variables: V): Promise<T> {
  const answer = graphqlRequest<T, V>(query, variables);
  // A failure is reported by the hook that takes the answer, not here.
  answer.catch(() => undefined);
  early.set(keyOf(query, JSON.stringify(variables)), answer);
  return answer;
}

/** The early answer to this query, if one was asked for and nobody took it yet. */
export function takeEarly<T>(query: string, variablesKey: string): Promise<T> | undefined {
  const key = keyOf(query, variablesKey);
  const answer = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return answer;
}
