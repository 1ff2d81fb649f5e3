import { describe, expect, it } from 'vitest';
import { coverageFindings, parseCoverageRules } from '../../src/analysis/coverage.js';
import { staleFindings } from '../../src/analysis/stale.js';
import { suggestedLinks } from '../../src/analysis/suggestions.js';
import { MapBuilder, TODAY } from '../fixtures/map-builder.js';

describe('suggested links', () => {
  it('suggests two actors who both work with a third (Adamic–Adar), with the reason', () => {
    // a and b share network n1, b and c share n2: a and c have b in common (degree 2 → 1/ln 2).
    const s = new MapBuilder().actor('a').actor('b').actor('c')
      .network('n1').members('n1', 'a', 'b').network('n2').members('n2', 'b', 'c').build();
    const [link] = suggestedLinks(s, 3);
    expect(link).toMatchObject({ a: 'a', b: 'c', kind: 'COMMON_COLLABORATORS', via: ['b'], score: Math.round((1 / Math.log(2)) * 1000) / 1000 });
    expect(link!.reason.en).toBe('a and c both work with b but not with each other.');
  });

  it('puts a first-line actor with no route to its municipality’s social services first', () => {
    const s = new MapBuilder().area('berg', 'MUNICIPALITY').area('are', 'MUNICIPALITY')
      .actor('forskola', { kind: 'PRESCHOOL', firstLine: true, area: 'berg' })
      .actor('ifo-berg', { kind: 'SOCIAL_SERVICES', area: 'berg' }).actor('ifo-are', { kind: 'SOCIAL_SERVICES', area: 'are' })
      .actor('skola', { kind: 'SCHOOL', firstLine: true, area: 'berg' }).refer('skola', 'ifo-berg')
      .build();
    const links = suggestedLinks(s, 3).filter((l) => l.kind === 'FIRST_LINE_TO_SPECIALIST');
    expect(links.map((l) => [l.a, l.b])).toEqual([['forskola', 'ifo-berg']]);
  });
});

describe('stale facts', () => {
  it('groups facts older than the limit, and facts never confirmed, per municipality', () => {
    const s = new MapBuilder().area('berg', 'MUNICIPALITY')
      .actor('fresh', { area: 'berg', lastVerifiedAt: '2025-12-01' })
      .actor('old', { area: 'berg', lastVerifiedAt: '2025-11-01' })
      .actor('never', { area: 'berg', lastVerifiedAt: null })
      .build();
    const findings = staleFindings(s, TODAY, 365);
    const expired = findings.find((f) => f.rule === 'stale.expired');
    expect(expired).toMatchObject({ severity: 'MEDIUM', concept: 'KUNSKAP', areaIds: ['berg'] });
    expect(expired!.subjects.nodes).toEqual(['berg', 'old']);
    expect(expired!.explanation.en).toBe('1 facts about Berg have not been confirmed for over 365 days (oldest 2025-11-01).');
    expect(findings.find((f) => f.rule === 'stale.never-verified')!.subjects.nodes).toEqual(['berg', 'never']);
    // The LOCATED_IN relationships were verified with their fixtures' default date (2026-06-01): fresh.
    expect(findings.flatMap((f) => f.subjects.relationships)).toEqual([]);
  });
});

const COVERAGE = parseCoverageRules([
  'id,targetGroup_sv,targetGroup_en,matches,severity,reason_sv,reason_en',
  'teens,föräldrar med tonåringar,parents of teenagers,tonår;13-18,HIGH,Svåra att nå.,Hard to reach.',
].join('\n'));

describe('coverage', () => {
  it('finds a municipality where no actor reaches parents of teenagers, and one that records nothing', () => {
    const s = new MapBuilder().area('berg', 'MUNICIPALITY').area('krokom', 'MUNICIPALITY').area('are', 'MUNICIPALITY')
      .actor('berg-ifo', { area: 'berg', targetGroups: ['Tonårsföräldrar'], preventionLevels: ['UNIVERSAL', 'SELECTIVE', 'INDICATED'] })
      .actor('krokom-fritid', { area: 'krokom', targetGroups: ['unga vuxna'], preventionLevels: ['UNIVERSAL'] })
      .actor('are-skola', { area: 'are' })
      .build();
    const found = coverageFindings(s, COVERAGE).map((f) => `${f.areaIds[0]} ${f.rule} ${f.severity}`).sort();
    expect(found).toEqual([
      'are coverage.unrecorded LOW',
      'krokom coverage.prevention-level.indicated MEDIUM',
      'krokom coverage.prevention-level.selective MEDIUM',
      'krokom coverage.target-group.teens HIGH',
    ]);
  });
});
