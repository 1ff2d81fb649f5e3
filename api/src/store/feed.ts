/**
 * The change feed: every committed batch leaves one entry, written in the batch's own transaction,
 * keyed by the graph version it made (docs/decisions/011-change-feed-and-applied-writes.md). A process that is behind reads the
 * entries after its version and applies them; a gap, or an entry too large to keep whole (an
 * import of a whole map), tells it to reload instead.
 */
import type { AuxRecord, WriteOp } from './graph-store.js';

export const FEED_KIND = 'feed';
/** Entries larger than this keep no operations: followers reload (a big import is rare). */
export const MAX_FEED_JSON = 4 * 1024 * 1024;
/** How many entries the feed keeps; a process further behind than this reloads. */
export const FEED_KEEP = 10_000;
/** Pruning runs on every this-many-th version, so it costs one scan per thousand writes. */
export const FEED_PRUNE_EVERY = 1_000;

/** One committed batch as the feed holds it. `ops: null` means "too large: reload". */
export interface FeedEntry {
  readonly graphVersion: number;
  readonly now: string;
  readonly ops: readonly WriteOp[] | null;
}

/** Versions as fixed-width strings, so they sort and compare as strings on both engines. */
export const feedKey = (graphVersion: number): string => String(graphVersion).padStart(15, '0');

/** Batches with more ops than this are not even serialised: they would pass the size cap anyway. */
const MAX_FEED_OPS = 10_000;

export function feedRecord(entry: FeedEntry): AuxRecord {
  let json = JSON.stringify(entry.ops && entry.ops.length > MAX_FEED_OPS ? { ...entry, ops: null } : entry);
  if (json.length > MAX_FEED_JSON) json = JSON.stringify({ ...entry, ops: null });
  return { id: `feed-${feedKey(entry.graphVersion)}`, kind: FEED_KIND, key: feedKey(entry.graphVersion), json, createdAt: entry.now };
}

export function parseFeedRecord(record: AuxRecord): FeedEntry {
  const parsed = JSON.parse(record.json) as FeedEntry;
  if (!Number.isInteger(parsed.graphVersion) || typeof parsed.now !== 'string' || !(parsed.ops === null || Array.isArray(parsed.ops))) {
    throw new Error(`feed entry ${record.id} is not readable`);
  }
  return parsed;
}
