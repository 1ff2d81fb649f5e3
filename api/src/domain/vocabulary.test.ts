import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../server/app.js';
import { CONCEPTS, FINDING_KINDS, SEVERITIES } from '../analysis/types.js';
import { GRAPHQL_ENUMS, NODE_LABELS } from './vocabulary.js';

describe('vocabulary and GraphQL schema', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((v) => v.name);
  };

  const ALL = { ...GRAPHQL_ENUMS, FindingKind: FINDING_KINDS, Severity: SEVERITIES, Concept: CONCEPTS };
  for (const [name, vocabulary] of Object.entries(ALL)) {
    it(`GraphQL enum ${name} has exactly the model's values`, () => {
      expect(values(name)).toEqual([...vocabulary]);
    });
  }

  it('NodeType names every node label', () => {
    expect(values('NodeType')).toEqual(NODE_LABELS.map((l) => l.toUpperCase()));
  });
});
