/** Saved views, presentations and share links in GraphQL (api/src/presentation/). */
import { AppError } from '../../errors/app-error.js';
import { findingOf, savedViewGraph, type ViewSetParent } from '../../presentation/resolve.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/types.js';

const wrap = (set: ViewSetParent['set']): ViewSetParent => ({ set });

export const presentationQueryResolvers: QueryResolvers = {
  viewSets: async (_, __, { viewSets }) => (await viewSets.list()).map(wrap),
  viewSet: async (_, { id }, { viewSets }) => {
    const set = await viewSets.get(id);
    return set ? wrap(set) : null;
  },
  // Open to anyone (auth/policy.ts): the token is the permission, and it opens this view set only.
  sharedViewSet: async (_, { token }, { viewSets }) => {
    const set = await viewSets.byToken(token);
    if (!set) throw AppError.notFound('shared presentation', 'this link', 'token');
    return wrap(set);
  },
};

export const presentationMutationResolvers: MutationResolvers = {
  createViewSet: async (_, { input }, { viewSets }) => wrap(await viewSets.create(input)),
  updateViewSet: async (_, { id, input }, { viewSets }) => wrap(await viewSets.update(id, input)),
  addSavedView: async (_, { viewSetId, view }, { viewSets }) => wrap(await viewSets.addView(viewSetId, view)),
  deleteViewSet: (_, { id }, { viewSets }) => viewSets.delete(id),
  shareViewSet: async (_, { id }, { viewSets }) => {
    const { set, token } = await viewSets.share(id);
    return { viewSet: wrap(set), token, path: `/visning/${token}` };
  },
  revokeViewSetShare: async (_, { id }, { viewSets }) => wrap(await viewSets.revokeShare(id)),
};

export const presentationTypeResolvers: Resolvers = {
  ViewSet: {
    id: ({ set }) => set.id,
    title: ({ set }) => set.title,
    showPersonNames: ({ set }) => set.showPersonNames,
    views: ({ set }) => set.views.map((view) => ({ set, view })),
    shared: ({ set }) => set.shareId !== null,
    sharedAt: ({ set }) => set.sharedAt,
    createdAt: ({ set }) => set.createdAt,
    updatedAt: ({ set }) => set.updatedAt,
  },
  SavedView: {
    id: ({ view }) => view.id,
    caption: ({ view }) => view.caption,
    state: ({ view }) => view.state,
    viewBox: ({ view }) => view.viewBox,
    graph: (parent, _, { snapshot }) => savedViewGraph(snapshot, parent),
    finding: ({ view }, _, { snapshot, analysis }) => {
      const id = findingOf(view);
      return id === null ? null : (analysis.analyse(snapshot).findings.find((f) => f.id === id) ?? null);
    },
  },
};
