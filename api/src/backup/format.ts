/**
 * The backup file: a portable JSON export of the whole graph, the same for both engines.
 *
 *   { format: 'aktorskartan-backup', formatVersion: 1, exportedAt, graphVersion, engine,
 *     nodes: [{ label, props }], relationships: [{ type, from, to, fromLabel, toLabel, props }] }
 *
 * `props` hold every property as stored — id, version, createdAt, updatedAt, lastVerifiedAt,
 * source and the model's properties (domain/model.ts) — in the normalised form of the read model
 * (empty lists as [], unset booleans as false), so a Kuzu and a Neo4j export of one map are equal.
 * It covers the map only (docs/decisions/006): accounts, API tokens and the audit log stay in the
 * database and travel with backups of the database itself.
 * Records are sorted by id and written one per line: two exports of the same graph are
 * byte-identical apart from `exportedAt`.
 *
 * `parseBackup` checks a file before anything is written: the envelope, every record against the
 * model's schemas, unique ids, and relationship ends that exist with the labels REL_ENDPOINTS
 * allows. A file with any problem is refused whole; each problem names its JSON path.
 */
import { z } from 'zod';
import {
  metaSchema, nodeIdSchema, nodePropsSchemas, REL_ENDPOINTS, relIdSchema, relPropsSchemas,
} from '../domain/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';
import type { StoredValue } from '../store/graph-store.js';

export const BACKUP_FORMAT = 'aktorskartan-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type BackupProps = Readonly<Record<string, StoredValue>>;

export interface BackupNode {
  readonly label: NodeLabel;
  readonly props: BackupProps;
}

export interface BackupRel {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly fromLabel: NodeLabel;
  readonly toLabel: NodeLabel;
  readonly props: BackupProps;
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** When the export was taken (ISO-8601, UTC). */
  readonly exportedAt: string;
  /** The graph version the export was read at. */
  readonly graphVersion: number;
  readonly engine: 'kuzu' | 'neo4j';
  readonly nodes: readonly BackupNode[];
  readonly relationships: readonly BackupRel[];
}

/** One thing wrong with a backup file: where (a JSON path such as `$.nodes[3].props.kind`) and what. */
export interface BackupProblem {
  readonly path: string;
  readonly message: string;
}

export type ParsedBackup =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problems: readonly BackupProblem[] };

const META_KEYS = Object.keys(metaSchema.shape);

const NODE_KEYS = new Map<NodeLabel, readonly string[]>(
  NODE_LABELS.map((label) => [label, ['id', ...META_KEYS, ...Object.keys(nodePropsSchemas[label].shape)]]),
);
const REL_KEYS = new Map<RelationshipType, readonly string[]>(
  RELATIONSHIP_TYPES.map((type) => [type, ['id', ...META_KEYS, ...Object.keys(relPropsSchemas[type].shape)]]),
);

/** The property keys of a label or type, in the order a backup writes them. */
export const nodePropKeys = (label: NodeLabel): readonly string[] => NODE_KEYS.get(label)!;
export const relPropKeys = (type: RelationshipType): readonly string[] => REL_KEYS.get(type)!;

// Built once: a record's props are exactly its id, the meta properties and the model's properties.
const nodeRecordSchemas = new Map<NodeLabel, z.ZodType>(
  NODE_LABELS.map((label) => [label, z.object({ id: nodeIdSchema, ...metaSchema.shape, ...nodePropsSchemas[label].shape }).strict()]),
);
const relRecordSchemas = new Map<RelationshipType, z.ZodType>(
  RELATIONSHIP_TYPES.map((type) => [type, z.object({ id: relIdSchema, ...metaSchema.shape, ...relPropsSchemas[type].shape }).strict()]),
);

/**
 * Properties added to the model after backups were first written: a backup from before lacks
 * them and restores with these values (what the record meant then: no channel, not recorded).
 */
const ADDED_SINCE: Partial<Record<NodeLabel, Readonly<Record<string, StoredValue>>>> = {
  Actor: { phone: null, website: null, email: null, personDependent: false },
};
const withAdded = (label: NodeLabel, props: Record<string, unknown>): Record<string, unknown> => ({ ...ADDED_SINCE[label], ...props });

const propsShape = z.record(z.string(), z.unknown());
const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ error: 'must be an ISO-8601 timestamp (UTC)' }),
    graphVersion: z.number().int().min(0),
    engine: z.enum(['kuzu', 'neo4j']),
    nodes: z.array(z.object({ label: z.enum(NODE_LABELS), props: propsShape }).strict()),
    relationships: z.array(
      z.object({
        type: z.enum(RELATIONSHIP_TYPES),
        from: nodeIdSchema,
        to: nodeIdSchema,
        fromLabel: z.enum(NODE_LABELS),
        toLabel: z.enum(NODE_LABELS),
        props: propsShape,
      }).strict(),
    ),
  })
  .strict();

