import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { COMPARE_QUERY, OVERLAPS_QUERY, PAIR_QUERY } from './queries';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the duplicates view’s queries against the schema', () => {
  it.each([['overlaps', OVERLAPS_QUERY], ['one pair', PAIR_QUERY], ['two networks', COMPARE_QUERY]])('asks for %s with fields the schema has', (_, query) => {
    expect(errors(query)).toEqual([]);
  });

  it('would notice a field the schema lacks', () => {
    expect(errors(OVERLAPS_QUERY.replace('topicJaccard', 'topicSimilarity'))).toHaveLength(1);
  });
});
