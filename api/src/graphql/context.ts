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
  /** Set when an answer used an analysis of an older map: such a response is not cached. */
  staleAnalysis?: boolean;
}

/**
 * The request's view of the analysis: it notes on the context when the analysis it hands out is
 * of an older graph version than the map, so the response cache does not keep that answer for
 * the new version.
 */
export function noteStaleAnalysis(source: AnalysisSource, context: { staleAnalysis?: boolean }): AnalysisSource {
  return {
    settings: source.settings,
    async latest(snapshot) {
      const latest = await source.latest(snapshot);
      if (!latest.upToDate) context.staleAnalysis = true;
      return latest;
    },
  };
}
