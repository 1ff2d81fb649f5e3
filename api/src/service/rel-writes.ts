/** Relationship mutations: memberships, referrals and plain links. */
import { derivedRelId } from '../domain/link-columns.js';
import { relIdSchema, relPropsSchemas, type RelRecord } from '../domain/model.js';
import type { RelationshipType } from '../domain/vocabulary.js';
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

export function createRel<T extends RelationshipType>(service: MapWriter, input: RelCreateInput & { type: T }): Promise<Committed<RelRecord<T>>> {
  const props: Record<string, unknown> = {};
  for (const key of Object.keys(relPropsSchemas[input.type].shape)) props[key] = input.props[key] ?? DEFAULTS[key] ?? null;
  const qualifier = input.type === 'REFERS_TO' ? String(props['trigger'] ?? '') : undefined;
  const id = input.id || derivedRelId(input.type, input.from, input.to, qualifier);
  const idCheck = relIdSchema.safeParse(id);
  if (!idCheck.success) throw AppError.badInput([{ field: 'input.id', message: idCheck.error.issues[0]?.message ?? 'invalid' }]);
  const names: Record<string, string> = { from: input.fromField, to: input.toField };
  return commit(service, input.type, () => ({
    type: input.type, id, from: input.from, to: input.to, props, expect: 'created', origin: {},
    meta: { lastVerifiedAt: input.lastVerifiedAt ?? null, source: input.source ?? null },
    fieldName: (field) => names[field] ?? (field === 'version' ? field : `input.${field}`),
  }));
}

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
