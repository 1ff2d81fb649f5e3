/** Analysis settings from configuration: the rules files read and checked once at start-up. */
import { AnalysisCache, DEFAULT_ANALYSIS, type AnalysisSettings } from './analyze.js';
import { loadCoverageRules } from './coverage.js';
import { loadRules } from './rules.js';

export interface AnalysisConfig {
  readonly representationRules: string;
  readonly coverageRules: string;
  readonly staleAfterDays: number;
  readonly chainMaxHops: number;
}

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function analysisSettings(config: AnalysisConfig, today: () => string = todayUtc): AnalysisSettings {
  return {
    ...DEFAULT_ANALYSIS,
    staleAfterDays: config.staleAfterDays,
    chainMaxHops: config.chainMaxHops,
    representationRules: loadRules(config.representationRules),
    coverageRules: loadCoverageRules(config.coverageRules),
    today,
  };
}

export const createAnalysisCache = (config: AnalysisConfig, today?: () => string): AnalysisCache =>
  new AnalysisCache(analysisSettings(config, today));
