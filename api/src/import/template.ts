/**
 * The CSV import template (documented for users in seed/README.md): one file per kind, its
 * columns, and how a row becomes a write intent.
 */
import { LINK_COLUMNS, slugify } from '../domain/link-columns.js';
import { nodePropsSchemas, relPropsSchemas } from '../domain/model.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';

export interface NodeFileSpec {
  readonly kind: 'node';
  readonly file: string;
  readonly label: NodeLabel;
  /** Columns that make the natural key, for rows without an id. */
  readonly naturalKey: readonly string[];
  readonly required: readonly string[];
}

export interface RelFileSpec {
  readonly kind: 'rel';
  readonly file: string;
  readonly type: RelationshipType;
  readonly fromColumn: string;
  readonly toColumn: string;
  /** A property that also qualifies the natural key (a referral's trigger). */
  readonly qualifier?: string;
  /** Columns whose CSV name differs from the model property. */
  readonly renamed?: Readonly<Record<string, string>>;
  readonly required: readonly string[];
}

export type FileSpec = NodeFileSpec | RelFileSpec;

const node = (file: string, label: NodeLabel, naturalKey: string[], required: string[]): NodeFileSpec => ({
  kind: 'node', file, label, naturalKey, required,
});

/** In the order they are read: nodes before the relationships that join them. */
export const TEMPLATE: readonly FileSpec[] = [
  node('areas.csv', 'Area', ['name'], ['name', 'type']),
  node('topics.csv', 'Topic', ['name'], ['name']),
  node('programmes.csv', 'Programme', ['name'], ['name']),
  node('actors.csv', 'Actor', ['area', 'name'], ['name', 'kind', 'sector', 'level']),
  node('networks.csv', 'Network', ['area', 'name'], ['name', 'kind', 'level', 'status']),
  node('routines.csv', 'Routine', ['owners', 'name'], ['name', 'kind', 'status']),
  node('persons.csv', 'Person', ['pseudonym'], ['pseudonym']),
  { kind: 'rel', file: 'memberships.csv', type: 'MEMBER_OF', fromColumn: 'actor', toColumn: 'network', required: ['actor', 'network'] },
  {
    kind: 'rel', file: 'referrals.csv', type: 'REFERS_TO', fromColumn: 'from', toColumn: 'to', qualifier: 'trigger',
    renamed: { routineId: 'routine' }, required: ['from', 'to', 'trigger', 'kind', 'status'],
  },
  { kind: 'rel', file: 'offers.csv', type: 'OFFERS', fromColumn: 'actor', toColumn: 'programme', required: ['actor', 'programme'] },
  { kind: 'rel', file: 'seats.csv', type: 'SITS_IN', fromColumn: 'person', toColumn: 'network', required: ['person', 'network'] },
];

const META_COLUMNS = ['id', 'source', 'lastVerifiedAt'];

/** Every column a file may have. */
export function columnsOf(spec: FileSpec): string[] {
  if (spec.kind === 'node') {
    const props = Object.keys(nodePropsSchemas[spec.label].shape);
    const links = LINK_COLUMNS[spec.label].flatMap((c) => (c.csv ? [c.csv] : []));
    return [...META_COLUMNS, ...props, ...links];
  }
  const props = Object.keys(relPropsSchemas[spec.type].shape).map((p) => spec.renamed?.[p] ?? p);
  return [...META_COLUMNS, spec.fromColumn, spec.toColumn, ...props];
}

/** The id a row gets when its id cell is empty. */
export function naturalId(spec: NodeFileSpec, cell: (column: string) => string): string {
  // A list column (a routine's owners) contributes its first value.
  return slugify(...spec.naturalKey.map((c) => cell(c).split(';')[0]?.trim() ?? ''));
}
