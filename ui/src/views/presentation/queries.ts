/** The queries and mutations of saved views and presentations (api: Query.viewSets …, Mutation.createViewSet …). */
import type { FindingLike } from '../../graph/overlay';
import type { ViewBox } from '../../graph/viewBox';
import type { GraphView } from '../../graph/vocabulary';

const SLIDE_FIELDS = `id caption state viewBox { x1 y1 x2 y2 }
      graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } }
      finding { id kind rule severity subjects { nodes relationships } explanation(lang: $lang) areas { id name } }`;

export const PRESENTATION_QUERY = `query Presentation($id: ID!, $lang: Language!) {
  viewSet(id: $id) { id title showPersonNames views { ${SLIDE_FIELDS} } }
}`;
export const SHARED_PRESENTATION_QUERY = `query SharedPresentation($token: String!, $lang: Language!) {
  sharedViewSet(token: $token) { id title showPersonNames views { ${SLIDE_FIELDS} } }
}`;

export interface SlideFinding extends FindingLike {
  readonly severity: string;
  readonly explanation: string;
  readonly areas: readonly { readonly id: string; readonly name: string }[];
}
export interface Slide {
  readonly id: string;
  readonly caption: string;
  readonly state: string;
  readonly viewBox: ViewBox | null;
  readonly graph: GraphView;
  readonly finding: SlideFinding | null;
}
export interface PresentationSet {
  readonly id: string;
  readonly title: string;
  readonly showPersonNames: boolean;
  readonly views: readonly Slide[];
}

export const VIEW_SETS_QUERY = `query ViewSets {
  viewSets { id title showPersonNames shared sharedAt views { id caption state viewBox { x1 y1 x2 y2 } } }
}`;
export interface SavedViewSummary {
  readonly id: string;
  readonly caption: string;
  readonly state: string;
  readonly viewBox: ViewBox | null;
}
export interface ViewSetSummary {
  readonly id: string;
  readonly title: string;
  readonly showPersonNames: boolean;
  readonly shared: boolean;
  readonly sharedAt: string | null;
  readonly views: readonly SavedViewSummary[];
}

const SUMMARY = 'id title showPersonNames shared sharedAt views { id caption state viewBox { x1 y1 x2 y2 } }';
export const CREATE_VIEW_SET = `mutation CreateViewSet($input: ViewSetInput!) { createViewSet(input: $input) { ${SUMMARY} } }`;
export const UPDATE_VIEW_SET = `mutation UpdateViewSet($id: ID!, $input: ViewSetInput!) { updateViewSet(id: $id, input: $input) { ${SUMMARY} } }`;
export const ADD_SAVED_VIEW = `mutation AddSavedView($viewSetId: ID!, $view: SavedViewInput!) { addSavedView(viewSetId: $viewSetId, view: $view) { ${SUMMARY} } }`;
export const DELETE_VIEW_SET = 'mutation DeleteViewSet($id: ID!) { deleteViewSet(id: $id) }';
export const SHARE_VIEW_SET = `mutation ShareViewSet($id: ID!) { shareViewSet(id: $id) { token path viewSet { ${SUMMARY} } } }`;
export const REVOKE_SHARE = `mutation RevokeShare($id: ID!) { revokeViewSetShare(id: $id) { ${SUMMARY} } }`;

/** A view set as the update mutation takes it: the views in the order given. */
export function asInput(set: ViewSetSummary, views: readonly SavedViewSummary[] = set.views, patch: { title?: string; showPersonNames?: boolean } = {}) {
  return {
    title: patch.title ?? set.title,
    showPersonNames: patch.showPersonNames ?? set.showPersonNames,
    views: views.map((v) => ({ caption: v.caption, state: v.state, viewBox: v.viewBox ? { x1: v.viewBox.x1, y1: v.viewBox.y1, x2: v.viewBox.x2, y2: v.viewBox.y2 } : null })),
  };
}
