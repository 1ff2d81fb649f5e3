import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { cutVerticesAndBridges } from '../../src/analysis/structure/articulation.js';

function graph(edges: [string, string][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [a, b] of edges) g.mergeEdge(a, b);
  return g;
}

describe('cut vertices and bridges', () => {
  it('finds the two ends of the bridge joining two triangles', () => {
    const g = graph([['1', '2'], ['2', '3'], ['3', '1'], ['3', '4'], ['4', '5'], ['5', '6'], ['6', '4']]);
    const { cutVertices, bridges } = cutVerticesAndBridges(g);
    expect(cutVertices.map((c) => c.node).sort()).toEqual(['3', '4']);
    const byNode = Object.fromEntries(cutVertices.map((c) => [c.node, [...c.cutOff].sort()]));
    // Without 3, {1,2} lose contact with {4,5,6} (the larger piece, "the rest"); likewise for 4.
    expect(byNode['3']).toEqual(['1', '2']);
    expect(byNode['4']).toEqual(['5', '6']);
    expect(bridges).toHaveLength(1);
    expect([bridges[0]!.source, bridges[0]!.target].sort()).toEqual(['3', '4']);
    expect(bridges[0]!.smallerSideCount).toBe(3);
    // Equal sides: the side with the smallest key is listed, whatever the search order.
    expect([...bridges[0]!.smallerSide].sort()).toEqual(['1', '2', '3']);
  });

  it('finds the middle of a path, and every edge of a path as a bridge', () => {
    const { cutVertices, bridges } = cutVerticesAndBridges(graph([['a', 'b'], ['b', 'c']]));
    expect(cutVertices).toEqual([{ node: 'b', cutOffCount: 1, cutOff: ['c'], pieceSizes: [1] }]);
    expect(cutVertices[0]!.cutOff).toHaveLength(1);
    expect(bridges).toHaveLength(2);
  });

  it('finds the centre of a star, cutting off all but one leaf', () => {
    const { cutVertices } = cutVerticesAndBridges(graph([['hub', 'x'], ['hub', 'y'], ['hub', 'z']]));
    expect(cutVertices.map((c) => c.node)).toEqual(['hub']);
    expect(cutVertices[0]!.cutOff).toHaveLength(2);
  });

  it('finds nothing in a cycle', () => {
    expect(cutVerticesAndBridges(graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]))).toEqual({ cutVertices: [], bridges: [] });
  });

  it('handles a long path without overflowing the stack', () => {
    const edges: [string, string][] = Array.from({ length: 50_000 }, (_, i) => [`n${i}`, `n${i + 1}`]);
    const { cutVertices, bridges } = cutVerticesAndBridges(graph(edges));
    expect(cutVertices).toHaveLength(49_999);
    expect(bridges).toHaveLength(50_000);
    // Counts are exact (the middle node cuts off one half); the listed nodes are capped so memory stays linear.
    expect(Math.max(...cutVertices.map((c) => c.cutOffCount))).toBe(25_000);
    expect(Math.max(...cutVertices.map((c) => c.cutOff.length))).toBe(200);
  });
});
