/**
 * A municipality's findings in the report's own frame ("Förslag på utveckling"): decision,
 * routines, coordination, county networks, arenas, target groups, support phases — with its five
 * most pressing gaps. What a hub presents back to a municipality.
 */
import type { NodeRecord } from '../domain/model.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { byPriority } from './analyze.js';
import { svCollator } from './text.js';
import { FRAME_SECTIONS, SEVERITY_RANK, type Finding, type FrameSection, type Severity } from './types.js';

export const TOP_PER_MUNICIPALITY = 5;

export interface FrameSectionRecord {
  readonly section: FrameSection;
  readonly gaps: number;
  readonly highest: Severity | null;
  readonly findings: readonly Finding[];
}
export interface MunicipalitySummaryRecord {
  readonly municipality: NodeRecord<'Area'>;
  readonly gaps: number;
  readonly toFillIn: number;
  readonly sections: readonly FrameSectionRecord[];
  readonly top: readonly Finding[];
}

/** Findings about the municipality itself, and about the county networks it is missing from. */
export function municipalitySummary(snapshot: MapSnapshot, municipality: NodeRecord<'Area'>, findings: readonly Finding[]): MunicipalitySummaryRecord {
  const subtree = snapshot.areaSubtree(municipality.id);
  const own = findings.filter((f) => f.municipalityId === municipality.id || (f.municipalityId === null && f.areaIds.some((a) => subtree.has(a))));
  const gaps = own.filter((f) => f.class === 'GAP').sort(byPriority);
  const sections = FRAME_SECTIONS.map((section) => {
    const inSection = gaps.filter((f) => f.frame === section);
    const highest = inSection.reduce<Severity | null>((h, f) => (h === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[h] ? f.severity : h), null);
    return { section, gaps: inSection.length, highest, findings: inSection };
  });
  return {
    municipality, gaps: gaps.length, toFillIn: own.filter((f) => f.class === 'TO_FILL_IN').length, sections,
    top: gaps.slice(0, TOP_PER_MUNICIPALITY),
  };
}

export function municipalitySummaries(snapshot: MapSnapshot, findings: readonly Finding[], within: ReadonlySet<string> | null): MunicipalitySummaryRecord[] {
  const collator = svCollator;
  return snapshot.all('Area')
    .filter((a) => a.type === 'MUNICIPALITY' && (!within || within.has(a.id)))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((m) => municipalitySummary(snapshot, m, findings));
}
