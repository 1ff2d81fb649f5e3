/**
 * A saved view's map state is the map's own address query (`area=krokom&finding=f-…`, as
 * ui/src/views/map/state.ts writes it), so a saved view opens exactly like a link. Here it is
 * checked (known keys, known vocabularies, bounded lengths) and turned into what the server
 * draws for a presentation or a share link: the graph filter, the focus and the finding.
 */
import { ACTOR_KINDS, LEVELS, RELATIONSHIP_TYPES, SECTORS, type RelationshipType } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { GraphFilterInput } from '../readmodel/graph-view.js';

const KEYS = ['area', 'sectors', 'kinds', 'levels', 'topic', 'rels', 'focus', 'depth', 'select', 'layout', 'finding'] as const;
const LAYOUTS = ['fcose', 'concentric', 'municipality'] as const;
const ID = /^[A-Za-z0-9._:-]{1,200}$/;
export const MAX_STATE_LENGTH = 2000;

/** The map's default relationship types, as the map UI draws them when `rels` is absent. */
const DEFAULT_RELS: readonly RelationshipType[] = ['MEMBER_OF', 'CONVENES', 'REFERS_TO', 'PART_OF'];

/** Which node types each relationship type joins (the same table as the map UI's). */
const REL_ENDPOINTS: Record<RelationshipType, readonly string[]> = {
  MEMBER_OF: ['ACTOR', 'NETWORK'], SITS_IN: ['PERSON', 'NETWORK'], REPRESENTS: ['PERSON', 'ACTOR'],
  CONVENES: ['ACTOR', 'NETWORK'], REFERS_TO: ['ACTOR'], PART_OF: ['ACTOR'], LOCATED_IN: ['ACTOR', 'NETWORK', 'AREA'],
  WITHIN: ['AREA'], ADDRESSES: ['NETWORK', 'TOPIC'], WORKS_ON: ['ACTOR', 'TOPIC'], OFFERS: ['ACTOR', 'PROGRAMME'],
  HAS_ROUTINE: ['ACTOR', 'ROUTINE'], COVERS: ['ROUTINE', 'TOPIC'],
};

export interface ViewState {
  readonly filter: GraphFilterInput;
  readonly focus: string | null;
  readonly depth: number;
  readonly finding: string | null;
  readonly layout: (typeof LAYOUTS)[number];
}

function list<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], field: string): T[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  const values = raw.split(',');
  const bad = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (bad !== undefined) throw AppError.badInput([{ field, message: `${key}: unknown value "${bad.slice(0, 40)}"` }]);
  return values as T[];
}

function id(params: URLSearchParams, key: string, field: string): string | null {
  const raw = params.get(key);
  if (raw === null || raw === '') return null;
  if (!ID.test(raw)) throw AppError.badInput([{ field, message: `${key}: not a valid id` }]);
  return raw;
}

/** Checks a saved view's state; throws BAD_USER_INPUT naming `field` when it is not one the map writes. */
export function parseViewState(state: string, field: string): ViewState {
  if (state.length > MAX_STATE_LENGTH) throw AppError.badInput([{ field, message: `at most ${MAX_STATE_LENGTH} characters` }]);
  const params = new URLSearchParams(state.startsWith('?') ? state.slice(1) : state);
  for (const key of params.keys()) {
    if (key !== 'lang' && !(KEYS as readonly string[]).includes(key)) throw AppError.badInput([{ field, message: `unknown key "${key.slice(0, 40)}"` }]);
  }
  const rels = list(params, 'rels', RELATIONSHIP_TYPES, field);
  const relationshipTypes = rels.length > 0 ? rels : DEFAULT_RELS;
  const nodeTypes = [...new Set(['ACTOR', ...relationshipTypes.flatMap((r) => REL_ENDPOINTS[r])])];
  const sectors = list(params, 'sectors', SECTORS, field);
  const actorKinds = list(params, 'kinds', ACTOR_KINDS, field);
  const levels = list(params, 'levels', LEVELS, field);
  const area = id(params, 'area', field);
  const topic = id(params, 'topic', field);
  const depthRaw = params.get('depth');
  const depth = depthRaw === null ? 1 : Number(depthRaw);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw AppError.badInput([{ field, message: 'depth: must be 1, 2 or 3' }]);
  const layoutRaw = params.get('layout') ?? 'fcose';
  if (!(LAYOUTS as readonly string[]).includes(layoutRaw)) throw AppError.badInput([{ field, message: `layout: unknown value "${layoutRaw.slice(0, 40)}"` }]);
  id(params, 'select', field);
  return {
    filter: {
      ...(area ? { area } : {}), ...(topic ? { topic } : {}),
      ...(sectors.length ? { sectors } : {}), ...(actorKinds.length ? { actorKinds } : {}), ...(levels.length ? { levels } : {}),
      nodeTypes, relationshipTypes,
    },
    focus: id(params, 'focus', field),
    depth,
    finding: id(params, 'finding', field),
    layout: layoutRaw as ViewState['layout'],
  };
}
