import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATES, duplicatesCodec, toOverlapVariables, type DuplicatesState } from './state';

const parse = (query: string) => duplicatesCodec.parse(new URLSearchParams(query));

describe('the duplicates URL state', () => {
  it('reads an empty URL as the defaults', () => {
    expect(parse('')).toEqual(DEFAULT_DUPLICATES);
    expect(duplicatesCodec.serialize(DEFAULT_DUPLICATES).toString()).toBe('');
  });

  it('round-trips area, lowest score and the compared pair', () => {
    const state: DuplicatesState = { area: 'jamtlands-lan', minScore: 0.5, pair: { a: 'net-kontaktpersonsnatverk-vinr', b: 'net-samordnarnatverk-vinr' } };
    const query = duplicatesCodec.serialize(state).toString();
    expect(query).toBe('area=jamtlands-lan&min=0.5&a=net-kontaktpersonsnatverk-vinr&b=net-samordnarnatverk-vinr');
    expect(parse(query)).toEqual(state);
  });

  it('keeps the pair in the reader’s order (row, then column)', () => {
    expect(parse('a=y&b=x').pair).toEqual({ a: 'y', b: 'x' });
  });

  it('ignores junk: a score out of range or not a number, half a pair, a network with itself', () => {
    expect(parse('min=7').minScore).toBe(0.3);
    expect(parse('min=-0.1').minScore).toBe(0.3);
    expect(parse('min=lots').minScore).toBe(0.3);
    expect(parse('a=x').pair).toBeUndefined();
    expect(parse('b=x').pair).toBeUndefined();
    expect(parse('a=x&b=x').pair).toBeUndefined();
    expect(parse('a=&b=x').pair).toBeUndefined();
  });
});

describe('filters → networkOverlaps variables', () => {
  it('asks for the whole map without an area, in the reader’s language', () => {
    expect(toOverlapVariables(DEFAULT_DUPLICATES, 'sv')).toEqual({ filter: {}, minScore: 0.3, first: 200, lang: 'SV' });
  });

  it('passes the area and the lowest score; the pair does not change the query', () => {
    const v = toOverlapVariables({ area: 'ragunda', minScore: 0.6, pair: { a: 'x', b: 'y' } }, 'en');
    expect(v).toEqual({ filter: { area: 'ragunda' }, minScore: 0.6, first: 200, lang: 'EN' });
  });
});
