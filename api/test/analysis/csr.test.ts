import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildCsr, csrOf, degreeAt } from '../../src/analysis/structure/csr.js';

const neighbours = (csr: ReturnType<typeof buildCsr>, i: number) => Array.from(csr.targets.subarray(csr.offsets[i]!, csr.offsets[i + 1]!));

describe('the compressed adjacency the structural analyses share', () => {
  it('keeps one edge per pair, drops self-links and tells each caller the edge index', () => {
    const seen: number[] = [];
    const csr = buildCsr(['a', 'b', 'c'], (add) => {
      seen.push(add(0, 1), add(1, 0), add(1, 1), add(2, 1));
    });
    expect(seen).toEqual([0, 0, -1, 1]);
    expect(csr.edges).toBe(2);
    expect([0, 1, 2].map((i) => degreeAt(csr, i))).toEqual([1, 2, 1]);
    // Both ends of an edge carry its index.
    expect(Array.from(csr.edgeOf.subarray(csr.offsets[1]!, csr.offsets[2]!))).toEqual([0, 1]);
  });

  it('lists neighbours in the order their edges were added, as graphology does', () => {
    const g = new UndirectedGraph();
    for (const k of ['x', 'y', 'z', 'w']) g.addNode(k);
    for (const [a, b] of [['z', 'x'], ['x', 'w'], ['y', 'x'], ['w', 'z']] as const) g.addEdge(a, b);
    const csr = csrOf(g);
    csr.keys.forEach((key, i) => expect(neighbours(csr, i).map((j) => csr.keys[j])).toEqual(g.neighbors(key)));
  });
});
