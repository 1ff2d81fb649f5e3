/**
 * Limits on one operation, checked before execution: how deep it walks, how many root fields and
 * aliases it has, and what it costs — priced by the map it will run on, since `graph` or `actors`
 * does work in proportion to the map, not to the query text. Refusals are BAD_USER_INPUT with a
 * stable `reason`. Then, with sign-in on, the operation's cost is spent from its caller's request
 * budget (budget.ts); an empty budget is RATE_LIMITED, HTTP 429 with Retry-After.
 * Page sizes are capped separately (500) by the list resolvers; the document's tokens and
 * directives before parsing (document-limits.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType, GraphQLError, isListType, isObjectType, Kind,
  type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { describePrincipal } from '../auth/principal.js';
import type { RequestBudget } from './budget.js';

export const MAX_DEPTH = 12;
/** The least an operation may cost, whatever the map (on a large map, see maxCostOf). */
export const MAX_COST = 500_000;
/** An operation may read the whole map, every field, this many times over. */
export const WHOLE_MAP_READS = 2;
/** The UI batches up to 100 actors' routes in one operation, one alias each. */
export const MAX_ALIASES = 100;
export const MAX_ROOT_FIELDS = 100;
/** Lists whose length is not known before they run (an actor's memberships) count as this long. */
export const ASSUMED_LIST_LENGTH = 10;

export type LimitReason = 'TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_ROOT_FIELDS' | 'TOO_COSTLY';

/** What the cost model needs to know of the map: how many records of each kind it holds. */
export interface MapSize {
  readonly nodes: number;
  readonly rels: number;
  count(label: NodeLabel): number;
  countRels(type: RelationshipType): number;
}

export function mapSizeOf(snapshot: GraphQLContext['snapshot']): MapSize {
  return {
    nodes: snapshot.nodes.size,
    rels: snapshot.rels.size,
    count: (label) => snapshot.all(label).length,
    countRels: (type) => snapshot.relsOfType(type).length,
  };
}

const whole = (s: MapSize) => s.nodes + s.rels;
/** The work a root field does before it returns anything: what it filters, sorts or walks. */
const WORK: Readonly<Record<string, (s: MapSize) => number>> = {
  'Query.graph': whole,
  'Query.neighbourhood': whole,
  'Query.stats': whole,
  'Query.actors': (s) => s.count('Actor'),
  'Query.networks': (s) => s.count('Network'),
  'Query.referralPaths': (s) => s.countRels('REFERS_TO'),
  // Cached per graph version, but the first caller pays for the whole analysis.
  'Query.analysis': whole,
  'Query.networkOverlaps': whole,
  'Query.brokers': whole,
  'Query.suggestedLinks': whole,
};
/** Unpaged lists whose length the map says (an upper bound for a filtered `graph`). */
const LENGTH: Readonly<Record<string, (s: MapSize) => number>> = {
  'GraphView.nodes': (s) => s.nodes,
  'GraphView.edges': (s) => s.rels,
  'Query.areas': (s) => s.count('Area'),
  'Query.topics': (s) => s.count('Topic'),
  'Query.routines': (s) => s.count('Routine'),
  'Query.programmes': (s) => s.count('Programme'),
  'Query.persons': (s) => s.count('Person'),
};

/**
 * A field costs 1, plus the work it does, plus its children once per item: `first` items when it
 * is paged, the map's count for the lists above, ASSUMED_LIST_LENGTH for any other list.
 */
function mapEstimator(size: MapSize): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    const work = WORK[key]?.(size) ?? 0;
    const length = typeof args['first'] === 'number' ? Math.max(1, args['first'])
      : LENGTH[key]?.(size) ?? (isListType(getNullableType(field.type)) ? ASSUMED_LIST_LENGTH : null);
    if (length === null) return work > 0 ? 1 + work + childComplexity : undefined;
    return 1 + work + length * Math.max(1, childComplexity);
  };
}

