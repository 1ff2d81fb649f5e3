import { describe, expect, it } from 'vitest';
import { DEFAULT_GAPS, gapsCodec, isFiltered, toAnalysisVariables, toMunicipalityVariables, type GapsState } from './state';

const parse = (query: string) => gapsCodec.parse(new URLSearchParams(query));

describe('the gaps URL state', () => {
  it('reads an empty URL as the defaults: everything, nothing open', () => {
    expect(parse('')).toEqual(DEFAULT_GAPS);
    expect(isFiltered(parse(''))).toBe(false);
  });

  it('round-trips every filter and the open finding', () => {
    const state: GapsState = { ...DEFAULT_GAPS, area: 'stromsund', concept: 'SAMVERKAN', kinds: ['MISSING_REPRESENTATION', 'BROKEN_CHAIN'], minSeverity: 'MEDIUM', finding: 'f-e08e01426d68afd4' };
    const query = gapsCodec.serialize(state).toString();
    expect(query).toBe('area=stromsund&concept=SAMVERKAN&kinds=MISSING_REPRESENTATION%2CBROKEN_CHAIN&min=MEDIUM&finding=f-e08e01426d68afd4');
    expect(parse(query)).toEqual(state);
  });

  it('keeps the URL short: defaults are left out', () => {
    expect(gapsCodec.serialize(DEFAULT_GAPS).toString()).toBe('');
    expect(gapsCodec.serialize({ ...DEFAULT_GAPS, minSeverity: 'LOW', area: 'berg' }).toString()).toBe('area=berg');
  });

  it('falls back value by value on junk from a hand-edited URL', () => {
    const state = parse('area=%20%20&concept=KÄRLEK&kinds=BROKER,NOPE,,BROKER,STALE_FACT&min=EXTREME&finding=');
    expect(state).toEqual({ ...DEFAULT_GAPS, kinds: ['BROKER', 'STALE_FACT'] });
  });

  it('keeps the list to fill in and the municipality page in the URL', () => {
    const state: GapsState = { ...DEFAULT_GAPS, list: 'fill-in', municipality: 'berg' };
    expect(gapsCodec.serialize(state).toString()).toBe('list=fill-in&municipality=berg');
    expect(parse('list=fill-in&municipality=berg')).toEqual(state);
    expect(parse('list=notes').list).toBe('gaps');
    expect(isFiltered(state)).toBe(false);
  });

  it('puts kinds in the schema order, once each', () => {
    expect(parse('kinds=COVERAGE_GAP,DUPLICATED_NETWORKS,COVERAGE_GAP').kinds).toEqual(['DUPLICATED_NETWORKS', 'COVERAGE_GAP']);
  });
});

describe('filters → analysis variables', () => {
  it('asks for everything when nothing is filtered, in the reader’s language', () => {
    expect(toAnalysisVariables(DEFAULT_GAPS, 'sv')).toEqual({ filter: {}, lang: 'SV' });
    expect(toAnalysisVariables(DEFAULT_GAPS, 'en')).toEqual({ filter: {}, lang: 'EN' });
  });

  it('passes each filter under the name the schema uses', () => {
    const state: GapsState = { ...DEFAULT_GAPS, area: 'stromsund', concept: 'RUTINER', kinds: ['BROKEN_CHAIN'], minSeverity: 'HIGH', finding: 'f-1' };
    expect(toAnalysisVariables(state, 'sv')).toEqual({
      filter: { area: 'stromsund', kinds: ['BROKEN_CHAIN'], minSeverity: 'HIGH', concepts: ['RUTINER'] },
      lang: 'SV',
    });
  });

  it('asks for the things to fill in, not the gaps, in the list to fill in', () => {
    expect(toAnalysisVariables({ ...DEFAULT_GAPS, list: 'fill-in' }, 'sv').filter).toEqual({ classes: ['TO_FILL_IN'] });
    expect(toAnalysisVariables(DEFAULT_GAPS, 'sv').filter).not.toHaveProperty('classes');
  });

  it('does not refetch for the open finding: it is not part of the query', () => {
    expect(toAnalysisVariables({ ...DEFAULT_GAPS, finding: 'f-1' }, 'sv')).toEqual(toAnalysisVariables(DEFAULT_GAPS, 'sv'));
  });

  it('leaves out LOW: the lowest severity filters nothing', () => {
    expect(toAnalysisVariables({ ...DEFAULT_GAPS, minSeverity: 'LOW' }, 'sv').filter).not.toHaveProperty('minSeverity');
    expect(toAnalysisVariables({ ...DEFAULT_GAPS, minSeverity: 'MEDIUM' }, 'sv').filter.minSeverity).toBe('MEDIUM');
  });
});

describe('a municipality’s page → analysis variables', () => {
  it('asks for the municipality’s area alone, whatever the list filters say', () => {
    expect(toMunicipalityVariables('berg', 'en')).toEqual({ filter: { area: 'berg' }, lang: 'EN' });
  });
});
