import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../api/src/graphql/schema.graphql?raw';
import {
  ACTOR_KINDS, AREA_TYPES, CONCEPTS, FINDING_KINDS, REFERRAL_KINDS, REFERRAL_STATUSES, REFERRAL_TRIGGERS,
  ROUTINE_STATUSES, SEVERITIES, SUPPORT_PHASES, severityRank,
} from './vocabulary';

const schema = buildSchema(schemaText);
function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the schema`);
  return type.getValues().map((value) => value.name);
}

describe('the vocabularies against the schema', () => {
  it.each([
    ['FindingKind', FINDING_KINDS],
    ['Severity', SEVERITIES],
    ['Concept', CONCEPTS],
    ['ActorKind', ACTOR_KINDS],
    ['ReferralTrigger', REFERRAL_TRIGGERS],
    ['ReferralKind', REFERRAL_KINDS],
    ['ReferralStatus', REFERRAL_STATUSES],
    ['SupportPhase', SUPPORT_PHASES],
    ['RoutineStatus', ROUTINE_STATUSES],
    ['AreaType', AREA_TYPES],
  ] as const)('%s has the same values in the same order', (name, values) => {
    expect([...values]).toEqual(enumValues(name));
  });

  it('ranks HIGH before MEDIUM before LOW', () => {
    expect(['LOW', 'HIGH', 'MEDIUM'].map((s) => severityRank(s as 'LOW')).sort()).toEqual([0, 1, 2]);
    expect(severityRank('HIGH')).toBeLessThan(severityRank('LOW'));
  });
});
