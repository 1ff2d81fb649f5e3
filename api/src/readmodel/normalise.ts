/**
 * Turns stored property maps (from either engine) into typed records. Kuzu hands an empty list
 * back as null and Neo4j drops null properties, so both are smoothed out here, then checked
 * against the model's schemas.
 */
import { z } from 'zod';
import { metaSchema, nodePropsSchemas, relPropsSchemas, type NodeRecord, type RelRecord } from '../domain/model.js';
import type { StoredNode, StoredRel, StoredProps } from '../store/graph-store.js';

const LIST_FIELDS = new Set(['preventionLevels', 'supportPhases', 'targetGroups', 'languages']);
const FALSE_WHEN_NULL = new Set(['firstLine', 'timeLimited', 'personDependent']);

function smooth(props: StoredProps, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = props[key] ?? null;
    if (value === null && LIST_FIELDS.has(key)) out[key] = [];
    else if (value === null && FALSE_WHEN_NULL.has(key)) out[key] = false;
    else out[key] = value;
  }
  return out;
}

const META_KEYS = Object.keys(metaSchema.shape);

// Built once per label and type: building a zod schema per record made a national load take ~12 s.
const nodeSchemas = new Map(Object.entries(nodePropsSchemas).map(([label, props]) => [label, {
  schema: metaSchema.extend(props.shape), keys: [...META_KEYS, ...Object.keys(props.shape)],
}]));
const relSchemas = new Map(Object.entries(relPropsSchemas).map(([type, props]) => [type, {
  schema: metaSchema.extend(props.shape), keys: [...META_KEYS, ...Object.keys(props.shape)],
}]));

export function toNodeRecord(node: StoredNode): NodeRecord | z.ZodError {
  const { schema, keys } = nodeSchemas.get(node.label)!;
  const parsed = schema.safeParse(smooth(node.props, keys));
  if (!parsed.success) return parsed.error;
  return { label: node.label, id: String(node.props['id']), ...parsed.data } as NodeRecord;
}

export function toRelRecord(rel: StoredRel): RelRecord | z.ZodError {
  const { schema, keys } = relSchemas.get(rel.type)!;
  const parsed = schema.safeParse(smooth(rel.props, keys));
  if (!parsed.success) return parsed.error;
  return { type: rel.type, id: String(rel.props['id']), from: rel.from, to: rel.to, ...parsed.data } as RelRecord;
}
