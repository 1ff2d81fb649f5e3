/** The analysis in GraphQL: findings, network overlaps, brokers and suggested links. */
import { filterFindings } from '../../analysis/analyze.js';
import { brokerText } from '../../analysis/brokers.js';
import { describeOverlap } from '../../analysis/overlaps.js';
import { municipalitySummaries } from '../../analysis/summary.js';
import { CONCEPTS, FINDING_CLASSES, FINDING_KINDS, SEVERITIES, type Text } from '../../analysis/types.js';
import type { NodeRecord } from '../../domain/model.js';
import { AppError } from '../../errors/app-error.js';
import type { MapSnapshot } from '../../readmodel/snapshot.js';
import type { Language, QueryResolvers, Resolvers } from '../generated/types.js';

const say = (text: Text, lang: Language | null | undefined): string => (lang === 'EN' ? text.en : text.sv);

const MAX_LIST = 500;
function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_LIST) throw AppError.badInput([{ field: 'first', message: `must be between 0 and ${MAX_LIST}` }]);
  return size;
}

function areaCheck(snapshot: MapSnapshot, area: string | null | undefined, field: string): ReadonlySet<string> | null {
  if (!area) return null;
  if (!snapshot.nodeOf('Area', area)) throw AppError.notFound('area', area, field);
  return snapshot.areaSubtree(area);
}

const inSubtree = (snapshot: MapSnapshot, subtree: ReadonlySet<string> | null, id: string) =>
  !subtree || snapshot.out(id, 'LOCATED_IN').some((r) => subtree.has(r.to));

const nodes = (snapshot: MapSnapshot, ids: readonly string[]) =>
  ids.map((id) => snapshot.node(id)).filter((n): n is NodeRecord => n !== undefined);
const actors = (snapshot: MapSnapshot, ids: readonly string[]) =>
  ids.map((id) => snapshot.nodeOf('Actor', id)).filter((n): n is NodeRecord<'Actor'> => n !== undefined);

export const analysisQueryResolvers: QueryResolvers = {
  // Answered from the last finished analysis (docs/decisions/011-change-feed-and-applied-writes.md); it may be
  // of an older graph version than the map the request reads, and says so.
  analysis: async (_, { filter }, { snapshot, analysis }) => {
    const { results, upToDate, mapGraphVersion } = await analysis.latest(snapshot);
    const result = results.analysis;
    const within = areaCheck(snapshot, filter?.area, 'filter.area');
    return {
      graphVersion: result.graphVersion, asOf: result.today, computedInMs: result.computedInMs, upToDate, mapGraphVersion,
      findings: filterFindings(snapshot, result.findings, filter),
      allClasses: filterFindings(snapshot, result.findings, { ...filter, classes: FINDING_CLASSES }),
      everything: result.findings, within,
    };
  },
  networkOverlaps: async (_, { filter, minScore, first }, { snapshot, analysis }) => {
    const subtree = areaCheck(snapshot, filter?.area, 'filter.area');
    const min = minScore ?? 0.3;
    return (await analysis.latest(snapshot)).results.overlaps
      .filter((o) => o.score >= min && (inSubtree(snapshot, subtree, o.a.id) || inSubtree(snapshot, subtree, o.b.id)))
      .slice(0, pageSize(first, 50));
  },
  brokers: async (_, { area, first }, { snapshot, analysis }) => {
    const subtree = areaCheck(snapshot, area, 'area');
    const result = (await analysis.latest(snapshot)).results.brokers;
    return {
      method: result.method, samples: result.samples,
      brokers: result.scores.filter((s) => inSubtree(snapshot, subtree, s.node.id)).slice(0, pageSize(first, 20)).map((s) => ({ ...s, method: result.method })),
    };
  },
  suggestedLinks: async (_, { area, first }, { snapshot, analysis }) => {
    const subtree = areaCheck(snapshot, area, 'area');
    return (await analysis.latest(snapshot)).results.suggestions
      .filter((l) => inSubtree(snapshot, subtree, l.a) || inSubtree(snapshot, subtree, l.b))
      .slice(0, pageSize(first, 20));
  },
};

export const analysisTypeResolvers: Resolvers = {
  AnalysisResult: {
    summary: (r) => ({
      total: r.findings.length,
      countsByKind: FINDING_KINDS.map((kind) => ({ kind, count: r.findings.filter((f) => f.kind === kind).length })),
      countsBySeverity: SEVERITIES.map((severity) => ({ severity, count: r.findings.filter((f) => f.severity === severity).length })),
      countsByConcept: CONCEPTS.map((concept) => ({ concept, count: r.findings.filter((f) => f.concept === concept).length })),
      countsByClass: FINDING_CLASSES.map((c) => ({ class: c, count: (r.allClasses ?? r.findings).filter((f) => f.class === c).length })),
    }),
    municipalities: (r, _, { snapshot }) => municipalitySummaries(snapshot, r.everything ?? r.findings, r.within ?? null),
  },
  FindingVariant: {
    explanation: (v, { lang }) => say(v.explanation, lang),
  },
  Finding: {
    severityReason: (f, { lang }) => say(f.severityReason, lang),
    explanation: (f, { lang }) => say(f.explanation, lang),
    suggestion: (f, { lang }) => say(f.suggestion, lang),
    subjectNodes: (f, _, { snapshot }) => nodes(snapshot, f.subjects.nodes),
    areas: (f, _, { snapshot }) => f.areaIds.map((id) => snapshot.nodeOf('Area', id)).filter((a): a is NodeRecord<'Area'> => a !== undefined),
    missingField: (f, { lang }) => (f.missingField ? say(f.missingField, lang) : null),
    municipality: (f, _, { snapshot }) => (f.municipalityId ? snapshot.nodeOf('Area', f.municipalityId) ?? null : null),
  },
  NetworkOverlap: {
    shared: (o, _, { snapshot }) => nodes(snapshot, o.shared),
    onlyInA: (o, _, { snapshot }) => nodes(snapshot, o.onlyA),
    onlyInB: (o, _, { snapshot }) => nodes(snapshot, o.onlyB),
    sharedTopics: (o, _, { snapshot }) => o.sharedTopics.map((id) => snapshot.nodeOf('Topic', id)).filter((t): t is NodeRecord<'Topic'> => t !== undefined),
    explanation: (o, { lang }, { snapshot }) => say(describeOverlap(snapshot, o), lang),
  },
  Broker: {
    explanation: (b, { lang }, { snapshot }) => say(brokerText(snapshot, b, b.method), lang),
  },
  SuggestedLink: {
    a: (l, _, { snapshot }) => actors(snapshot, [l.a])[0]!,
    b: (l, _, { snapshot }) => actors(snapshot, [l.b])[0]!,
    via: (l, _, { snapshot }) => actors(snapshot, l.via),
    reason: (l, { lang }) => say(l.reason, lang),
  },
};
