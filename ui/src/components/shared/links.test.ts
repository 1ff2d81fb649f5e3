import { describe, expect, it } from 'vitest';
import { compareNames, formatScore } from './format';
import { findingHref, isPlainClick, mapHref, withLang } from './links';

describe('links between views', () => {
  it('point the map at a finding, a focus or a selection, keeping English', () => {
    expect(mapHref('finding', 'f-1', 'sv')).toBe('/?finding=f-1');
    expect(mapHref('focus', 'net-a', 'en')).toBe('/?focus=net-a&lang=en');
    expect(mapHref('select', 'berg-forskola', 'sv')).toBe('/?select=berg-forskola');
    expect(findingHref('f-2', 'en')).toBe('/brister?finding=f-2&lang=en');
  });

  it('drop a stale lang when the reader is back in Swedish', () => {
    expect(withLang('/kedjor', new URLSearchParams('from=x&lang=en'), 'sv')).toBe('/kedjor?from=x');
    expect(withLang('/kedjor', new URLSearchParams(), 'sv')).toBe('/kedjor');
  });

  it('leave modified clicks to the browser', () => {
    const plain = { metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, button: 0 };
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
  });
});

describe('formatting', () => {
  it('writes scores with two decimals in the reader’s language', () => {
    expect(formatScore(0.7619, 'sv')).toBe('0,76');
    expect(formatScore(0.7619, 'en')).toBe('0.76');
    expect(formatScore(1, 'sv')).toBe('1,00');
  });

  it('sorts Swedish names with Å, Ä, Ö last', () => {
    expect(['Östersund', 'Berg', 'Åre', 'Ragunda'].sort((a, b) => compareNames(a, b))).toEqual(['Berg', 'Ragunda', 'Åre', 'Östersund']);
  });
});
