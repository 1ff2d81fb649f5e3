import { describe, expect, it } from 'vitest';
import { chainsCodec, chainsMode, DEFAULT_CHAINS, toRoutesVariables, type ChainsState } from './state';

const parse = (query: string) => chainsCodec.parse(new URLSearchParams(query));

describe('the chains URL state', () => {
  it('reads an empty URL as "choose a start", aiming at specialised support', () => {
    expect(parse('')).toEqual(DEFAULT_CHAINS);
    expect(chainsMode(parse(''))).toEqual({ mode: 'choose' });
    expect(chainsCodec.serialize(DEFAULT_CHAINS).toString()).toBe('');
  });

  it('round-trips one actor and a target actor', () => {
    const state: ChainsState = { from: 'ragunda-skola', area: undefined, kind: undefined, target: 'ragunda-socialtjanst' };
    const query = chainsCodec.serialize(state).toString();
    expect(query).toBe('from=ragunda-skola&target=ragunda-socialtjanst');
    expect(parse(query)).toEqual(state);
    expect(chainsMode(state)).toEqual({ mode: 'actor', from: 'ragunda-skola', group: undefined });
  });

  it('round-trips a kind in an area, and one actor opened from it', () => {
    expect(chainsMode(parse('area=berg&kind=PRESCHOOL'))).toEqual({ mode: 'group', area: 'berg', kind: 'PRESCHOOL' });
    const opened = parse('from=berg-forskola&area=berg&kind=PRESCHOOL');
    expect(chainsCodec.serialize(opened).toString()).toBe('from=berg-forskola&area=berg&kind=PRESCHOOL');
    expect(chainsMode(opened)).toEqual({ mode: 'actor', from: 'berg-forskola', group: { area: 'berg', kind: 'PRESCHOOL' } });
  });

  it('drops junk: an unknown kind, empty values; half a group is no group', () => {
    expect(parse('kind=SPACESHIP&from=%20&target=').kind).toBeUndefined();
    expect(parse('kind=SPACESHIP&from=%20&target=')).toEqual(DEFAULT_CHAINS);
    expect(chainsMode(parse('area=berg'))).toEqual({ mode: 'choose' });
    expect(chainsMode(parse('kind=SCHOOL'))).toEqual({ mode: 'choose' });
  });
});

describe('the routes query variables', () => {
  it('ask for specialised support (social services or a resource centre) when no target is chosen', () => {
    expect(toRoutesVariables('berg-forskola', undefined)).toEqual({ from: 'berg-forskola', to: null, toKinds: ['SOCIAL_SERVICES', 'RESOURCE_CENTRE'], maxHops: 3 });
  });

  it('ask for exactly one of to and toKinds', () => {
    const v = toRoutesVariables('berg-forskola', 'berg-socialtjanst');
    expect(v).toEqual({ from: 'berg-forskola', to: 'berg-socialtjanst', toKinds: null, maxHops: 3 });
  });
});
