import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber';

describe('formatNumber', () => {
  it('groups thousands the Swedish way, with a no-break space', () => {
    expect(formatNumber(12345, 'sv-SE')).toBe('12\u00a0345');
    expect(formatNumber(100000, 'sv-SE')).toBe('100\u00a0000');
  });

  it('leaves small numbers alone', () => {
    expect(formatNumber(0, 'sv-SE')).toBe('0');
    expect(formatNumber(999, 'sv-SE')).toBe('999');
  });

  it('writes a Swedish minus sign', () => {
    expect(formatNumber(-3, 'sv-SE')).toBe('\u22123');
  });

  it('follows the locale it is given', () => {
    expect(formatNumber(12345, 'en-GB')).toBe('12,345');
  });
});
