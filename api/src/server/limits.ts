/**
 * Query depth and cost limits, checked before execution: a request that would walk the graph
 * too deep or ask for too much is refused with BAD_USER_INPUT, whoever sends it. Page sizes are
 * capped separately (500) by the list resolvers.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, Kind, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 12;
export const MAX_COST = 500_000;

function depthOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string> = new Set()): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // GraphiQL's introspection nests type references deeply; it is bounded by the schema itself.
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment && !seen.has(fragment.name.value)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

/** Lists without `first` (an actor's memberships, a network's members) are counted as this long. */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * A list asked for with `first: n` costs n times its items, any other list ASSUMED_LIST_LENGTH
 * times; every other field costs 1 plus its children.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args['first'] === 'number') return 1 + Math.max(1, args['first']) * Math.max(1, childComplexity);
  return isListType(getNullableType(field.type)) ? 1 + ASSUMED_LIST_LENGTH * Math.max(1, childComplexity) : undefined;
};

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

export function limitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const depth = depthOf(operation.selectionSet, fragments);
          if (depth > MAX_DEPTH) throw refuse(`The query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`);
          let cost: number;
          try {
            cost = getComplexity({
              schema, query: document, variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: graphql-js reports them as bad input next.
            return;
          }
          if (cost > MAX_COST) throw refuse(`The query would cost ${cost}; at most ${MAX_COST} is allowed. Ask for smaller pages or fewer nested lists.`);
        },
      };
    },
  };
}
