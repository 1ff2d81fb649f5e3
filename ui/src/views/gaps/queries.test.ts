import { assertEnumType, buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { AREAS_QUERY } from '../../components/shared/areas';
import { FRAME_SUMMARY_QUERY } from '../report/GapSummary';
import { ANALYSIS_QUERY, FINDING_CLASSES, FRAME_SECTIONS, MUNICIPALITY_QUERY } from './queries';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the gaps view’s queries against the schema', () => {
  it('asks for the analysis with fields the schema has', () => {
    expect(errors(ANALYSIS_QUERY)).toEqual([]);
    expect(errors(AREAS_QUERY)).toEqual([]);
  });

  it('asks for a municipality’s page in the report’s frame with fields the schema has', () => {
    expect(errors(MUNICIPALITY_QUERY)).toEqual([]);
    expect(errors(MUNICIPALITY_QUERY.replace('highest', 'worst'))).toHaveLength(1);
  });

  it('has the report’s summary ask for the same municipality summary', () => {
    expect(errors(FRAME_SUMMARY_QUERY)).toEqual([]);
  });

  it('asks for each finding’s class, missing field, frame, priority and variants', () => {
    for (const field of ['class', 'missingField', 'frame', 'priority', 'variants', 'countsByClass', 'municipalities']) {
      expect(errors(ANALYSIS_QUERY.replace(new RegExp(`\\b${field}\\b`), `${field}Nope`)), field).toHaveLength(1);
    }
  });

  it('knows the classes and frame sections in the schema’s order', () => {
    const values = (name: string) => assertEnumType(schema.getType(name)).getValues().map((v) => v.name);
    expect(values('FindingClass')).toEqual([...FINDING_CLASSES]);
    expect(values('FrameSection')).toEqual([...FRAME_SECTIONS]);
  });

  it('would notice a field the schema lacks', () => {
    expect(errors(ANALYSIS_QUERY.replace('severityReason', 'severityCause'))).toHaveLength(1);
  });
});
