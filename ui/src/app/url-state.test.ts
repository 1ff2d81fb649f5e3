import { describe, expect, it } from 'vitest';
import { read, write } from './url-state';
import { viewFromPath } from './router';

describe('URL state helpers', () => {
  it('reads lists, dropping values outside a closed vocabulary', () => {
    const params = new URLSearchParams('sectors=MUNICIPAL,PLANET,CIVIL_SOCIETY&area=berg');
    expect(read.list(params, 'sectors', ['MUNICIPAL', 'CIVIL_SOCIETY'] as const)).toEqual(['MUNICIPAL', 'CIVIL_SOCIETY']);
    expect(read.string(params, 'area')).toBe('berg');
    expect(read.string(params, 'missing')).toBeUndefined();
  });

  it('falls back to defaults for numbers out of range or not numbers', () => {
    expect(read.int(new URLSearchParams('depth=9'), 'depth', 1, 3, 1)).toBe(1);
    expect(read.int(new URLSearchParams('depth=two'), 'depth', 1, 3, 1)).toBe(1);
    expect(read.int(new URLSearchParams('depth=2'), 'depth', 1, 3, 1)).toBe(2);
    expect(read.number(new URLSearchParams('min=0.45'), 'min', 0, 1, 0.3)).toBe(0.45);
  });

  it('writes only what differs from the defaults', () => {
    expect(write({ area: 'berg', sectors: [], depth: 1, q: '' }, { depth: 1 }).toString()).toBe('area=berg');
    expect(write({ sectors: ['A', 'B'], depth: 2 }, { depth: 1 }).toString()).toBe('sectors=A%2CB&depth=2');
  });

  it('maps Swedish paths to views, anything else to the map', () => {
    expect(viewFromPath('/brister')).toBe('gaps');
    expect(viewFromPath('/dubbletter/')).toBe('duplicates');
    expect(viewFromPath('/kedjor')).toBe('chains');
    expect(viewFromPath('/oversikt')).toBe('overview');
    expect(viewFromPath('/')).toBe('map');
    expect(viewFromPath('/okand')).toBe('map');
  });
});
