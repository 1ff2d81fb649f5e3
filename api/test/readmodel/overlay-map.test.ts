/**
 * The read model's persistent map behaves as a plain Map would, through any run of changes:
 * lookups, size and every way of iterating, with and without a layer, across folds.
 */
import { describe, expect, it } from 'vitest';
import { OverlayMap } from '../../src/readmodel/overlay-map.js';
import { Rng } from '../../src/synthetic/prng.js';

function expectSame(overlay: OverlayMap<string, number>, plain: Map<string, number>): void {
  expect(overlay.size).toBe(plain.size);
  const sorted = <T>(xs: Iterable<T>) => [...xs].sort();
  expect(sorted([...overlay.entries()].map(([k, v]) => `${k}=${v}`))).toEqual(sorted([...plain.entries()].map(([k, v]) => `${k}=${v}`)));
  expect(sorted(overlay.keys())).toEqual(sorted(plain.keys()));
  expect(sorted(overlay.values())).toEqual(sorted(plain.values()));
  expect(sorted([...overlay].map(([k]) => k))).toEqual(sorted(plain.keys()));
  const seen: string[] = [];
  overlay.forEach((value, key) => seen.push(`${key}=${value}`));
  expect(sorted(seen)).toEqual(sorted([...plain].map(([k, v]) => `${k}=${v}`)));
  for (const key of ['k0', 'k7', 'k42', 'missing']) {
    expect(overlay.get(key)).toBe(plain.get(key));
    expect(overlay.has(key)).toBe(plain.has(key));
  }
}

describe('OverlayMap', () => {
  it('matches a plain Map through random changes, deletes and folds, iterating with and without a layer', () => {
    const rng = new Rng(11);
    const start = Array.from({ length: 200 }, (_, i) => [`k${i}`, i] as const);
    let overlay = OverlayMap.of<string, number>(start);
    const plain = new Map<string, number>(start);
    expectSame(overlay, plain);
    for (let round = 0; round < 300; round++) {
      const changes = new Map<string, number | undefined>();
      for (let c = rng.int(0, 30); c > 0; c--) {
        const key = `k${rng.int(0, 3_000)}`; // enough keys that the layer passes 1,024 and folds
        changes.set(key, rng.chance(0.3) ? undefined : rng.int(0, 1_000_000));
      }
      const before = [...overlay.entries()];
      const next = overlay.with(changes);
      for (const [key, value] of changes) if (value === undefined) plain.delete(key); else plain.set(key, value);
      expectSame(next, plain);
      expect([...overlay.entries()]).toEqual(before); // the old version is unchanged
      overlay = next;
    }
    expect(plain.size).toBeGreaterThan(1_024);
  });
});
