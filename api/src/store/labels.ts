import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';

const nodeLabels: ReadonlySet<string> = new Set(NODE_LABELS);
const relTypes: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

export const isNodeLabel = (x: unknown): x is NodeLabel => typeof x === 'string' && nodeLabels.has(x);
export const isRelationshipType = (x: unknown): x is RelationshipType =>
  typeof x === 'string' && relTypes.has(x);
