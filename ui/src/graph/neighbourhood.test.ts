import { describe, expect, it } from 'vitest';
import { SMALL_MAP } from './fixtures.test-helpers';
import { neighbourhoodOf, restrictTo } from './neighbourhood';

const ids = (view: { nodes: readonly { id: string }[] }) => view.nodes.map((n) => n.id).sort();

describe('a node’s neighbourhood in the loaded view', () => {
  it('grows with the depth, over edges in either direction', () => {
    expect(ids(neighbourhoodOf(SMALL_MAP, 'kommun', 1))).toEqual(['kommun', 'socialtjanst']);
    expect(ids(neighbourhoodOf(SMALL_MAP, 'kommun', 2))).toEqual(['forskola', 'kommun', 'kyrkan', 'natverk', 'socialtjanst']);
    expect(ids(neighbourhoodOf(SMALL_MAP, 'kommun', 3))).toEqual(['forskola', 'hrv', 'kommun', 'kyrkan', 'natverk', 'socialtjanst']);
  });

  it('keeps only the edges between kept nodes', () => {
    const view = neighbourhoodOf(SMALL_MAP, 'natverk', 1);
    expect(view.edges.map((e) => e.id).sort()).toEqual(['m1', 'm2', 'r1']);
  });

  it('is empty for a node that is not in the view', () => {
    expect(neighbourhoodOf(SMALL_MAP, 'elsewhere', 2).nodes).toEqual([]);
    expect(restrictTo(SMALL_MAP, new Set(['hrv'])).edges).toEqual([]);
  });
});
