import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { AREAS_QUERY } from '../../components/shared/areas';
import { ANALYSIS_QUERY } from './queries';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the gaps view’s queries against the schema', () => {
  it('asks for the analysis with fields the schema has', () => {
    expect(errors(ANALYSIS_QUERY)).toEqual([]);
    expect(errors(AREAS_QUERY)).toEqual([]);
  });

  it('would notice a field the schema lacks', () => {
    expect(errors(ANALYSIS_QUERY.replace('severityReason', 'severityCause'))).toHaveLength(1);
  });
});
