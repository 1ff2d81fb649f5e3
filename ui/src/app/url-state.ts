/**
 * Every view keeps its state in the URL (filters, focus, selection), so a link can be shared and a
 * reload shows the same thing. A codec turns a view's state into query parameters and back;
 * parsing never throws — a hand-edited or stale URL falls back to defaults, value by value.
 */
export interface Codec<T> {
  parse(params: URLSearchParams): T;
  serialize(state: T): URLSearchParams;
}

/** Reading helpers: lists are comma-separated; unknown values in a closed list are dropped. */
export const read = {
  string(params: URLSearchParams, key: string): string | undefined {
    const value = params.get(key)?.trim();
    return value ? value : undefined;
  },
  list<T extends string>(params: URLSearchParams, key: string, allowed?: readonly T[]): T[] {
    const values = (params.get(key) ?? '').split(',').map((v) => v.trim()).filter(Boolean);
    return (allowed ? values.filter((v): v is T => (allowed as readonly string[]).includes(v)) : values) as T[];
  },
  oneOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
    const value = params.get(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  },
  int(params: URLSearchParams, key: string, min: number, max: number, fallback: number): number {
    const value = Number(params.get(key));
    return params.has(key) && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  },
  number(params: URLSearchParams, key: string, min: number, max: number, fallback: number): number {
    const value = Number(params.get(key));
    return params.has(key) && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
  },
};

/** Writing helpers: empty values and defaults are left out, so URLs stay short. */
export function write(entries: Record<string, string | number | readonly string[] | undefined | null>, defaults: Record<string, string | number> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else if (defaults[key] !== value) {
      params.set(key, String(value));
    }
  }
  return params;
}
