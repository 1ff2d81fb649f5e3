import { describe, expect, it } from 'vitest';
import { fixFor } from './fixes';

const TYPES: Record<string, string> = {
  'krokom-forskola': 'ACTOR', 'krokom-socialtjanst': 'ACTOR', 'net-lan': 'NETWORK', krokom: 'AREA', 'ref-1': 'REFERS_TO',
};
const typeOf = (id: string) => TYPES[id];
const finding = (kind: string, nodes: string[], relationships: string[] = [], toFill?: string[]) => ({ kind, subjects: { nodes, relationships }, toFill });

describe('from a finding to the form that resolves it', () => {
  it('adds a member to a network missing representation', () => {
    expect(fixFor(finding('MISSING_REPRESENTATION', ['net-lan', 'krokom']), typeOf)).toEqual({ action: 'create', form: 'Membership', prefill: { networkId: 'net-lan' } });
  });
  it('puts an unconnected actor in a network', () => {
    expect(fixFor(finding('UNCONNECTED_ACTOR', ['krokom-forskola']), typeOf)).toEqual({ action: 'create', form: 'Membership', prefill: { actorId: 'krokom-forskola' } });
  });
  it('opens the broken referral at its status, or adds a route from the actor', () => {
    expect(fixFor(finding('BROKEN_CHAIN', ['krokom-forskola'], ['ref-1']), typeOf)).toEqual({ action: 'edit', form: 'Referral', id: 'ref-1', focusField: 'status' });
    expect(fixFor(finding('BROKEN_CHAIN', ['krokom-forskola']), typeOf)).toEqual({ action: 'create', form: 'Referral', prefill: { fromId: 'krokom-forskola' } });
  });
  it('confirms stale facts', () => {
    expect(fixFor(finding('STALE_FACT', ['krokom-forskola', 'net-lan']), typeOf)).toEqual({ action: 'verify', ids: ['krokom-forskola', 'net-lan'] });
  });
  it('opens the record at the first field a finding says is missing, starting from the panel’s node', () => {
    expect(fixFor(finding('COVERAGE_GAP', ['krokom-forskola', 'krokom-socialtjanst'], [], ['targetGroups']), typeOf, 'krokom-socialtjanst'))
      .toEqual({ action: 'edit', form: 'Actor', id: 'krokom-socialtjanst', focusField: 'targetGroups' });
  });
  it('suggests a referral route between the two actors of a suggested link', () => {
    expect(fixFor(finding('SUGGESTED_LINK', ['krokom-forskola', 'krokom-socialtjanst']), typeOf)).toEqual({ action: 'create', form: 'Referral', prefill: { fromId: 'krokom-forskola', toId: 'krokom-socialtjanst' } });
  });
});
