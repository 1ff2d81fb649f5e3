import { describe, expect, it } from 'vitest';
import type { FindingKind, Severity } from '../../components/shared/vocabulary';
import { FIRST_SHOWN, groupFindings, splitExplanation, visibleFindings } from './group';

const RANK: Record<Severity, number> = { HIGH: 300, MEDIUM: 200, LOW: 100 };
const f = (id: string, kind: FindingKind, severity: Severity, priority = RANK[severity]) => ({ id, kind, severity, priority });

describe('grouping findings', () => {
  it('groups by kind in the domain’s order and leaves out empty kinds', () => {
    const groups = groupFindings([
      f('a', 'COVERAGE_GAP', 'LOW'),
      f('b', 'DUPLICATED_NETWORKS', 'HIGH'),
      f('c', 'BROKEN_CHAIN', 'MEDIUM'),
      f('d', 'COVERAGE_GAP', 'HIGH'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['DUPLICATED_NETWORKS', 'BROKEN_CHAIN', 'COVERAGE_GAP']);
  });

  it('ranks by priority inside a group, keeping the analysis order among equals', () => {
    const [group] = groupFindings([
      f('low1', 'FRAGILITY', 'LOW'),
      f('med1', 'FRAGILITY', 'MEDIUM'),
      f('high1', 'FRAGILITY', 'HIGH'),
      f('low2', 'FRAGILITY', 'LOW'),
      f('high2', 'FRAGILITY', 'HIGH'),
    ]);
    expect(group?.findings.map((x) => x.id)).toEqual(['high1', 'high2', 'med1', 'low1', 'low2']);
  });

  it('lets priority, not severity alone, decide: a recorded MEDIUM with wide reach can outrank a HIGH', () => {
    const [group] = groupFindings([
      f('high-narrow', 'BROKEN_CHAIN', 'HIGH', 240),
      f('medium-wide', 'BROKEN_CHAIN', 'MEDIUM', 260),
    ]);
    expect(group?.findings.map((x) => x.id)).toEqual(['medium-wide', 'high-narrow']);
  });

  it('returns no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('long groups', () => {
  const many = Array.from({ length: 12 }, (_, i) => f(`f${i}`, 'UNCONNECTED_ACTOR', 'LOW'));

  it('shows the first few, then more on request', () => {
    expect(visibleFindings(many, FIRST_SHOWN, undefined).map((x) => x.id)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(visibleFindings(many, 100, undefined)).toHaveLength(12);
  });

  it('always shows the open finding, in its place', () => {
    expect(visibleFindings(many, 2, 'f9').map((x) => x.id)).toEqual(['f0', 'f1', 'f9']);
    expect(visibleFindings(many, 2, 'f1').map((x) => x.id)).toEqual(['f0', 'f1']);
  });
});

describe('a finding’s title', () => {
  it('is the explanation’s first sentence', () => {
    const text = 'Strömsund är inte representerad i Länsnätverk för föräldraskapsstöd. Ett länsnätverk behöver alla kommuner (jamtland-2024 L702; L884).';
    expect(splitExplanation(text)).toEqual({
      title: 'Strömsund är inte representerad i Länsnätverk för föräldraskapsstöd.',
      rest: 'Ett länsnätverk behöver alla kommuner (jamtland-2024 L702; L884).',
    });
  });

  it('does not cut at abbreviations or inside a single sentence', () => {
    expect(splitExplanation('Bjud in t.ex. polisen.')).toEqual({ title: 'Bjud in t.ex. polisen.', rest: '' });
    expect(splitExplanation('Vägen är bruten')).toEqual({ title: 'Vägen är bruten', rest: '' });
    expect(splitExplanation('Ett. Två? Tre.').title).toBe('Ett.');
  });
});
