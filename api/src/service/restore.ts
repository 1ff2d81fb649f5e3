/**
 * The undo of a delete, as one write: the node and the memberships, referrals and links that went
 * with it are planned together and committed as one batch (one audit record), all or nothing.
 * Putting them back one by one could leave the node back without a link whose other end was
 * deleted meanwhile, and a second try would then fail because the node is there.
 */
import { derivedRelId, LINK_COLUMNS } from '../domain/link-columns.js';
import type { NodeRecord, RelRecord } from '../domain/model.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { NodeIntent, PlanProblem, RelIntent } from './intents.js';
import { problemsToError, type Committed, type MapWriter } from './map-service.js';
import { nodeCreateIntent } from './node-writes.js';
import { planWrites } from './plan.js';
import { relCreateIntent, relInputOf } from './rel-writes.js';

type Input = Readonly<Record<string, unknown>>;

/** The field of DeletedNodeInput that carries each label. */
export const DELETED_NODE_FIELDS: Readonly<Record<NodeLabel, string>> = {
  Actor: 'actor', Network: 'network', Person: 'person', Area: 'area', Topic: 'topic', Routine: 'routine', Programme: 'programme',
};

export interface RestoreRequest {
  readonly node: Readonly<Record<string, object | null | undefined>>;
  readonly memberships?: readonly Parameters<typeof relInputOf.membership>[0][] | null | undefined;
  readonly referrals?: readonly Parameters<typeof relInputOf.referral>[0][] | null | undefined;
  readonly links?: readonly Parameters<typeof relInputOf.link>[0][] | null | undefined;
  readonly withoutMissingLinks?: boolean | null | undefined;
}

/** A relationship left out because the id it names is no longer on the map. */
export interface LeftOut {
  readonly field: string;
  readonly missingId: string;
}

export interface RestoreOutcome {
  readonly node: NodeRecord;
  /** Every relationship at the node after the restore. */
  readonly links: readonly RelRecord[];
  readonly leftOut: readonly LeftOut[];
}

function deletedNode(node: RestoreRequest['node']): { label: NodeLabel; input: Input; at: string } {
  const given = (Object.keys(DELETED_NODE_FIELDS) as NodeLabel[]).filter((label) => node[DELETED_NODE_FIELDS[label]] != null);
  const label = given[0];
  if (given.length !== 1 || label === undefined) {
    throw AppError.badInput([{ field: 'node', message: `give exactly one of ${Object.values(DELETED_NODE_FIELDS).join(', ')}` }]);
  }
  const at = `node.${DELETED_NODE_FIELDS[label]}`;
  return { label, input: node[DELETED_NODE_FIELDS[label]] as Input, at };
}

const relKey = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;

/** The relationships the node's own fields make (its area, topics, conveners …), by type and ends, with their ids. */
function ownLinks(node: NodeIntent): Map<string, string> {
  const own = new Map<string, string>();
  for (const column of LINK_COLUMNS[node.label]) {
    for (const other of node.links[column.input] ?? []) {
      const [from, to] = column.direction === 'out' ? [node.id, other] : [other, node.id];
      own.set(relKey(column.rel, from, to), derivedRelId(column.rel, from, to));
    }
  }
  return own;
}

/** Every id the restore names, other than the node's own, that is not on the map. */
function missingEnds(snapshot: MapSnapshot, node: NodeIntent, rels: readonly RelIntent[]): LeftOut[] {
  const gone = (id: string) => id !== node.id && snapshot.node(id) === undefined;
  const missing: LeftOut[] = [];
  for (const column of LINK_COLUMNS[node.label]) {
    for (const id of node.links[column.input] ?? []) if (gone(id)) missing.push({ field: node.fieldName(column.input), missingId: id });
  }
  for (const rel of rels) {
    for (const end of ['from', 'to'] as const) if (gone(rel[end])) missing.push({ field: rel.fieldName(end), missingId: rel[end] });
    const routine = rel.props['routineId'];
    if (rel.type === 'REFERS_TO' && typeof routine === 'string' && gone(routine)) missing.push({ field: rel.fieldName('routineId'), missingId: routine });
  }
  return missing;
}

