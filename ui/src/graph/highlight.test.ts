import { describe, expect, it } from 'vitest';
import { SMALL_MAP } from './fixtures.test-helpers';
import { highlightFor, isHighlighting, NO_HIGHLIGHT } from './highlight';

const shown = new Set(SMALL_MAP.nodes.map((n) => n.id));

describe('a finding as a highlight', () => {
  it('lights its subject nodes and the edges between them; the rest is dimmed', () => {
    const set = highlightFor({ nodes: ['natverk', 'socialtjanst', 'forskola'], relationships: [] }, shown, SMALL_MAP.edges);
    expect([...set.nodes].sort()).toEqual(['forskola', 'natverk', 'socialtjanst']);
    expect([...set.edges].sort()).toEqual(['m1', 'm2', 'r1']);
    expect(set.edges.has('p1')).toBe(false);
    expect(set.missingNodes).toEqual([]);
  });

  it('lights a named relationship and both its ends', () => {
    const set = highlightFor({ nodes: [], relationships: ['r2'] }, shown, SMALL_MAP.edges);
    expect([...set.edges]).toEqual(['r2']);
    expect([...set.nodes].sort()).toEqual(['kyrkan', 'socialtjanst']);
  });

  it('counts subjects the map does not show as missing, not as highlighted', () => {
    const set = highlightFor({ nodes: ['natverk', 'stromsund'], relationships: ['gone'] }, shown, SMALL_MAP.edges);
    expect([...set.nodes]).toEqual(['natverk']);
    expect(set.missingNodes).toEqual(['stromsund']);
    expect(set.edges.size).toBe(0);
  });

  it('highlights nothing when there is no finding', () => {
    expect(isHighlighting(NO_HIGHLIGHT)).toBe(false);
    expect(isHighlighting(highlightFor({ nodes: ['nowhere'], relationships: [] }, shown, SMALL_MAP.edges))).toBe(false);
  });
});
