/** Findings grouped the way the view shows them: one group per kind, most pressing first inside each. */
import { FINDING_KINDS, type FindingKind, type Severity } from '../../components/shared/vocabulary';

export interface Groupable {
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** severity × evidence × reach, from the API: higher first. */
  readonly priority: number;
}

export interface FindingGroup<F extends Groupable> {
  readonly kind: FindingKind;
  readonly findings: readonly F[];
}

/**
 * Groups in the schema's kind order (the domain's order: duplicates, representation, … coverage),
 * leaving out kinds without findings. Inside a group: by the API's priority, highest first; findings
 * of the same priority keep the analysis's order, which is stable for an unchanged map. Findings
 * about one fact arrive collapsed (one entry with its variants), so each entry is one fact.
 */
export function groupFindings<F extends Groupable>(findings: readonly F[]): FindingGroup<F>[] {
  const byKind = new Map<FindingKind, { finding: F; index: number }[]>();
  findings.forEach((finding, index) => byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), { finding, index }]));
  return FINDING_KINDS.flatMap((kind) => {
    const list = byKind.get(kind);
    if (list === undefined) return [];
    const sorted = [...list].sort((a, b) => b.finding.priority - a.finding.priority || a.index - b.index);
    return [{ kind, findings: sorted.map((entry) => entry.finding) }];
  });
}

/**
 * The first `limit` findings of a group, plus the open one if it lies further down, so a shared
 * link to a finding always shows it.
 */
export function visibleFindings<F extends Groupable>(findings: readonly F[], limit: number, openId: string | undefined): F[] {
  return findings.filter((finding, index) => index < limit || finding.id === openId);
}

/** A group opens with the most serious few; "Show more" reveals more at a time. */
export const FIRST_SHOWN = 5;
export const MORE_SHOWN = 20;

/**
 * The explanation's first sentence as the finding's title, the rest as its body. A sentence ends at
 * ". ", "! " or "? " before a capital letter or a digit, so "t.ex. något" and "L702; L884" stay whole.
 */
export function splitExplanation(text: string): { readonly title: string; readonly rest: string } {
  const match = /[.!?](\s+)(?=[A-ZÅÄÖÉ0-9])/u.exec(text);
  if (match === null) return { title: text.trim(), rest: '' };
  const end = match.index + 1;
  return { title: text.slice(0, end).trim(), rest: text.slice(end + (match[1]?.length ?? 0)).trim() };
}
