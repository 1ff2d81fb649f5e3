/**
 * Node mutations: create, update (with the version the caller read) and delete, for every label.
 * GraphQL inputs use the model's property names, plus link columns (`areaId`, `topicIds`, …).
 */
import { LINK_COLUMNS, slugify } from '../domain/link-columns.js';
import { nodeIdSchema, nodePropsSchemas, type NodeRecord, type RelRecord } from '../domain/model.js';
import type { NodeLabel } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { NodeIntent } from './intents.js';
import { problemsToError, type Committed, type MapWriter } from './map-service.js';
import { planNodeDelete, planWrites } from './plan.js';

type Input = Readonly<Record<string, unknown>>;

/** Defaults a new node gets for properties left out. */
const DEFAULTS: Record<string, unknown> = {
  firstLine: false, timeLimited: false, personDependent: false, preventionLevels: [], supportPhases: [], targetGroups: [], languages: [],
};

const NATURAL_KEY: Record<NodeLabel, readonly string[]> = {
  Actor: ['areaId', 'name'], Network: ['areaId', 'name'], Person: ['pseudonym'], Area: ['name'],
  Topic: ['name'], Routine: ['ownerIds', 'name'], Programme: ['name'],
};

function naturalId(label: NodeLabel, input: Input): string {
  return slugify(
    ...NATURAL_KEY[label].map((key) => {
      const value = input[key];
      return Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '';
    }),
  );
}

function linksFrom(label: NodeLabel, input: Input): Record<string, string[]> {
  const links: Record<string, string[]> = {};
  for (const column of LINK_COLUMNS[label]) {
    const value = input[column.input];
    if (value === undefined) continue;
    links[column.input] = value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return links;
}

function commit<L extends NodeLabel>(service: MapWriter, label: L, build: (s: MapSnapshot) => NodeIntent): Promise<Committed<NodeRecord<L>>> {
  return service.write((snapshot) => {
    const intent = build(snapshot);
    const plan = planWrites(snapshot, [intent], []);
    if (plan.problems.length > 0) throw problemsToError(plan.problems);
    return {
      ops: plan.ops,
      answer: (after) => {
        const node = after.nodeOf(label, intent.id);
        if (!node) throw AppError.conflict(`"${intent.id}" was deleted by someone else just now`);
        return node;
      },
    };
  });
}

/** The intent of a create from its GraphQL input; `at` is the input's own name (`input`, `node.actor`). */
export function nodeCreateIntent(label: NodeLabel, input: Input, at = 'input'): NodeIntent {
  const given = input['id'];
  const id = typeof given === 'string' && given !== '' ? given : naturalId(label, input);
  const idCheck = nodeIdSchema.safeParse(id);
  if (!idCheck.success) {
    throw AppError.badInput([{ field: `${at}.id`, message: given ? idCheck.error.issues[0]?.message ?? 'invalid' : 'cannot derive an id from the name; give one' }]);
  }
  const props: Record<string, unknown> = {};
  for (const key of Object.keys(nodePropsSchemas[label].shape)) props[key] = input[key] ?? DEFAULTS[key] ?? null;
  return {
    label, id, props, links: linksFrom(label, input), expect: 'created', origin: {},
    meta: { lastVerifiedAt: input['lastVerifiedAt'] ?? null, source: input['source'] ?? null },
    fieldName: (field) => (field === 'version' ? 'version' : `${at}.${field}`),
  };
}

export function createNode<L extends NodeLabel>(service: MapWriter, label: L, input: Input): Promise<Committed<NodeRecord<L>>> {
  const intent = nodeCreateIntent(label, input);
  return commit(service, label, () => intent);
}

export function updateNode<L extends NodeLabel>(
  service: MapWriter, label: L, id: string, version: number, patch: Input,
): Promise<Committed<NodeRecord<L>>> {
  return commit(service, label, (snapshot) => {
    const existing = snapshot.nodeOf(label, id);
    if (!existing) throw AppError.notFound(label.toLowerCase(), id, 'id');
    const current = existing as Readonly<Record<string, unknown>>;
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(nodePropsSchemas[label].shape)) props[key] = patch[key] !== undefined ? patch[key] : current[key];
    const pick = (key: 'lastVerifiedAt' | 'source') => (patch[key] !== undefined ? patch[key] : existing[key]);
    return {
      label, id, props, links: linksFrom(label, patch), expect: { was: version }, origin: {},
      meta: { lastVerifiedAt: pick('lastVerifiedAt'), source: pick('source') },
      fieldName: (field) => (field === 'version' || field === 'id' ? field : `patch.${field}`),
    };
  });
}

export interface DeleteOutcome {
  readonly id: string;
  readonly removedLinks: readonly RelRecord[];
}

export async function deleteNode(service: MapWriter, label: NodeLabel, id: string, version: number | null | undefined): Promise<Committed<DeleteOutcome>> {
  return service.write((snapshot) => {
    const node = snapshot.nodeOf(label, id);
    if (!node) throw AppError.notFound(label.toLowerCase(), id, 'id');
    if (version !== null && version !== undefined && node.version !== version) {
      throw AppError.conflict(`the ${label.toLowerCase()} was changed by someone else: it is at version ${node.version}, you read version ${version}`, 'version');
    }
    const { ops, removed } = planNodeDelete(snapshot, node);
    return { ops, answer: () => ({ id, removedLinks: removed }) };
  });
}
