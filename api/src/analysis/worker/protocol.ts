/**
 * Messages between the API and its analysis worker. The worker keeps its own copy of the read
 * model, moved by the same batches as the API's (a full load only at start and after a reload),
 * so a write sends the worker its operations, never the whole map.
 */
import type { NodeRecord, RelRecord } from '../../domain/model.js';
import type { AppliedBatch } from '../../readmodel/snapshot.js';
import type { Analysis, AnalysisSettings } from '../analyze.js';
import type { BrokerAnalysis } from '../brokers.js';
import type { NetworkOverlap } from '../overlaps.js';
import type { SuggestedLink } from '../suggestions.js';
import type { WireResults } from './results-wire.js';

/** Settings as data: "today" is sent with each request instead of as a function. */
export type WorkerSettings = Omit<AnalysisSettings, 'today'>;

export type ToWorker =
  | { readonly type: 'load'; readonly graphVersion: number; readonly nodes: readonly NodeRecord[]; readonly rels: readonly RelRecord[] }
  | { readonly type: 'apply'; readonly batch: AppliedBatch; readonly validate: boolean }
  | { readonly type: 'analyse'; readonly today: string };

/** Everything the analysis queries read, for one graph version and day. */
export interface AnalysisResults {
  readonly analysis: Analysis;
  readonly overlaps: readonly NetworkOverlap[];
  readonly brokers: BrokerAnalysis;
  readonly suggestions: readonly SuggestedLink[];
}

export type FromWorker =
  /** The results in their wire form (results-wire.ts); the API rebuilds them in steps. */
  | { readonly type: 'results'; readonly results: WireResults }
  /** The worker's copy is not at the version the batch was made on: send a full load. */
  | { readonly type: 'needs-load'; readonly graphVersion: number | null }
  | { readonly type: 'failed'; readonly message: string };
