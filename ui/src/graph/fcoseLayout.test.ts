import { describe, expect, it } from 'vitest';
import { computeFcose, DRAFT_ABOVE, fcoseOptions, type LayoutInput } from './fcoseLayout';

const ring = (count: number): LayoutInput => ({
  nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, size: 20 })),
  edges: Array.from({ length: count }, (_, i) => ({ source: `n${i}`, target: `n${(i + 1) % count}`, length: 60 })),
  seed: 7,
});

describe('the fcose layout', () => {
  it('places every node, the same way every time for the same input', () => {
    const first = computeFcose(ring(30));
    expect(Object.keys(first)).toHaveLength(30);
    expect(computeFcose(ring(30))).toEqual(first);
  });

  it('spreads the nodes out (no two on the same spot)', () => {
    const positions = Object.values(computeFcose(ring(20)));
    const spots = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(20);
  });

  it('refines a picture that is mostly in place instead of starting over', () => {
    const input = ring(12);
    const placed = computeFcose(input);
    const again = computeFcose({ ...input, nodes: input.nodes.map((n) => ({ ...n, position: placed[n.id]! })) });
    for (const id of Object.keys(placed)) {
      expect(Math.hypot(again[id]!.x - placed[id]!.x, again[id]!.y - placed[id]!.y)).toBeLessThan(60);
    }
  });

  it('uses the spectral draft alone for large maps, and never animates', () => {
    expect(fcoseOptions(DRAFT_ABOVE + 1, false)).toMatchObject({ quality: 'draft', randomize: true, animate: false });
    expect(fcoseOptions(100, true)).toMatchObject({ quality: 'default', randomize: false, animate: false });
  });
});
