/**
 * Authorization in one place: the role each root field needs. Queries need a viewer and mutations
 * an editor unless listed here; the Apollo plugin in authorize.ts checks every operation against
 * this table before anything runs, so no resolver has to remember to.
 */
import type { Role } from './principal.js';

export type Needed = Role | 'anyone';

export const QUERY_DEFAULT: Needed = 'viewer';
export const MUTATION_DEFAULT: Needed = 'editor';

export const FIELD_ROLES: Readonly<Record<string, Needed>> = {
  'Query.me': 'anyone',
  'Query.accounts': 'admin',
  'Query.apiTokens': 'admin',
  'Query.auditLog': 'admin',
  'Mutation.createAccount': 'admin',
  'Mutation.updateAccount': 'admin',
  'Mutation.resetPassword': 'admin',
  'Mutation.createApiToken': 'admin',
  'Mutation.revokeApiToken': 'admin',
  // An import writes many records at once, but all or nothing and audited: the spreadsheet round
  // trip is an editor's everyday work (README, "Who may do what"), like any other write.
  'Mutation.importData': 'editor',
  // A share link's token is its own permission: it opens that one presentation and nothing else.
  'Query.sharedViewSet': 'anyone',
};

/** All a session signed in with a one-time password may do until the password is changed. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['Query.me', 'Query.__typename', 'Mutation.__typename']);

export function neededFor(type: 'Query' | 'Mutation', field: string): Needed {
  if (field === '__typename') return 'anyone';
  return FIELD_ROLES[`${type}.${field}`] ?? (type === 'Query' ? QUERY_DEFAULT : MUTATION_DEFAULT);
}

// ─── Editors per municipality ─────────────────────────────────────────────────

/** What the area check needs to know of the map: where a node lies, and what lies within an area. */
export interface AreaMap {
  /** The node's own area if it is one, else the area it is located in; null when it has none. */
  areaOf(id: string): string | null;
  /** A relationship's two ends, when the id names one. */
  endsOf(id: string): readonly [string, string] | null;
  /** The area and every area within it. */
  within(areaId: string): ReadonlySet<string>;
}

/** Mutations an editor limited to areas may not use at all: they write many records at once. */
export const AREA_LIMITED_REFUSED: ReadonlySet<string> = new Set(['importData', 'importWorkbook']);

/**
 * Mutations that write no part of the map, so areas do not limit them: saved views and
 * presentations (api/src/presentation/) are an editor's own reading of the map, in whichever area.
 * Every other mutation is checked: a new one is limited until it is listed here.
 */
export const OUTSIDE_THE_MAP: ReadonlySet<string> = new Set([
  'createViewSet', 'updateViewSet', 'addSavedView', 'deleteViewSet', 'shareViewSet', 'revokeViewSetShare',
]);

/** The input fields that place a new record: its area (or parent area), or the node a relationship starts at. */
const PLACING_FIELDS = ['areaId', 'parentId', 'actorId', 'fromId', 'sourceId'] as const;

/**
 * The ids a mutation changes or places something in, read from its arguments: the record it
 * updates or deletes (`id`), what it confirms (`ids`), and for a create the node it hangs on —
 * the area it is located in, the actor of a membership, the start of a referral or link. A
 * patch moving a record to another area names that area too.
 */
export function subjectsOf(args: Readonly<Record<string, unknown>>): { ids: string[]; missing: string | null } {
  const ids: string[] = [];
  const take = (value: unknown) => { if (typeof value === 'string') ids.push(value); };
  take(args['id']);
  if (Array.isArray(args['ids'])) args['ids'].forEach(take);
  for (const key of ['input', 'patch'] as const) {
    const object = args[key];
    if (typeof object !== 'object' || object === null) continue;
    const o = object as Record<string, unknown>;
    for (const field of PLACING_FIELDS) take(o[field]);
  }
  // A create that hangs on nothing (an actor without an area) lies in no one's municipality.
  const missing = args['input'] !== undefined && ids.length === 0 ? 'input.areaId' : null;
  return { ids, missing };
}

