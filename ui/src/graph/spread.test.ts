import { describe, expect, it } from 'vitest';
import { spreadOverlaps } from './spread';

describe('spreading a draft layout', () => {
  const nodes = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, size: 20, weight: i }));
  // Half the nodes on one spot, half on another: what the spectral draft does to look-alike nodes.
  const positions = Object.fromEntries(nodes.map((n, i) => [n.id, i < 25 ? { x: 0, y: 0 } : { x: 100, y: 0 }]));
  const spread = spreadOverlaps(positions, nodes);

  it('leaves no two nodes on the same spot or overlapping', () => {
    const points = Object.values(spread);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('keeps the picture: nodes from the same spot stay together, apart from the others', () => {
    const centre = (ids: string[]) => ids.reduce((c, id) => ({ x: c.x + spread[id]!.x / ids.length, y: c.y + spread[id]!.y / ids.length }), { x: 0, y: 0 });
    const left = centre(nodes.slice(0, 25).map((n) => n.id));
    const right = centre(nodes.slice(25).map((n) => n.id));
    expect(right.x - left.x).toBeGreaterThan(100);
  });

  it('gives the best-connected node its own spot first, and is deterministic', () => {
    expect(spreadOverlaps(positions, nodes)).toEqual(spread);
    expect(spread['n49']).toEqual(spreadOverlaps(positions, nodes)['n49']);
  });
});
