/**
 * Relationships that belong to a node's own record: an actor's area, a network's conveners, a
 * routine's owners. Writing the node with such a column replaces that set of relationships.
 * The same columns appear in the GraphQL inputs (`input`) and in the CSV template (`csv`).
 */
import type { NodeLabel, RelationshipType } from './vocabulary.js';

export interface LinkColumn {
  readonly input: string;
  /** The CSV column, or null when the template keeps these links in a file of their own. */
  readonly csv: string | null;
  readonly rel: RelationshipType;
  /** `out`: the node is the relationship's start; `in`: its end. */
  readonly direction: 'out' | 'in';
  readonly other: NodeLabel;
  readonly many: boolean;
}

export const LINK_COLUMNS: Record<NodeLabel, readonly LinkColumn[]> = {
  Actor: [
    { input: 'areaId', csv: 'area', rel: 'LOCATED_IN', direction: 'out', other: 'Area', many: false },
    { input: 'partOfId', csv: 'partOf', rel: 'PART_OF', direction: 'out', other: 'Actor', many: false },
    { input: 'topicIds', csv: 'topics', rel: 'WORKS_ON', direction: 'out', other: 'Topic', many: true },
  ],
  Network: [
    { input: 'areaId', csv: 'area', rel: 'LOCATED_IN', direction: 'out', other: 'Area', many: false },
    { input: 'convenerIds', csv: 'conveners', rel: 'CONVENES', direction: 'in', other: 'Actor', many: true },
    { input: 'topicIds', csv: 'topics', rel: 'ADDRESSES', direction: 'out', other: 'Topic', many: true },
  ],
  Person: [
    { input: 'representsIds', csv: 'represents', rel: 'REPRESENTS', direction: 'out', other: 'Actor', many: true },
  ],
  Area: [{ input: 'parentId', csv: 'parent', rel: 'WITHIN', direction: 'out', other: 'Area', many: false }],
  Topic: [],
  Routine: [
    { input: 'ownerIds', csv: 'owners', rel: 'HAS_ROUTINE', direction: 'in', other: 'Actor', many: true },
    { input: 'topicIds', csv: 'topics', rel: 'COVERS', direction: 'out', other: 'Topic', many: true },
  ],
  Programme: [
    { input: 'offeredByIds', csv: null, rel: 'OFFERS', direction: 'in', other: 'Actor', many: true },
  ],
};

const kebab = (s: string): string => s.replace(/_/g, '-').toLowerCase();

/** The id a relationship gets when none is given: its ends and type, so re-imports match. */
export function derivedRelId(type: RelationshipType, from: string, to: string, qualifier?: string): string {
  const base = `${from}--${kebab(type)}--${to}`;
  return qualifier ? `${base}--${kebab(qualifier)}` : base;
}

/** A slug for ids derived from names: lower case, no diacritics, `-` between words. */
export function slugify(...parts: readonly string[]): string {
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}
