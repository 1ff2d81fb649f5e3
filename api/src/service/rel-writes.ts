/** Relationship mutations: memberships, referrals and plain links. */
import { derivedRelId } from '../domain/link-columns.js';
import { relIdSchema, relPropsSchemas, type RelRecord } from '../domain/model.js';
import type { LinkType, RelationshipType } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { RelIntent } from './intents.js';
import { problemsToError, type Committed, type MapWriter } from './map-service.js';
import { planWrites } from './plan.js';
import type { DeleteOutcome } from './node-writes.js';

type Input = Readonly<Record<string, unknown>>;

const DEFAULTS: Record<string, unknown> = { role: 'MEMBER' };

function commit<T extends RelationshipType>(service: MapWriter, type: T, build: (s: MapSnapshot) => RelIntent): Promise<Committed<RelRecord<T>>> {
  return service.write((snapshot) => {
    const intent = build(snapshot);
    const plan = planWrites(snapshot, [], [intent]);
    if (plan.problems.length > 0) throw problemsToError(plan.problems);
    return {
      ops: plan.ops,
      answer: (after) => {
        const rel = after.relOf(type, intent.id);
        if (!rel) throw AppError.conflict(`"${intent.id}" was deleted by someone else just now`);
        return rel;
      },
    };
  });
}

export interface RelCreateInput {
  readonly type: RelationshipType;
  readonly id?: string | null | undefined;
  readonly from: string;
  readonly to: string;
  /** The caller's names for `from` and `to`. */
  readonly fromField: string;
  readonly toField: string;
  readonly props: Input;
  readonly lastVerifiedAt?: string | null | undefined;
  readonly source?: string | null | undefined;
}

/** The intent of a create; `at` is the input's own name (`input`, `memberships[0]`). */
export function relCreateIntent(input: RelCreateInput, at = 'input'): RelIntent {
  const props: Record<string, unknown> = {};
  for (const key of Object.keys(relPropsSchemas[input.type].shape)) props[key] = input.props[key] ?? DEFAULTS[key] ?? null;
  const qualifier = input.type === 'REFERS_TO' ? String(props['trigger'] ?? '') : undefined;
  const id = input.id || derivedRelId(input.type, input.from, input.to, qualifier);
  const idCheck = relIdSchema.safeParse(id);
  if (!idCheck.success) throw AppError.badInput([{ field: `${at}.id`, message: idCheck.error.issues[0]?.message ?? 'invalid' }]);
  const names: Record<string, string> = { from: input.fromField, to: input.toField };
  return {
    type: input.type, id, from: input.from, to: input.to, props, expect: 'created', origin: {},
    meta: { lastVerifiedAt: input.lastVerifiedAt ?? null, source: input.source ?? null },
    fieldName: (field) => names[field] ?? (field === 'version' ? field : `${at}.${field}`),
  };
}

export function createRel<T extends RelationshipType>(service: MapWriter, input: RelCreateInput & { type: T }): Promise<Committed<RelRecord<T>>> {
  const intent = relCreateIntent(input);
  return commit(service, input.type, () => intent);
}

/** The GraphQL inputs of the relationship creates (MembershipInput, ReferralInput, LinkInput), read the same way everywhere. */
export interface GraphQLRelInput {
  readonly id?: string | null | undefined;
  readonly lastVerifiedAt?: string | null | undefined;
  readonly source?: string | null | undefined;
}
const asInput = (x: object): Input => x as Input;
export const relInputOf = {
  membership: (input: GraphQLRelInput & { actorId: string; networkId: string }, at = 'input'): RelCreateInput & { type: 'MEMBER_OF' } => ({
    type: 'MEMBER_OF', id: input.id, from: input.actorId, to: input.networkId, fromField: `${at}.actorId`, toField: `${at}.networkId`,
    props: asInput(input), lastVerifiedAt: input.lastVerifiedAt, source: input.source,
  }),
  referral: (input: GraphQLRelInput & { fromId: string; toId: string }, at = 'input'): RelCreateInput & { type: 'REFERS_TO' } => ({
    type: 'REFERS_TO', id: input.id, from: input.fromId, to: input.toId, fromField: `${at}.fromId`, toField: `${at}.toId`,
    props: asInput(input), lastVerifiedAt: input.lastVerifiedAt, source: input.source,
  }),
  link: (input: GraphQLRelInput & { type: LinkType; sourceId: string; targetId: string; role?: string | null | undefined }, at = 'input'): RelCreateInput => ({
    type: input.type, id: input.id, from: input.sourceId, to: input.targetId, fromField: `${at}.sourceId`, toField: `${at}.targetId`,
    props: input.type === 'SITS_IN' ? { role: input.role ?? 'MEMBER' } : {}, lastVerifiedAt: input.lastVerifiedAt, source: input.source,
  }),
};

export function updateRel<T extends RelationshipType>(service: MapWriter, type: T, id: string, version: number, patch: Input): Promise<Committed<RelRecord<T>>> {
  return commit(service, type, (snapshot) => {
    const existing = snapshot.relOf(type, id);
    if (!existing) throw AppError.notFound(type === 'MEMBER_OF' ? 'membership' : type === 'REFERS_TO' ? 'referral' : 'link', id, 'id');
    const current = existing as Readonly<Record<string, unknown>>;
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(relPropsSchemas[type].shape)) props[key] = patch[key] !== undefined ? patch[key] : current[key];
    const pick = (key: 'lastVerifiedAt' | 'source') => (patch[key] !== undefined ? patch[key] : existing[key]);
    return {
      type, id, from: existing.from, to: existing.to, props, expect: { was: version }, origin: {},
      meta: { lastVerifiedAt: pick('lastVerifiedAt'), source: pick('source') },
      fieldName: (field) => (field === 'version' || field === 'id' ? field : `patch.${field}`),
    };
  });
}

export function deleteRel(service: MapWriter, types: readonly RelationshipType[], id: string, version: number | null | undefined): Promise<Committed<DeleteOutcome>> {
  return service.write((snapshot) => {
    const rel = snapshot.rels.get(id);
    if (!rel || !types.includes(rel.type)) throw AppError.notFound('relationship', id, 'id');
    if (version !== null && version !== undefined && rel.version !== version) {
      throw AppError.conflict(`the relationship was changed by someone else: it is at version ${rel.version}, you read version ${version}`, 'version');
    }
    return { ops: [{ op: 'deleteRel', type: rel.type, id }], answer: () => ({ id, removedLinks: [rel] }) };
  });
}
