/**
 * A small seeded pseudo-random number generator (mulberry32) and the draws the synthetic map
 * needs. Nothing here reads the clock or Math.random: the same seed gives the same sequence.
 */

/** A 32-bit hash of a seed and a stream name (FNV-1a over the name, mixed with the seed). */
export function streamSeed(seed: number, stream: string): number {
  let h = (0x811c9dc5 ^ (Math.trunc(seed) >>> 0)) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= Math.trunc(seed / 4294967296) >>> 0;
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator of its own for one part of the map, so parts do not shift each other. */
  static stream(seed: number, name: string): Rng {
    return new Rng(streamSeed(seed, name));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A value by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error('weighted choice from an empty list');
    return last[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** Up to k distinct items, in the order they were drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    const out = [...items];
    const n = Math.min(Math.max(0, k), out.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (out.length - i));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out.slice(0, n);
  }

  /** Each item kept with probability p, order kept. */
  subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => this.next() < p);
  }
}

const DAY_MS = 86_400_000;
/** Every day of a range as YYYY-MM-DD, by range; the generator asks for a few ranges many times. */
const DAY_TABLES = new Map<string, readonly string[]>();

function days(from: string, to: string): readonly string[] {
  const key = `${from}/${to}`;
  let table = DAY_TABLES.get(key);
  if (!table) {
    const a = Date.parse(`${from}T00:00:00Z`);
    const n = Math.round((Date.parse(`${to}T00:00:00Z`) - a) / DAY_MS);
    table = Array.from({ length: n + 1 }, (_, i) => new Date(a + i * DAY_MS).toISOString().slice(0, 10));
    DAY_TABLES.set(key, table);
  }
  return table;
}

/** A day in [from, to] (ISO dates), as YYYY-MM-DD. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  return rng.pick(days(from, to));
}
