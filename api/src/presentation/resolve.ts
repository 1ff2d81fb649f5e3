/**
 * What a saved view shows, resolved on the server: the filtered map narrowed to the focus, and the
 * finding it draws. A shared presentation reads only this (its token opens no other query), and
 * person nodes are named "Person" unless the view set chose to show names.
 */
import { AppError, ErrorCode } from '../errors/app-error.js';
import { filteredGraph, neighbourhood, type GraphViewRecord } from '../readmodel/graph-view.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { SavedViewRecord, ViewSetRecord } from './view-sets.js';
import { parseViewState } from './view-state.js';

export interface ViewSetParent {
  readonly set: ViewSetRecord;
}
export interface SavedViewParent {
  readonly set: ViewSetRecord;
  readonly view: SavedViewRecord;
}

const PERSON_LABEL = 'Person';

/** The neighbourhood of `focus` within a view, `depth` links deep. */
function around(view: GraphViewRecord, focus: string, depth: number): GraphViewRecord {
  const keep = new Set([focus]);
  let frontier = [focus];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const e of view.edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (frontier.includes(a) && !keep.has(b)) {
          keep.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return { graphVersion: view.graphVersion, nodes: view.nodes.filter((n) => keep.has(n.id)), edges: view.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

export function savedViewGraph(snapshot: MapSnapshot, { set, view }: SavedViewParent): GraphViewRecord {
  const state = parseViewState(view.state, 'state');
  let graph: GraphViewRecord;
  try {
    const base = filteredGraph(snapshot, state.filter);
    if (state.focus === null) graph = base;
    else if (base.nodes.some((n) => n.id === state.focus)) graph = around(base, state.focus, state.depth);
    else graph = neighbourhood(snapshot, state.focus, state.depth);
  } catch (error) {
    // The area, topic or focus was deleted since the view was saved: the slide shows an empty map.
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return { graphVersion: snapshot.graphVersion, nodes: [], edges: [] };
    throw error;
  }
  if (set.showPersonNames) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.type === 'PERSON' ? { ...n, label: PERSON_LABEL } : n)) };
}

export const findingOf = (view: SavedViewRecord): string | null => parseViewState(view.state, 'state').finding;
