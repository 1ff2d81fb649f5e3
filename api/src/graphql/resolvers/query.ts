/** The read side: everything comes from the request's snapshot. */
import { AppError } from '../../errors/app-error.js';
import { filteredGraph, labelOfType, neighbourhood, nodeTypeOf } from '../../readmodel/graph-view.js';
import { listActors, listNetworks, paginate, type Page } from '../../readmodel/lists.js';
import { referralPaths } from '../../readmodel/paths.js';
import { searchIndexOf } from '../../readmodel/search.js';
import { stats } from '../../readmodel/stats.js';
import type { NodeLabel } from '../../domain/vocabulary.js';
import type { QueryResolvers } from '../generated/types.js';

const byName = new Intl.Collator('sv');
const MAX_SEARCH_HITS = 100;
const MAX_SEARCH_TEXT = 200;

const connection = <T>(page: Page<T>) => ({
  edges: page.items.map((i) => ({ cursor: i.cursor, node: i.node })),
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  totalCount: page.totalCount,
});

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { snapshot }) => snapshot.node(id) ?? null,
  actor: (_, { id }, { snapshot }) => snapshot.nodeOf('Actor', id) ?? null,
  network: (_, { id }, { snapshot }) => snapshot.nodeOf('Network', id) ?? null,
  person: (_, { id }, { snapshot }) => snapshot.nodeOf('Person', id) ?? null,
  area: (_, { id }, { snapshot }) => snapshot.nodeOf('Area', id) ?? null,
  topic: (_, { id }, { snapshot }) => snapshot.nodeOf('Topic', id) ?? null,
  routine: (_, { id }, { snapshot }) => snapshot.nodeOf('Routine', id) ?? null,
  programme: (_, { id }, { snapshot }) => snapshot.nodeOf('Programme', id) ?? null,
  membership: (_, { id }, { snapshot }) => snapshot.relOf('MEMBER_OF', id) ?? null,
  referral: (_, { id }, { snapshot }) => snapshot.relOf('REFERS_TO', id) ?? null,

  actors: (_, { filter, sort, first, after }, { snapshot }) =>
    connection(paginate(listActors(snapshot, filter), sort, first, after)),
  networks: (_, { filter, sort, first, after }, { snapshot }) =>
    connection(paginate(listNetworks(snapshot, filter), sort, first, after)),
  areas: (_, __, { snapshot }) => [...snapshot.all('Area')].sort((a, b) => byName.compare(a.name, b.name)),
  topics: (_, __, { snapshot }) => [...snapshot.all('Topic')].sort((a, b) => byName.compare(a.name, b.name)),
  routines: (_, __, { snapshot }) => [...snapshot.all('Routine')].sort((a, b) => byName.compare(a.name, b.name)),
  programmes: (_, __, { snapshot }) => [...snapshot.all('Programme')].sort((a, b) => byName.compare(a.name, b.name)),
  persons: (_, __, { snapshot }) => [...snapshot.all('Person')].sort((a, b) => byName.compare(a.pseudonym, b.pseudonym)),

  search: (_, { text, first, types }, { snapshot }) => {
    const size = first ?? 20;
    if (size < 1 || size > MAX_SEARCH_HITS) throw AppError.badInput([{ field: 'first', message: `must be between 1 and ${MAX_SEARCH_HITS}` }]);
    if (text.length > MAX_SEARCH_TEXT) throw AppError.badInput([{ field: 'text', message: `at most ${MAX_SEARCH_TEXT} characters` }]);
    if (text.trim() === '') return [];
    const labels = (types ?? []).map(labelOfType).filter((l): l is NodeLabel => l !== undefined);
    return searchIndexOf(snapshot)
      .search(text, size, labels)
      .map(({ node, score }) => {
        const area = snapshot.areaOf(node.id);
        const kind = 'kind' in node ? node.kind : null;
        return {
          id: node.id,
          type: nodeTypeOf(node.label),
          label: node.label === 'Person' ? node.pseudonym : node.name,
          detail: [kind, area?.name].filter(Boolean).join(' · ') || null,
          score,
        };
      });
  },
  graph: (_, { filter }, { snapshot }) => filteredGraph(snapshot, filter),
  neighbourhood: (_, { id, depth }, { snapshot }) => neighbourhood(snapshot, id, depth ?? 1),
  referralPaths: (_, { from, to, toKinds, maxHops }, { snapshot }) => {
    if ((to ? 1 : 0) + (toKinds?.length ? 1 : 0) !== 1) {
      throw AppError.badInput([{ field: 'to', message: 'give either to (an actor) or toKinds (actor kinds), not both or neither' }]);
    }
    return referralPaths(snapshot, from, to ? { id: to } : { kinds: toKinds ?? [] }, maxHops ?? 4);
  },
  stats: (_, __, { snapshot }) => stats(snapshot),
};
