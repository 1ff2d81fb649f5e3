/**
 * The fast Adamic–Adar of the suggested links gives exactly what the plain version gives (the
 * one the analysis used before it was made fast, kept here as the reference): the same pairs, in
 * the same order, with the same scores to the bit and the same common neighbours named — on
 * random graphs shaped like the map (networks as cliques, referral routes, repeated links), with
 * many ties in score and hubs above the degree cut-off.
 */
import { describe, expect, it } from 'vitest';
import { adamicAdar, IndexAdjacency } from '../../src/analysis/common-neighbours.js';
import { PARALLEL_FROM_SLOTS, startCommonNeighbours } from '../../src/analysis/common-neighbours-job.js';
import { Rng } from '../../src/synthetic/prng.js';

interface Candidate { a: number; b: number; score: number; via: number[] }

/** The reference: Set adjacency in first-linked order, a full sort per node. */
function referenceAdamicAdar(adjacency: readonly Set<number>[], perNode: number, maxDegree: number, maxVia: number): Candidate[] {
  const n = adjacency.length;
  const score = new Float64Array(n);
  const via: number[][] = Array.from({ length: n }, () => []);
  const touched: number[] = [];
  const kept: Candidate[] = [];
  for (let a = 0; a < n; a++) {
    for (const z of adjacency[a]!) {
      const degree = adjacency[z]!.size;
      if (degree < 2 || degree > maxDegree) continue;
      const weight = 1 / Math.log(degree);
      for (const b of adjacency[z]!) {
        if (b <= a || adjacency[a]!.has(b)) continue;
        if (score[b] === 0) touched.push(b);
        score[b] = score[b]! + weight;
        if (via[b]!.length < maxVia) via[b]!.push(z);
      }
    }
    const best = touched.sort((x, y) => score[y]! - score[x]! || x - y).slice(0, perNode);
    for (const b of best) kept.push({ a, b, score: Math.round(score[b]! * 1000) / 1000, via: via[b]! });
    for (const b of touched) {
      score[b] = 0;
      via[b] = [];
    }
    touched.length = 0;
  }
  return kept;
}

/** Link events like the map's: small and large groups (cliques), then single routes, with repeats and self-links. */
function randomLinks(rng: Rng, n: number): [number, number][] {
  const links: [number, number][] = [];
  const groups = 1 + rng.int(0, Math.max(1, Math.floor(n / 4)));
  for (let g = 0; g < groups; g++) {
    const size = rng.chance(0.1) ? rng.int(10, Math.max(10, n)) : rng.int(2, 6);
    const members = Array.from({ length: size }, () => rng.int(0, n - 1));
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) links.push([members[i]!, members[j]!]);
  }
  const routes = rng.int(0, n);
  for (let r = 0; r < routes; r++) links.push([rng.int(0, n - 1), rng.int(0, n - 1)]);
  return links;
}

describe('Adamic–Adar for the suggested links', () => {
  it('matches the plain version on random map-shaped graphs, ties and hubs included', () => {
    const rng = new Rng(20261203);
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const n = rng.int(2, 80);
      const links = randomLinks(rng, n);
      const sets = Array.from({ length: n }, () => new Set<number>());
      for (const [x, y] of links) if (x !== y) { sets[x]!.add(y); sets[y]!.add(x); }
      const fast = IndexAdjacency.build(n, (link) => { for (const [x, y] of links) link(x, y); });
      for (let x = 0; x < n; x++) {
        expect([...fast.order[x]!]).toEqual([...sets[x]!]);
        for (let y = 0; y < n; y++) expect(fast.has(x, y)).toBe(sets[x]!.has(y));
      }
      const perNode = rng.int(1, 6);
      const maxDegree = rng.chance(0.5) ? 200 : rng.int(2, 8);
      const maxVia = rng.int(1, 4);
      const expected = referenceAdamicAdar(sets, perNode, maxDegree, maxVia);
      expect(adamicAdar(fast, n, perNode, maxDegree, maxVia)).toEqual(expected);
      compared += expected.length;
    }
    // The comparison is about something: many candidate pairs were produced and compared.
    expect(compared).toBeGreaterThan(1000);
  });

  it('scores a pair by its common neighbours, a busy one weighing less, and never suggests a joined pair', () => {
    // 0 and 1 share 2 (degree 2) and 3 (degree 3, also joined to 4); 0 and 4 share 3 only; 1–4 and 3–4 are
    // joined, so neither is suggested; 2 and 3 share 0 (degree 2) and 1 (degree 3).
    const edges: [number, number][] = [[0, 2], [1, 2], [0, 3], [1, 3], [3, 4], [1, 4]];
    const adjacency = IndexAdjacency.build(5, (link) => { for (const [x, y] of edges) link(x, y); });
    const found = adamicAdar(adjacency, 5, 5, 200, 4);
    expect(found).toEqual([
      { a: 0, b: 1, score: Math.round((1 / Math.log(2) + 1 / Math.log(3)) * 1000) / 1000, via: [2, 3] },
      { a: 0, b: 4, score: Math.round((1 / Math.log(3)) * 1000) / 1000, via: [3] },
      { a: 2, b: 3, score: Math.round((1 / Math.log(2) + 1 / Math.log(3)) * 1000) / 1000, via: [0, 1] },
      { a: 2, b: 4, score: Math.round((1 / Math.log(3)) * 1000) / 1000, via: [1] },
    ]);
  });

  it('gives the same candidates on the helper thread as in place, and keeps small graphs in place', () => {
    const rng = new Rng(42);
    const n = 3_000;
    const links: [number, number][] = [];
    for (let g = 0; g < n / 2; g++) {
      const members = Array.from({ length: rng.int(2, 12) }, () => rng.int(0, n - 1));
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) links.push([members[i]!, members[j]!]);
    }
    const adjacency = IndexAdjacency.build(n, (link) => { for (const [x, y] of links) link(x, y); });
    expect([...IndexAdjacency.fromFlat(adjacency.flat().offsets, adjacency.flat().targets).order]).toEqual([...adjacency.order]);
    const inPlace = adamicAdar(adjacency, n, 5, 200, 4);
    const pending = startCommonNeighbours(adjacency, n, 5, 200, 4, 0); // 0: always on the helper
    expect(pending.onHelper).toBe(true);
    const onHelper = pending.collect();
    expect(pending.answeredByHelper).toBe(true);
    expect(onHelper).toEqual(inPlace);
    expect(inPlace.length).toBeGreaterThan(1000);
    expect(pending.collect()).toBe(onHelper); // collected once
    // Below the threshold the work stays here, with the same answer.
    expect(adjacency.slots).toBeLessThan(PARALLEL_FROM_SLOTS * 100);
    const small = startCommonNeighbours(adjacency, n, 5, 200, 4, adjacency.slots + 1);
    expect(small.onHelper).toBe(false);
    expect(small.collect()).toEqual(inPlace);
  });
});
