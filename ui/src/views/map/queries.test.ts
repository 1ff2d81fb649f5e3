import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { CHOICES_QUERY, FINDINGS_QUERY, GRAPH_QUERY, NEIGHBOURHOOD_QUERY, NODE_DETAIL_QUERY, SEARCH_QUERY } from './queries';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the map’s queries against the schema', () => {
  it.each([
    ['graph', GRAPH_QUERY], ['neighbourhood', NEIGHBOURHOOD_QUERY], ['choices', CHOICES_QUERY], ['search', SEARCH_QUERY],
    ['findings', FINDINGS_QUERY], ['node detail', NODE_DETAIL_QUERY],
  ])('%s is valid', (_, query) => {
    expect(errors(query)).toEqual([]);
  });

  it('would notice a field the schema lacks', () => {
    expect(errors(GRAPH_QUERY.replace('areaId', 'areaIdX'))).toHaveLength(1);
  });
});
