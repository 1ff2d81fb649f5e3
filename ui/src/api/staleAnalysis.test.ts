import { describe, expect, it } from 'vitest';
import { isStaleAnalysis } from './staleAnalysis';

describe('isStaleAnalysis', () => {
  it('is true only for an analysis the server says is of an older map', () => {
    expect(isStaleAnalysis({ analysis: { upToDate: false } })).toBe(true);
    expect(isStaleAnalysis({ analysis: { upToDate: true } })).toBe(false);
    expect(isStaleAnalysis({ analysis: {} })).toBe(false);
    expect(isStaleAnalysis({ graph: { upToDate: false } })).toBe(false);
    expect(isStaleAnalysis(null)).toBe(false);
  });
});
