/**
 * The structural analysis checked against networkx (Debian's python3-networkx) on many random
 * graphs, each also built in a shuffled order: articulation points and how much each cuts off,
 * bridges, component sizes and betweenness must agree — and must not depend on insertion order.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { cutVerticesAndBridges, MAX_LISTED } from '../../src/analysis/structure/articulation.js';
import { sampledBetweenness } from '../../src/analysis/structure/betweenness.js';
import { Rng } from '../../src/synthetic/prng.js';

const REFERENCE = fileURLToPath(new URL('./support/networkx-reference.py', import.meta.url));

interface Spec { nodes: string[]; edges: [string, string][] }
interface Answer { cut: Record<string, number>; bridges: [string, string][]; components: number[]; betweenness: Record<string, number> }

/** The project's seeded generator (mulberry32), as a function. */
function mulberry32(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Sparse graphs of several shapes: trees with a few extra edges, stars, paths, random, disconnected. */
function randomGraph(random: () => number, i: number): Spec {
  const n = 3 + Math.floor(random() * 45);
  const nodes = Array.from({ length: n }, (_, k) => `v${k}`);
  const edges = new Map<string, [string, string]>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    const [x, y] = [nodes[Math.min(a, b)]!, nodes[Math.max(a, b)]!];
    edges.set(`${x}|${y}`, [x, y]);
  };
  const shape = i % 5;
  if (shape === 0 || shape === 4) {
    // A random tree (or forest, shape 4) plus a few chords.
    for (let k = 1; k < n; k++) if (shape === 0 || random() < 0.8) add(k, Math.floor(random() * k));
    const chords = Math.floor(random() * n * 0.3);
    for (let k = 0; k < chords; k++) add(Math.floor(random() * n), Math.floor(random() * n));
  } else if (shape === 1) {
    for (let k = 1; k < n; k++) add(0, k);
    if (n > 3) add(1, 2);
  } else if (shape === 2) {
    for (let k = 1; k < n; k++) add(k - 1, k);
  } else {
    const p = 1.5 / n;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (random() < p) add(a, b);
  }
  return { nodes, edges: [...edges.values()] };
}

function build(spec: Spec, random: () => number | null): UndirectedGraph {
  const g = new UndirectedGraph();
  const order = random() === null ? spec.nodes : shuffled(spec.nodes, random as () => number);
  for (const node of order) g.addNode(node);
  const edges = random() === null ? spec.edges : shuffled(spec.edges, random as () => number).map(([a, b]) => ((random() as number) < 0.5 ? [b, a] : [a, b]) as [string, string]);
  for (const [a, b] of edges) g.addEdge(a, b);
  return g;
}

const random = mulberry32(20241203);
const specs = Array.from({ length: 300 }, (_, i) => randomGraph(random, i));
const answers = JSON.parse(execFileSync('/usr/bin/python3', [REFERENCE], { input: JSON.stringify(specs), encoding: 'utf8', maxBuffer: 64 << 20 })) as Answer[];

const ours = (g: UndirectedGraph) => {
  const { cutVertices, bridges } = cutVerticesAndBridges(g);
  return {
    cut: Object.fromEntries(cutVertices.map((c) => [c.node, c.cutOffCount])),
    cutOff: Object.fromEntries(cutVertices.map((c) => [c.node, [...c.cutOff].sort()])),
    bridges: bridges.map((b) => [b.source, b.target].sort()).sort(),
    smaller: Object.fromEntries(bridges.map((b) => [[b.source, b.target].sort().join('|'), [...b.smallerSide].sort()])),
  };
};

describe('cut vertices, bridges, components and betweenness against networkx', () => {
  it('agree on 300 random graphs, each built in three different orders', () => {
    let withCuts = 0;
    specs.forEach((spec, i) => {
      const expected = answers[i]!;
      const inOrder = ours(build(spec, () => null));
      const permutations = [1, 2].map((k) => ours(build(spec, (() => { const r = mulberry32(i * 7 + k); return () => r(); })())));
      expect(inOrder.cut, `graph ${i}`).toEqual(expected.cut);
      expect(inOrder.bridges, `graph ${i}`).toEqual(expected.bridges.map((b) => [...b].sort()).sort());
      for (const p of permutations) {
        expect(p.cut, `graph ${i} shuffled`).toEqual(inOrder.cut);
        expect(p.bridges, `graph ${i} shuffled`).toEqual(inOrder.bridges);
        // Which nodes are cut off (and which side of a bridge is the smaller) is the same too.
        expect(p.cutOff, `graph ${i} shuffled`).toEqual(inOrder.cutOff);
        expect(p.smaller, `graph ${i} shuffled`).toEqual(inOrder.smaller);
      }
      if (Object.keys(expected.cut).length) withCuts++;
      const g = build(spec, () => null);
      expect(connectedComponents(g).map((c) => c.length).sort((a, b) => a - b), `graph ${i}`).toEqual(expected.components);
      const betweenness = sampledBetweenness(g, g.order);
      for (const node of spec.nodes) expect(betweenness[node], `graph ${i}, ${node}`).toBeCloseTo(expected.betweenness[node]!, 9);
    });
    expect(withCuts).toBeGreaterThan(200);
    expect(MAX_LISTED).toBeGreaterThan(50); // every cut-off list in these graphs is complete
  });

  it('names the pieces that lose contact, not the search subtree: the hub of a broom cuts off its handle', () => {
    // a–b–c–hub, and hub with a triangle of 5 (x1..x5 all joined): removing hub leaves {a,b,c} and {x…}.
    const g = new UndirectedGraph();
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['c', 'hub'], ['hub', 'x1'], ['x1', 'x2'], ['x2', 'x3'], ['x3', 'x4'], ['x4', 'x5'], ['x5', 'x1']]) g.mergeEdge(a!, b!);
    const hub = cutVerticesAndBridges(g).cutVertices.find((c) => c.node === 'hub')!;
    expect(hub.cutOffCount).toBe(3);
    expect([...hub.cutOff].sort()).toEqual(['a', 'b', 'c']);
  });
});