/** The cap for one operation on a map of this size: never below MAX_COST. */
export function maxCostOf(schema: GraphQLSchema, size: MapSize): number {
  const fieldsOf = (name: string) => {
    const type = schema.getType(name);
    return isObjectType(type) ? Object.keys(type.getFields()).length : 0;
  };
  const wholeMap = 1 + size.nodes * (1 + fieldsOf('GraphNode')) + size.rels * (1 + fieldsOf('GraphEdge'));
  return Math.max(MAX_COST, WHOLE_MAP_READS * wholeMap);
}

interface Shape {
  depth: number;
  aliases: number;
  rootFields: number;
}

/** Depth, aliases (through fragments, once per spread) and root fields of an operation. */
function shapeOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, root: boolean, seen: ReadonlySet<string> = new Set()): Shape {
  const shape: Shape = { depth: 0, aliases: 0, rootFields: 0 };
  const add = (inner: Shape, levels: number) => {
    shape.depth = Math.max(shape.depth, inner.depth + levels);
    shape.aliases += inner.aliases;
    shape.rootFields += inner.rootFields;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (root) shape.rootFields += 1;
      if (selection.alias) shape.aliases += 1;
      // GraphiQL's introspection nests type references deeply; it is bounded by the schema itself.
      if (selection.name.value.startsWith('__')) continue;
      add(selection.selectionSet ? shapeOf(selection.selectionSet, fragments, false, seen) : { depth: 0, aliases: 0, rootFields: 0 }, 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      add(shapeOf(selection.selectionSet, fragments, root, seen), 0);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment && !seen.has(fragment.name.value)) add(shapeOf(fragment.selectionSet, fragments, root, new Set([...seen, fragment.name.value])), 0);
    }
  }
  return shape;
}

const refuse = (reason: LimitReason, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });

/** Whose budget an operation spends: the account, or the address of anyone not signed in. */
function budgetKey(context: GraphQLContext): string {
  const { principal } = context;
  return principal.kind === 'anonymous' ? `address:${context.address}` : describePrincipal(principal).id;
}

export function limitsPlugin(schema: GraphQLSchema, budget: RequestBudget | null): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const shape = shapeOf(operation.selectionSet, fragments, true);
          if (shape.depth > MAX_DEPTH) throw refuse('TOO_DEEP', `The query is ${shape.depth} levels deep; at most ${MAX_DEPTH} are allowed.`);
          if (shape.aliases > MAX_ALIASES) throw refuse('TOO_MANY_ALIASES', `The operation has ${shape.aliases} aliases; at most ${MAX_ALIASES} are allowed.`);
          if (shape.rootFields > MAX_ROOT_FIELDS) throw refuse('TOO_MANY_ROOT_FIELDS', `The operation has ${shape.rootFields} root fields; at most ${MAX_ROOT_FIELDS} are allowed.`);
          const size = mapSizeOf(contextValue.snapshot);
          let cost: number;
          try {
            cost = getComplexity({
              schema, query: document, variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [mapEstimator(size), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: graphql-js reports them as bad input next.
            return;
          }
          const maxCost = maxCostOf(schema, size);
          if (cost > maxCost) {
            throw refuse('TOO_COSTLY', `The query would cost ${cost} on this map; at most ${maxCost} is allowed. Ask for smaller pages, fewer aliases or fewer nested lists.`);
          }
          if (!budget) return;
          // In units of "one operation at the cap", so the budget means the same on any map.
          const spent = budget.spend(budgetKey(contextValue), cost / maxCost);
          if (!spent.ok) {
            const error = new AppError(ErrorCode.RATE_LIMITED, `Too many costly requests; try again in ${spent.retryAfterSeconds} s.`);
            throw new GraphQLError(error.message, {
              originalError: error,
              extensions: { code: error.code, retryAfter: spent.retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(spent.retryAfterSeconds)]]) } },
            });
          }
        },
      };
    },
  };
}
