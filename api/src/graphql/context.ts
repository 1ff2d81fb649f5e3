import type { AnalysisSource } from '../analysis/worker/analysis-runner.js';
import type { Principal } from '../auth/principal.js';
import type { Accounts } from '../auth/accounts.js';
import type { Logger } from '../logger.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import type { MapService } from '../service/map-service.js';
import type { ViewSets } from '../presentation/view-sets.js';

/**
 * Per request. `snapshot` is the read model the request sees; a mutation replaces it with the
 * snapshot after its write, so the fields it returns read the new state.
 */
export interface GraphQLContext {
  readonly service: MapService;
  readonly logger: Logger;
  readonly analysis: AnalysisSource;
  readonly accounts: Accounts;
  /** Saved views and presentations (api/src/presentation/). */
  readonly viewSets: ViewSets;
  readonly principal: Principal;
  /** The caller's network address (whose request budget an anonymous request spends). */
  readonly address: string;
  readonly authMode: 'none' | 'local' | 'oidc';
  /** The operation's name, or its root fields, for the audit log (set once the operation is known). */
  operation: string;
  snapshot: MapSnapshot;
  /** What the request's answer took from the analysis (an older map's: the response is not cached). */
  readonly analysisNote: AnalysisNote;
}

/**
 * A holder, not a flag on the context itself: Apollo runs each operation on a shallow copy of the
 * context, so a flag set on the object the context was built from would never reach the plugins.
 */
export interface AnalysisNote {
  /** An answer used an analysis of an older graph version than the map's. */
  stale: boolean;
}

/**
 * The request's view of the analysis: it notes in `note` (the context's `analysisNote`) when the
 * analysis it hands out is of an older graph version than the map, so the response cache does not
 * keep that answer for the new version.
 */
export function noteStaleAnalysis(source: AnalysisSource, note: AnalysisNote): AnalysisSource {
  return {
    settings: source.settings,
    async latest(snapshot) {
      const latest = await source.latest(snapshot);
      if (!latest.upToDate) note.stale = true;
      return latest;
    },
  };
}
