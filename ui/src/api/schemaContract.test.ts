import { buildSchema, isEnumType, parse, validate, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../api/src/graphql/schema.graphql?raw';
import { DEFAULT_QUERY } from '../graphiql/defaultQuery';
import { NODE_TYPES, RELATIONSHIP_TYPES } from './schemaTypes';
import { STATS_QUERY } from './statsQuery';

// The UI's queries and vocabularies, checked against the API's schema file.
const schema: GraphQLSchema = buildSchema(schemaText);

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the schema`);
  return type.getValues().map((value) => value.name);
}

function validationErrors(query: string): string[] {
  return validate(schema, parse(query)).map((error) => error.message);
}

describe('the UI against api/src/graphql/schema.graphql', () => {
  it('knows every node type, in the schema order', () => {
    expect([...NODE_TYPES]).toEqual(enumValues('NodeType'));
  });

  it('knows every relationship type, in the schema order', () => {
    expect([...RELATIONSHIP_TYPES]).toEqual(enumValues('RelationshipType'));
  });

  it('asks for stats with fields the schema has', () => {
    expect(validationErrors(STATS_QUERY)).toEqual([]);
  });

  it('opens GraphiQL with a query the schema accepts', () => {
    expect(validationErrors(DEFAULT_QUERY)).toEqual([]);
  });

  it('would notice a field the schema lacks', () => {
    const broken = STATS_QUERY.replace('graphVersion', 'graphVersionX');
    expect(validationErrors(broken)).toHaveLength(1);
  });
});