/** The restore without what names a missing id: those links dropped, a referral's lost routine cleared (as deleting a routine does). */
function withoutMissing(snapshot: MapSnapshot, node: NodeIntent, rels: readonly RelIntent[]): { node: NodeIntent; rels: RelIntent[] } {
  const there = (id: string) => id === node.id || snapshot.node(id) !== undefined;
  const links = Object.fromEntries(Object.entries(node.links).map(([column, ids]) => [column, ids.filter(there)]));
  const kept = rels.filter((rel) => there(rel.from) && there(rel.to)).map((rel): RelIntent => {
    const routine = rel.props['routineId'];
    return typeof routine === 'string' && !there(routine) ? { ...rel, props: { ...rel.props, routineId: null } } : rel;
  });
  return { node: { ...node, links }, rels: kept };
}

function linkEndGone(missing: readonly LeftOut[]): AppError {
  const list = missing.map((m) => `${m.field} ("${m.missingId}")`).join(', ');
  return new AppError(ErrorCode.LINK_END_GONE, `Nothing was restored: ${missing.length === 1 ? 'a link leads' : `${missing.length} links lead`} to what is no longer on the map: ${list}`,
    missing.map((m) => ({ field: m.field, message: `"${m.missingId}" is no longer on the map` })));
}

export function restoreDeleted(service: MapWriter, request: RestoreRequest): Promise<Committed<RestoreOutcome>> {
  const { label, input, at } = deletedNode(request.node);
  const node = nodeCreateIntent(label, input, at);
  const given: RelIntent[] = [
    ...(request.memberships ?? []).map((m, i) => relCreateIntent(relInputOf.membership(m, `memberships[${i}]`), `memberships[${i}]`)),
    ...(request.referrals ?? []).map((r, i) => relCreateIntent(relInputOf.referral(r, `referrals[${i}]`), `referrals[${i}]`)),
    ...(request.links ?? []).map((l, i) => relCreateIntent(relInputOf.link(l, `links[${i}]`), `links[${i}]`)),
  ];
  // A restore puts back what was at the node, nothing else.
  const astray = given.filter((rel) => rel.from !== node.id && rel.to !== node.id);
  if (astray.length) throw AppError.badInput(astray.map((rel) => ({ field: rel.fieldName('from'), message: `neither end is "${node.id}", the node being restored` })));
  // What the node's own fields make again is written once, under the id they give it.
  const own = ownLinks(node);
  const ownIds = new Set(own.values());
  const clash = given.filter((rel) => !own.has(relKey(rel.type, rel.from, rel.to)) && ownIds.has(rel.id));
  if (clash.length) throw AppError.badInput(clash.map((rel) => ({ field: rel.fieldName('id'), message: `id "${rel.id}" is the node's own link to another record` })));
  const rels = given.filter((rel) => !own.has(relKey(rel.type, rel.from, rel.to)));

  return service.write((snapshot) => {
    const missing = missingEnds(snapshot, node, rels);
    const planned = request.withoutMissingLinks ? withoutMissing(snapshot, node, rels) : { node, rels };
    const plan = planWrites(snapshot, [planned.node], planned.rels);
    if (plan.problems.length > 0) throw restoreError(plan.problems, request.withoutMissingLinks ? [] : missing);
    const leftOut = request.withoutMissingLinks ? missing : [];
    return {
      ops: plan.ops,
      answer: (after) => {
        const back = after.nodeOf(label, node.id);
        if (!back) throw AppError.conflict(`"${node.id}" was deleted by someone else just now`);
        return { node: back, links: after.linksOf(node.id), leftOut };
      },
    };
  });
}

/** Only missing ends: LINK_END_GONE, naming each. Anything else (the node is back already, a bad field): as any write says it. */
function restoreError(problems: readonly PlanProblem[], missing: readonly LeftOut[]): AppError {
  const missingFields = new Set(missing.map((m) => m.field));
  const onlyMissing = missing.length > 0 && problems.every((p) => p.code === 'NOT_FOUND' && p.field !== null && missingFields.has(p.field));
  return onlyMissing ? linkEndGone(missing) : problemsToError(problems);
}
