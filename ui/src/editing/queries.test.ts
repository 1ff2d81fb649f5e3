import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../api/src/graphql/schema.graphql?raw';
import * as importQueries from '../views/import/queries';
import { FIELDS, readQuery, type FormKind } from './fields';
import { createMutation, deleteMutation, updateMutation } from './operations';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the editing and import queries against the schema', () => {
  it('read, create, update and delete every kind with fields the schema has', () => {
    for (const kind of Object.keys(FIELDS) as FormKind[]) {
      for (const query of [readQuery(kind), createMutation(kind), updateMutation(kind), deleteMutation(kind)]) expect([kind, errors(query)]).toEqual([kind, []]);
    }
  });
  it('import and check for duplicates with fields the schema has', () => {
    for (const query of [importQueries.TEMPLATE_QUERY, importQueries.IMPORT_CSV, importQueries.IMPORT_XLSX, importQueries.DUPLICATES]) expect(errors(query)).toEqual([]);
  });
  it('would notice a field the schema lacks', () => {
    expect(errors(readQuery('Actor').replace('firstLine', 'frontLine'))).toHaveLength(1);
  });
});
