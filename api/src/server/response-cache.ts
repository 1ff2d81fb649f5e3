/**
 * Every query is a pure function of the snapshot it reads, so its result can be reused until the
 * graph version moves. The map UI asks for the same `graph` again and again; executing it costs
 * ~25 ms on the Jämtland map, serving it from here ~2 ms. Mutations and errors are never cached.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind, type DocumentNode, type FormattedExecutionResult, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { rootFields } from '../auth/authorize.js';
import type { GraphQLContext } from '../graphql/context.js';

const MAX_ENTRIES = 200;
/**
 * Root fields that read something besides the snapshot (who is asking, accounts, tokens, the
 * audit log): an operation using any of them is never cached. A new field of that sort must be
 * added here; the test in test/api/response-cache.test.ts lists them too.
 */
export const NOT_FROM_SNAPSHOT: ReadonlySet<string> = new Set([
  'me', 'accounts', 'apiTokens', 'auditLog',
  // Saved views live beside the map: a revoked share link must stop working at once.
  'viewSets', 'viewSet', 'sharedViewSet',
]);
/** Large variable sets (an import's files) are not worth a key. */
const MAX_KEY_LENGTH = 20_000;

function cacheable(operation: OperationDefinitionNode, document: DocumentNode | undefined): boolean {
  if (operation.operation !== 'query' || !document) return false;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return rootFields(operation.selectionSet, fragments).every((field) => !NOT_FROM_SNAPSHOT.has(field));
}

/** The data of cached answers, and their JSON once written out: a hit is not serialised again. */
const cachedData = new WeakSet<object>();
const cachedJson = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: as Apollo's own (`JSON.stringify(value) + newline`), but the whole
 * map as JSON (~40 ms nationally, a few ms on the demo map, on the event loop) is written once
 * per cached answer instead of once per request.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const { data } = value;
  const memo = data && !value.errors && !value.extensions && cachedData.has(data);
  if (memo) {
    const hit = cachedJson.get(data);
    if (hit !== undefined) return hit;
  }
  const json = `${JSON.stringify(value)}\n`;
  if (memo) cachedJson.set(data, json);
  return json;
}

export function responseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  let version = -1;
  const entries = new Map<string, FormattedExecutionResult>();

  const keyOf = (source: string | undefined, operationName: string | null | undefined, variables: unknown): string | null => {
    if (!source) return null;
    // The analysis counts days (staleness, project ends): a new day is a new answer.
    const today = new Date().toISOString().slice(0, 10);
    let vars: string;
    try {
      vars = JSON.stringify(variables ?? {});
    } catch {
      return null; // nested too deep to stringify: not worth caching (and not worth failing over)
    }
    const key = `${today}\u0000${operationName ?? ''}\u0000${source}\u0000${vars}`;
    return key.length <= MAX_KEY_LENGTH ? key : null;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          if (!rc.operation || !cacheable(rc.operation, rc.document)) return null;
          if (rc.contextValue.snapshot.graphVersion !== version) return null;
          const key = keyOf(rc.source, rc.operationName, rc.request.variables);
          const hit = key ? entries.get(key) : undefined;
          if (!hit || !key) return null;
          entries.delete(key);
          entries.set(key, hit); // most recently used last
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit } };
        },
        async willSendResponse(rc) {
          if (!rc.operation || !cacheable(rc.operation, rc.document) || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length) return;
          // Answered from an analysis of an older map (right after a write): ask again next time.
          if (rc.contextValue.analysisNote.stale) return;
          const key = keyOf(rc.source, rc.operationName, rc.request.variables);
          if (!key) return;
          const snapshotVersion = rc.contextValue.snapshot.graphVersion;
          if (snapshotVersion !== version) {
            entries.clear();
            version = snapshotVersion;
          }
          entries.set(key, result);
          if (result.data) cachedData.add(result.data);
          if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        },
      };
    },
  };
}
