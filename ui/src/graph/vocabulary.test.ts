import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../api/src/graphql/schema.graphql?raw';
import { ACTOR_KINDS, LEVELS, MEMBERSHIP_ROLES, NETWORK_STATUSES, REFERRAL_KINDS, REFERRAL_STATUSES, SECTORS } from './vocabulary';

const schema = buildSchema(schemaText);
export function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the schema`);
  return type.getValues().map((v) => v.name);
}

describe('the map’s vocabularies against the schema', () => {
  it.each([
    ['ActorKind', ACTOR_KINDS], ['Sector', SECTORS], ['Level', LEVELS], ['ReferralKind', REFERRAL_KINDS],
    ['ReferralStatus', REFERRAL_STATUSES], ['NetworkStatus', NETWORK_STATUSES], ['MembershipRole', MEMBERSHIP_ROLES],
  ] as const)('%s lists every value, in schema order', (name, list) => {
    expect([...list]).toEqual(enumValues(name));
  });
});
