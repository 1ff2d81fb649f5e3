import { describe, expect, it } from 'vitest';
import { betweennessByIndex } from '../../src/analysis/structure/betweenness.js';
import { buildCsr } from '../../src/analysis/structure/csr.js';
import { startBetweenness } from '../../src/analysis/structure/parallel-betweenness.js';
import { Rng } from '../../src/synthetic/prng.js';

/** A random sparse graph with a few hubs, like the collaboration graph. */
function randomCsr(seed: number, n: number) {
  const rng = new Rng(seed);
  const keys = Array.from({ length: n }, (_, i) => `n${i}`);
  return buildCsr(keys, (add) => {
    for (let i = 1; i < n; i++) add(i, rng.int(0, i - 1));
    for (let k = 0; k < n; k++) add(rng.int(0, n - 1), rng.int(0, Math.min(n - 1, 20)));
  });
}

describe('betweenness on the helper thread', () => {
  it('gives the same scores, to the bit, as computing in place (exact and sampled)', () => {
    const csr = randomCsr(7, 1_500);
    for (const samples of [csr.keys.length, 64]) {
      const inPlace = betweennessByIndex(csr, samples);
      const pending = startBetweenness(csr, samples, 0); // 0: always on the helper
      expect(pending.onHelper).toBe(true);
      const onHelper = pending.collect();
      expect(Array.from(onHelper)).toEqual(Array.from(inPlace));
      expect(pending.answeredByHelper).toBe(true);
      expect(pending.collect()).toBe(onHelper); // collected once
      expect(inPlace.some((x) => x > 0)).toBe(true);
    }
  });

  it('keeps small graphs on the calling thread, with the same result', () => {
    const csr = randomCsr(3, 200);
    const pending = startBetweenness(csr, csr.keys.length);
    expect(pending.onHelper).toBe(false);
    expect(Array.from(pending.collect())).toEqual(Array.from(betweennessByIndex(csr, csr.keys.length)));
    // The national map's size goes to the helper with the default threshold.
    expect(startBetweenness(randomCsr(5, 20_000), 256).onHelper).toBe(true);
  });
});