/**
 * Null when a principal limited to areas may make this mutation, else the field that lies
 * outside them. Principals without areas (the whole map) always may.
 */
export function outsideAreas(areas: readonly string[] | undefined, field: string, args: Readonly<Record<string, unknown>>, map: AreaMap): string | null {
  if (!areas || areas.length === 0 || OUTSIDE_THE_MAP.has(field)) return null;
  if (AREA_LIMITED_REFUSED.has(field)) return field;
  if (field === 'restoreDeleted') return restoreOutside(areas, args, map);
  const allowed = new Set(areas.flatMap((a) => [...map.within(a)]));
  const inside = (id: string): boolean => {
    const ends = map.endsOf(id);
    // A relationship is the editor's when its first end is: a membership belongs to its actor.
    const node = ends ? ends[0] : id;
    const area = map.areaOf(node);
    return area !== null && allowed.has(area);
  };
  const { ids, missing } = subjectsOf(args);
  if (missing) return missing;
  return ids.find((id) => !inside(id)) ?? null;
}

type Fields = Readonly<Record<string, unknown>>;
const objectsIn = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter((v): v is Fields => typeof v === 'object' && v !== null) : []);

/**
 * A restore (the undo of a delete) is judged part by part, as the creates it stands for: the node
 * by the area its input places it in, each relationship by its first end unless that is the node.
 * Where things lie is read as the restore leaves the map: the node where its input puts it, and
 * for an area, what the restore places within it. Null, or the first field that lies outside.
 */
function restoreOutside(areas: readonly string[], args: Fields, map: AreaMap): string | null {
  const node = (typeof args['node'] === 'object' && args['node'] !== null ? args['node'] : {}) as Fields;
  const entry = Object.entries(node).find((e): e is [string, Fields] => typeof e[1] === 'object' && e[1] !== null);
  if (!entry) return 'node';
  const [key, input] = entry;
  const id = typeof input['id'] === 'string' ? input['id'] : null;
  const rels = [
    ...objectsIn(args['memberships']).map((r, i) => ({ at: `memberships[${i}]`, input: r, type: 'MEMBER_OF', first: r['actorId'], other: r['networkId'] })),
    ...objectsIn(args['referrals']).map((r, i) => ({ at: `referrals[${i}]`, input: r, type: 'REFERS_TO', first: r['fromId'], other: r['toId'] })),
    ...objectsIn(args['links']).map((r, i) => ({ at: `links[${i}]`, input: r, type: r['type'], first: r['sourceId'], other: r['targetId'] })),
  ];
  const isArea = key === 'area';
  const place = isArea ? id : typeof input['areaId'] === 'string' ? input['areaId'] : null;
  const parent = isArea && typeof input['parentId'] === 'string' ? input['parentId'] : null;
  const placedIn = new Set(rels.filter((r) => id !== null && r.other === id && (r.type === 'LOCATED_IN' || r.type === 'WITHIN')).flatMap((r) => (typeof r.first === 'string' ? [r.first] : [])));
  const allowed = new Set(areas.flatMap((a) => [...map.within(a)]));
  if (isArea && id !== null && parent !== null && allowed.has(parent)) {
    allowed.add(id);
    for (const child of placedIn) if (map.areaOf(child) === child) map.within(child).forEach((a) => allowed.add(a));
  }
  const areaAfter = (x: string): string | null => (x === id ? place : map.areaOf(x) ?? (placedIn.has(x) ? place : null));
  const inside = (x: string): boolean => {
    const area = areaAfter(x);
    return area !== null && allowed.has(area);
  };
  const parts = [{ at: `node.${key}`, input }, ...rels.filter((r) => r.first !== id)];
  for (const part of parts) {
    const placing = PLACING_FIELDS.filter((f) => typeof part.input[f] === 'string');
    if (placing.length === 0) return `${part.at}.areaId`;
    const outside = placing.find((f) => !inside(part.input[f] as string));
    if (outside !== undefined) return `${part.at}.${outside}`;
  }
  return null;
}
