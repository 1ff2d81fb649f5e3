/**
 * A request budget per principal: each signed-in account (or, before sign-in, each address) holds
 * cost units that refill at a steady rate, and every operation spends its estimated cost before it
 * runs. One expensive query is capped by limits.ts; this stops the same caller from sending such
 * queries in a loop and holding the event loop for everyone else.
 */

export interface BudgetSettings {
  /** Units a caller may spend at once (a burst). */
  readonly capacity: number;
  /** Units given back per second. */
  readonly refillPerSecond: number;
}

export type Spend = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

interface Bucket {
  units: number;
  at: number;
}

/** Buckets untouched this long are full again, so they are dropped to keep the map small. */
const IDLE_MS = 10 * 60_000;

export class RequestBudget {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(readonly settings: BudgetSettings, private readonly clock: () => number = Date.now) {}

  /**
   * Spends `cost` units of `key`'s budget, or refuses and says when enough will be back. An
   * operation costing more than the whole capacity is charged the capacity (limits.ts refuses
   * those before they get here).
   */
  spend(key: string, cost: number): Spend {
    const now = this.clock();
    this.sweep(now);
    const { capacity, refillPerSecond } = this.settings;
    const bucket = this.buckets.get(key) ?? { units: capacity, at: now };
    bucket.units = Math.min(capacity, bucket.units + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    const charge = Math.min(cost, capacity);
    if (bucket.units >= charge) {
      bucket.units -= charge;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((charge - bucket.units) / refillPerSecond)) };
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < IDLE_MS) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > IDLE_MS) this.buckets.delete(key);
  }
}

/**
 * In operations at the per-operation cost cap (limits.ts): ten at once, ten more a minute. A
 * person using the UI spends a few hundredths of one per view on a county map.
 */
export const DEFAULT_BUDGET: BudgetSettings = { capacity: 10, refillPerSecond: 10 / 60 };
