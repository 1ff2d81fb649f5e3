/**
 * The whole analysis of one snapshot: every kind of finding, computed once per graph version
 * (snapshots are immutable, so a WeakMap keyed by snapshot is the cache) and filtered per request.
 */
import { performance } from 'node:perf_hooks';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { AppError } from '../errors/app-error.js';
import { brokerFindings, prepareBrokers } from './brokers.js';
import { chainFindingsAll, routineFindings } from './chains.js';
import { coverageFindings, type CoverageRule } from './coverage.js';
import { duplicateFindings } from './overlaps.js';
import type { RawFinding } from './finding.js';
import { forumFindings, FORUM_GROUP_TEXTS } from './forums.js';
import { personDependenceFindings } from './person-dependence.js';
import { informationFlowFindings } from './information-flow.js';
import { countyCoordinationFindings } from './county-coordination.js';
import { outdatedDocumentFindings } from './documents.js';
import { coordinationPlacementFindings } from './coordination-placement.js';
import { arenaFindings } from './arenas.js';
import { FRAGILITY_GROUP_TEXTS, organisationalFindings, structuralFindings } from './fragility.js';
import { collapse } from './grouping.js';
import { REPRESENTATION_GROUP_TEXTS, representationFindings } from './representation.js';
import type { RepresentationRule } from './rules.js';
import { staleFindings } from './stale.js';
import { prepareSuggestions, suggestionFindings } from './suggestions.js';
import { FINDING_CLASSES, FINDING_KINDS, SEVERITY_RANK, type Concept, type Finding, type FindingClass, type FindingKind, type FrameSection, type Severity } from './types.js';
import { UNCONNECTED_GROUP_TEXTS, unconnectedFindings } from './unconnected.js';
import { CHAIN_GROUP_TEXTS } from './chains.js';

export interface AnalysisSettings {
  readonly staleAfterDays: number;
  readonly chainMaxHops: number;
  readonly representationRules: readonly RepresentationRule[];
  readonly coverageRules: readonly CoverageRule[];
  readonly exactBetweennessUpTo: number;
  readonly betweennessSamples: number;
  /** "Today" as YYYY-MM-DD; a function so a long-running server moves with the calendar. */
  readonly today: () => string;
}

export const DEFAULT_ANALYSIS = { staleAfterDays: 365, chainMaxHops: 3, exactBetweennessUpTo: 2_000, betweennessSamples: 256 } as const;

export interface Analysis {
  readonly graphVersion: number;
  readonly today: string;
  readonly findings: readonly Finding[];
  readonly computedInMs: number;
  readonly timings: Readonly<Record<string, number>>;
}

/** What the analysis query answers: one snapshot's findings after filtering. */
export interface AnalysisResultRecord {
  readonly graphVersion: number;
  readonly asOf: string;
  readonly computedInMs: number;
  readonly findings: readonly Finding[];
  /** Every class with the other filters applied: for the class counts. */
  readonly allClasses?: readonly Finding[];
  /** The whole analysis and the filter's area subtree: for the per-municipality summaries. */
  readonly everything?: readonly Finding[];
  readonly within?: ReadonlySet<string> | null;
}

export interface AnalysisFilter {
  readonly area?: string | null | undefined;
  readonly kinds?: readonly FindingKind[] | null | undefined;
  readonly minSeverity?: Severity | null | undefined;
  readonly concepts?: readonly Concept[] | null | undefined;
  /** Gaps only unless asked otherwise: things to fill in and notes are their own lists. */
  readonly classes?: readonly FindingClass[] | null | undefined;
  readonly frames?: readonly FrameSection[] | null | undefined;
}

const ORDER = new Map(FINDING_KINDS.map((k, i) => [k, i]));
const CLASS_ORDER = new Map(FINDING_CLASSES.map((c, i) => [c, i]));
const GROUP_TEXTS = { ...UNCONNECTED_GROUP_TEXTS, ...FRAGILITY_GROUP_TEXTS, ...CHAIN_GROUP_TEXTS, ...REPRESENTATION_GROUP_TEXTS, ...FORUM_GROUP_TEXTS };

