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
    expect(expired).toMatchObject({ severity: 'LOW', class: 'TO_FILL_IN', concept: 'KUNSKAP', areaIds: ['berg'] });
    expect(expired!.subjects.nodes).toEqual(['berg', 'old']);
    expect(expired!.explanation.sv).toBe('1 uppgift om Berg har inte bekräftats på över 365 dagar (den äldsta 1 november 2025).');
    expect(findings.find((f) => f.rule === 'stale.never-verified')!.subjects.nodes).toEqual(['berg', 'never']);
    // The LOCATED_IN relationships were verified with their fixtures' default date (2026-06-01): fresh.
    expect(findings.flatMap((f) => f.subjects.relationships)).toEqual([]);
  });
});

const COVERAGE = parseCoverageRules([
  'id,targetGroup_sv,targetGroup_en,matches,preventionLevel,phase,reachedByKinds,severity,reason_sv,reason_en,source',
  'teens,föräldrar med tonåringar,parents of teenagers,tonår;13-18,,,,HIGH,Svåra att nå.,Hard to reach.,L433',
  'young,föräldrar till små barn,parents of young children,0-6,,,CHILD_HEALTH;PRESCHOOL,MEDIUM,Möts i BVC.,Met in child health care.,',
  'selective,selektiv prevention,selective prevention,,SELECTIVE,,OPEN_CARE,MEDIUM,Riktat stöd.,Targeted support.,',
  'indicated,indikerad prevention,indicated prevention,,INDICATED,,SOCIAL_SERVICES,MEDIUM,Stöd vid oro.,Support at concern.,',
  'long-term,långsiktigt stöd,long-term support,,,LONG_TERM,,MEDIUM,Tar tid.,Takes time.,',
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
      'berg coverage.unrecorded LOW',
      'berg coverage.young MEDIUM',
      'krokom coverage.indicated MEDIUM',
      'krokom coverage.selective MEDIUM',
      'krokom coverage.teens HIGH',
      'krokom coverage.unrecorded LOW',
      'krokom coverage.young MEDIUM',
    ]);
    const unrecorded = coverageFindings(s, COVERAGE).find((f) => f.rule === 'coverage.unrecorded' && f.areaIds[0] === 'are')!;
    expect(unrecorded).toMatchObject({ class: 'TO_FILL_IN' });
    expect(unrecorded.missingField!.sv).toBe('vilka målgrupper aktörerna når, vilka preventionsnivåer aktörerna arbetar på och i vilka stödfaser aktörerna ger stöd');
  });

  it('counts what an actor kind reaches by definition, from the rules file (BVC reaches parents of young children; social services give indicated support)', () => {
    const s = new MapBuilder().area('berg', 'MUNICIPALITY')
      .actor('bvc', { kind: 'CHILD_HEALTH', area: 'berg', targetGroups: ['alla föräldrar'] })
      .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'berg', preventionLevels: ['UNIVERSAL'] })
      .build();
    const rules = coverageFindings(s, COVERAGE).map((f) => f.rule);
    expect(rules).not.toContain('coverage.young');
    expect(rules).not.toContain('coverage.indicated');
    expect(rules).toContain('coverage.selective');
  });

  it('refuses a coverage rule that names no group, level or phase, or two of them', () => {
    expect(() => parseCoverageRules('id,targetGroup_sv,targetGroup_en,matches,preventionLevel,severity,reason_sv,reason_en\nx,a,b,,,LOW,r,r\ny,a,b,tonår,SELECTIVE,LOW,r,r'))
      .toThrow(/line 2, column matches: give exactly one of matches, preventionLevel or phase[\s\S]*line 3/);
  });
});