/** `$.nodes[3].props.kind` from zod's path segments. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `${path}.${String(s)}` : `${path}[${JSON.stringify(String(s))}]`),
    '$',
  );
}

function issuesAt(prefix: readonly PropertyKey[], error: z.ZodError): BackupProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath([...prefix, ...issue.path]), message: issue.message }));
}

const shown = (value: unknown): string =>
  value === undefined ? 'missing' : `${JSON.stringify(value)?.slice(0, 60) ?? String(value)}`;

/** Checks a parsed JSON value; every problem is collected and named by its path. */
export function validateBackup(value: unknown): ParsedBackup {
  // The two fields that say what the file is come first: a wrong one makes the rest meaningless.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '$', message: 'must be a JSON object (an Aktörskartan backup)' }] };
  }
  const head = value as Record<string, unknown>;
  if (head['format'] !== BACKUP_FORMAT) {
    return { ok: false, problems: [{ path: '$.format', message: `must be "${BACKUP_FORMAT}", found ${shown(head['format'])}: this is not an Aktörskartan backup` }] };
  }
  if (head['formatVersion'] !== BACKUP_FORMAT_VERSION) {
    return { ok: false, problems: [{ path: '$.formatVersion', message: `this program reads backup format version ${BACKUP_FORMAT_VERSION}, the file is version ${shown(head['formatVersion'])}` }] };
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, problems: issuesAt([], envelope.error) };
  const file = envelope.data;
  const problems: BackupProblem[] = [];

  const nodes: BackupNode[] = [];
  const nodeAt = new Map<string, { label: NodeLabel; index: number }>();
  file.nodes.forEach((node, index) => {
    // The id is claimed even when the rest of the record is bad, so its relationships are judged
    // against it and one bad field is reported once, not again at every relationship.
    const rawId = node.props['id'];
    let claimed = true;
    if (typeof rawId === 'string') {
      const seen = nodeAt.get(rawId);
      if (seen) {
        problems.push({ path: `$.nodes[${index}].props.id`, message: `id "${rawId}" is used twice (also by the ${seen.label} at $.nodes[${seen.index}])` });
        claimed = false;
      } else nodeAt.set(rawId, { label: node.label, index });
    }
    const parsed = nodeRecordSchemas.get(node.label)!.safeParse(withAdded(node.label, node.props));
    if (!parsed.success) {
      problems.push(...issuesAt(['nodes', index, 'props'], parsed.error));
      return;
    }
    if (claimed) nodes.push({ label: node.label, props: parsed.data as Record<string, StoredValue> });
  });

  const rels: BackupRel[] = [];
  const relAt = new Map<string, number>();
  file.relationships.forEach((rel, index) => {
    const at = `$.relationships[${index}]`;
    const before = problems.length;
    const parsed = relRecordSchemas.get(rel.type)!.safeParse(rel.props);
    if (!parsed.success) problems.push(...issuesAt(['relationships', index, 'props'], parsed.error));
    const allowed = REL_ENDPOINTS[rel.type];
    if (!allowed.some(([f, t]) => f === rel.fromLabel && t === rel.toLabel)) {
      problems.push({ path: at, message: `${rel.type} cannot join ${rel.fromLabel} → ${rel.toLabel} (allowed: ${allowed.map(([f, t]) => `${f} → ${t}`).join(', ')})` });
    }
    for (const [end, labelKey] of [['from', 'fromLabel'], ['to', 'toLabel']] as const) {
      const id = rel[end];
      const node = nodeAt.get(id);
      if (!node) problems.push({ path: `${at}.${end}`, message: `no node with id "${id}" in the backup (the relationship would have a missing end)` });
      else if (node.label !== rel[labelKey]) problems.push({ path: `${at}.${labelKey}`, message: `"${id}" is a ${node.label}, not a ${rel[labelKey]}` });
    }
    if (!parsed.success || problems.length > before) return;
    const props = parsed.data as Record<string, StoredValue>;
    const id = String(props['id']);
    const seen = relAt.get(id);
    if (seen !== undefined) {
      problems.push({ path: `${at}.props.id`, message: `relationship id "${id}" is used twice (also at $.relationships[${seen}])` });
      return;
    }
    relAt.set(id, index);
    const routineId = props['routineId'];
    if (rel.type === 'REFERS_TO' && typeof routineId === 'string' && nodeAt.get(routineId)?.label !== 'Routine') {
      problems.push({ path: `${at}.props.routineId`, message: `no Routine with id "${routineId}" in the backup` });
      return;
    }
    rels.push({ type: rel.type, from: rel.from, to: rel.to, fromLabel: rel.fromLabel, toLabel: rel.toLabel, props });
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: file.exportedAt,
      graphVersion: file.graphVersion, engine: file.engine, nodes, relationships: rels,
    },
  };
}

/** Parses and checks the text of a backup file. */
export function parseBackup(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return validateBackup(value);
}

/**
 * The file text: the envelope pretty-printed, one record per line. Deterministic: the same
 * backup always gives the same bytes.
 */
export function serializeBackup(backup: Backup): string {
  const records = (list: readonly object[]): string =>
    list.length === 0 ? '[]' : `[\n${list.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "format": ${JSON.stringify(backup.format)},`,
    `  "formatVersion": ${JSON.stringify(backup.formatVersion)},`,
    `  "exportedAt": ${JSON.stringify(backup.exportedAt)},`,
    `  "graphVersion": ${JSON.stringify(backup.graphVersion)},`,
    `  "engine": ${JSON.stringify(backup.engine)},`,
    `  "nodes": ${records(backup.nodes)},`,
    `  "relationships": ${records(backup.relationships)}`,
    '}',
    '',
  ].join('\n');
}

/** Problems as lines for a terminal, at most `limit` of them. */
export function formatBackupProblems(problems: readonly BackupProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  - ${p.path}: ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return lines.join('\n');
}