/** Highest priority first; ties by severity, kind and id (code-unit order), so the order is stable. */
export const byPriority = (a: Finding, b: Finding): number =>
  CLASS_ORDER.get(a.class)! - CLASS_ORDER.get(b.class)! || b.priority - a.priority || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
  ORDER.get(a.kind)! - ORDER.get(b.kind)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function runAnalysis(snapshot: MapSnapshot, settings: AnalysisSettings): Analysis {
  const today = settings.today();
  const timings: Record<string, number> = {};
  const started = performance.now();
  const step = (name: string, run: () => RawFinding[]): RawFinding[] => {
    const t = performance.now();
    const found = run();
    timings[name] = Math.round((performance.now() - t) * 10) / 10;
    return found;
  };
  // Betweenness and common neighbours run on a helper thread meanwhile (large maps only); the
  // brokers and suggestions steps collect them.
  step('prepare', () => {
    prepareBrokers(snapshot, settings.exactBetweennessUpTo, settings.betweennessSamples);
    prepareSuggestions(snapshot);
    return [];
  });
  const findings = [
    ...step('duplicates', () => duplicateFindings(snapshot)),
    ...step('representation', () => representationFindings(snapshot, settings.representationRules)),
    ...step('unconnected', () => unconnectedFindings(snapshot)),
    ...step('chains', () => [...chainFindingsAll(snapshot, settings.chainMaxHops), ...routineFindings(snapshot)]),
    ...step('fragility', () => [...structuralFindings(snapshot), ...organisationalFindings(snapshot, today)]),
    ...step('brokers', () => brokerFindings(snapshot, settings.exactBetweennessUpTo, settings.betweennessSamples)),
    ...step('suggestions', () => suggestionFindings(snapshot, settings.chainMaxHops)),
    ...step('stale', () => staleFindings(snapshot, today, settings.staleAfterDays)),
    ...step('coverage', () => coverageFindings(snapshot, settings.coverageRules)),
    ...step('forums', () => forumFindings(snapshot)),
    ...step('person-dependence', () => personDependenceFindings(snapshot)),
    ...step('information-flow', () => informationFlowFindings(snapshot)),
    ...step('county-coordination', () => countyCoordinationFindings(snapshot)),
    ...step('documents', () => outdatedDocumentFindings(snapshot)),
    ...step('coordination-placement', () => coordinationPlacementFindings(snapshot)),
    ...step('arenas', () => arenaFindings(snapshot)),
  ];
  // One finding per id: two rules may meet the same subjects, the first (most specific) stays.
  const distinct = [...new Map(findings.map((f) => [f.id, f])).values()];
  const t = performance.now();
  const unique = collapse(snapshot, distinct, GROUP_TEXTS);
  timings['grouping'] = Math.round((performance.now() - t) * 10) / 10;
  unique.sort(byPriority);
  return { graphVersion: snapshot.graphVersion, today, findings: unique, computedInMs: Math.round((performance.now() - started) * 10) / 10, timings };
}

/** Results per snapshot (that is, per graph version) and day. */
export class AnalysisCache {
  private readonly results = new WeakMap<MapSnapshot, Analysis>();

  constructor(readonly settings: AnalysisSettings) {}

  analyse(snapshot: MapSnapshot): Analysis {
    const cached = this.results.get(snapshot);
    if (cached && cached.today === this.settings.today()) return cached;
    const analysis = runAnalysis(snapshot, this.settings);
    this.results.set(snapshot, analysis);
    return analysis;
  }
}

/**
 * The findings a filter asks for. The area filter applies before anything is ranked or cut (no
 * rule cuts its findings globally), so an area keeps every finding about it.
 */
export function filterFindings(snapshot: MapSnapshot, findings: readonly Finding[], filter: AnalysisFilter | null | undefined): Finding[] {
  const f = filter ?? {};
  if (f.area && !snapshot.nodeOf('Area', f.area)) throw AppError.notFound('area', f.area, 'filter.area');
  const subtree = f.area ? snapshot.areaSubtree(f.area) : null;
  const min = f.minSeverity ? SEVERITY_RANK[f.minSeverity] : 0;
  const classes: readonly FindingClass[] = f.classes?.length ? f.classes : ['GAP'];
  return findings.filter((finding) =>
    classes.includes(finding.class) &&
    (!f.frames?.length || f.frames.includes(finding.frame)) &&
    (!f.kinds?.length || f.kinds.includes(finding.kind)) &&
    (!f.concepts?.length || f.concepts.includes(finding.concept)) &&
    SEVERITY_RANK[finding.severity] >= min &&
    (!subtree || finding.areaIds.some((id) => subtree.has(id))));
}
