import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import { ACTOR_QUERY, ACTOR_SEARCH_QUERY, CHAIN_FINDINGS_QUERY, findingsAbout, GROUP_ACTORS_QUERY, groupRoutesQuery, ROUTES_QUERY } from './queries';

const schema = buildSchema(schemaText);
const errors = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('the chains view’s queries against the schema', () => {
  it.each([
    ['one actor', ACTOR_QUERY],
    ['actor search', ACTOR_SEARCH_QUERY],
    ['a kind in an area', GROUP_ACTORS_QUERY],
    ['routes', ROUTES_QUERY],
    ['chain findings', CHAIN_FINDINGS_QUERY],
    ['routes of three actors', groupRoutesQuery(3)],
    ['routes of one actor, batched', groupRoutesQuery(1)],
  ])('%s is valid', (_, query) => {
    expect(errors(query)).toEqual([]);
  });

  it('batches one aliased field per actor, with the ids as variables', () => {
    const query = groupRoutesQuery(2);
    expect(query).toContain('$from0: ID!, $from1: ID!');
    expect(query.match(/referralPaths\(/g)).toHaveLength(2);
    expect(query).toContain('r1: referralPaths(from: $from1');
  });

  it('would notice a field the schema lacks', () => {
    expect(errors(ROUTES_QUERY.replace('phase', 'stage'))).toHaveLength(1);
  });
});

describe('findings about the chosen actors', () => {
  const finding = (id: string, nodes: string[], kind: 'BROKEN_CHAIN' | 'UNCONNECTED_ACTOR' = 'BROKEN_CHAIN', rule = 'chain.broken-route') =>
    ({ id, kind, rule, severity: 'HIGH' as const, explanation: '', suggestion: '', subjects: { nodes } });

  it('keeps the findings whose subjects include any of them', () => {
    const all = [finding('f1', ['ragunda-skola', 'ragunda-socialtjanst']), finding('f2', ['berg-bhv']), finding('f3', ['berg-forskola'])];
    expect(findingsAbout(all, ['ragunda-skola']).map((f) => f.id)).toEqual(['f1']);
    expect(findingsAbout(all, ['berg-bhv', 'berg-forskola']).map((f) => f.id)).toEqual(['f2', 'f3']);
    expect(findingsAbout(all, [])).toEqual([]);
  });

  it('keeps "no route onward" among the unconnected-actor findings, and no other', () => {
    const all = [
      finding('onward', ['berg-bibliotek'], 'UNCONNECTED_ACTOR', 'unconnected.first-line-no-onward-route'),
      finding('isolated', ['berg-bibliotek'], 'UNCONNECTED_ACTOR', 'unconnected.isolated'),
    ];
    expect(findingsAbout(all, ['berg-bibliotek']).map((f) => f.id)).toEqual(['onward']);
  });
});
