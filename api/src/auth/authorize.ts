/**
 * Enforces auth/policy.ts for every operation, before execution: each root field (fragments
 * included) is checked against the caller's role. Resolvers never check roles themselves.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues, GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, neededFor, outsideAreas, type AreaMap } from './policy.js';
import { allows } from './principal.js';

export function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection.name.value];
      case Kind.INLINE_FRAGMENT:
        return rootFields(selection.selectionSet, fragments, seen);
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) return [];
        seen.add(name);
        return rootFields(fragment.selectionSet, fragments, seen);
      }
      default:
        return [];
    }
  });
}

/** The root field nodes of a selection (fragments included), for reading their arguments. */
function rootFieldNodes(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNodes(selection.selectionSet, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    return rootFieldNodes(fragment.selectionSet, fragments, seen);
  });
}

export function areaMapOf(snapshot: MapSnapshot): AreaMap {
  return {
    areaOf: (id) => (snapshot.nodeOf('Area', id) ? id : snapshot.areaOf(id)?.id ?? null),
    endsOf: (id) => { const r = snapshot.rels.get(id); return r ? [r.from, r.to] : null; },
    within: (areaId) => snapshot.areaSubtree(areaId),
  };
}

function areaCheck(schema: GraphQLSchema, nodes: readonly FieldNode[], variables: Record<string, unknown>, areas: readonly string[], snapshot: MapSnapshot): string | null {
  const mutation = schema.getMutationType();
  if (!mutation) return null;
  const map = areaMapOf(snapshot);
  for (const node of nodes) {
    const definition = mutation.getFields()[node.name.value];
    if (!definition) continue;
    const outside = outsideAreas(areas, node.name.value, getArgumentValues(definition, node, variables), map);
    if (outside !== null) return `${node.name.value}: ${outside}`;
  }
  return null;
}

export function authorizationPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, document, contextValue, schema, request }) {
          if (!operation) return;
          const type = operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'query' ? 'Query' : null;
          if (!type) throw new GraphQLError('Subscriptions are not offered', { extensions: { code: 'BAD_USER_INPUT' } });
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const { principal } = contextValue;
          const fields = rootFields(operation.selectionSet, fragments);
          contextValue.operation = operationName ?? fields.join(',');
          if (principal.kind === 'account' && principal.mustChangePassword) {
            const held = fields.find((field) => !ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${type}.${field}`));
            if (held !== undefined) {
              const error = new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Choose your own password first (at /auth/password): a one-time password gives access to nothing else.');
              throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 403 } } });
            }
          }
          for (const field of fields) {
            const needed = neededFor(type, field);
            if (allows(principal, needed)) continue;
            const anonymous = principal.kind === 'anonymous';
            const error = anonymous
              ? new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to use Aktörskartan.')
              : new AppError(ErrorCode.FORBIDDEN, `Your role may not use ${type === 'Query' ? 'the query' : 'the mutation'} ${field} (it needs ${needed}).`);
            throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: anonymous ? 401 : 403 } } });
          }
          // An editor limited to areas writes only inside them (and what lies within).
          const areas = principal.kind === 'account' ? principal.areas : undefined;
          if (type === 'Mutation' && areas && areas.length > 0) {
            const outside = areaCheck(schema, rootFieldNodes(operation.selectionSet, fragments), request.variables ?? {}, areas, contextValue.snapshot);
            if (outside !== null) {
              const field = outside.split(': ')[1] ?? outside;
              const error = new AppError(ErrorCode.FORBIDDEN, `You may change only ${areas.join(', ')} and what lies within (${outside}).`, [{ field, message: 'outside the areas you may change' }]);
              throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 403 } } });
            }
          }
        },
      };
    },
  };
}
