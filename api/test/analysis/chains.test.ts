import { describe, expect, it } from 'vitest';
import { chainFindingsAll, routineFindings } from '../../src/analysis/chains.js';
import { MapBuilder } from '../fixtures/map-builder.js';

const rules = (findings: { rule: string; subjects: { nodes: readonly string[] } }[], actor: string) =>
  findings.filter((f) => f.subjects.nodes[0] === actor).map((f) => f.rule).sort();

function municipality() {
  return new MapBuilder()
    .area('berg', 'MUNICIPALITY').area('krokom', 'MUNICIPALITY')
    .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'berg', supportPhases: ['ACUTE', 'LONG_TERM'] })
    .actor('cmv', { kind: 'RESOURCE_CENTRE', supportPhases: ['ACUTE'] })
    .actor('elevhalsa', { kind: 'SCHOOL_HEALTH', area: 'berg' })
    .actor('fritid', { kind: 'LEISURE', area: 'berg' });
}

describe('support chains', () => {
  it('accepts a preschool with a statutory, routine-backed route to social services', () => {
    const s = municipality().actor('forskola', { kind: 'PRESCHOOL', firstLine: true, area: 'berg' }).refer('forskola', 'ifo').build();
    expect(rules(chainFindingsAll(s, 3), 'forskola')).toEqual([]);
  });

  it('reports a dead end: the route stops at school health, which refers nowhere', () => {
    const s = municipality().actor('forskola', { kind: 'PRESCHOOL', firstLine: true, area: 'berg' })
      .refer('forskola', 'elevhalsa', { kind: 'INFORMAL' }).build();
    const [finding] = chainFindingsAll(s, 3);
    expect(finding).toMatchObject({ rule: 'chain.dead-end', severity: 'HIGH', concept: 'PROCESSER' });
    expect(finding!.explanation.en).toBe('forskola (Berg) hands over to elevhalsa, but from there no route leads on to social services or the resource centre.');
  });

  it('counts hops: four steps is a dead end at 3 and a chain at 4', () => {
    const s = municipality().actor('bvc', { kind: 'CHILD_HEALTH', firstLine: true, sector: 'REGIONAL', area: 'berg' })
      .refer('bvc', 'elevhalsa').refer('elevhalsa', 'fritid').refer('fritid', 'x').actor('x').refer('x', 'ifo').build();
    expect(rules(chainFindingsAll(s, 3), 'bvc')).toEqual(['chain.dead-end']);
    expect(rules(chainFindingsAll(s, 4), 'bvc')).toEqual([]);
  });

  it('reports a chain that runs only on informal routes or routes without a routine', () => {
    const s = municipality().actor('sfi', { kind: 'SFI', firstLine: true, area: 'berg' })
      .refer('sfi', 'ifo', { kind: 'INFORMAL' }).actor('skola', { kind: 'SCHOOL', firstLine: true, area: 'berg' })
      .refer('skola', 'ifo', { kind: 'FORMAL', routineId: null }).build();
    expect(rules(chainFindingsAll(s, 3), 'sfi')).toEqual(['chain.weak-routes']);
    expect(rules(chainFindingsAll(s, 3), 'skola')).toEqual(['chain.weak-routes']);
  });

  it('counts a statutory report of concern as backed by law, and a formal route as backed by the sender’s adopted routine', () => {
    const s = municipality()
      .actor('bvc', { kind: 'CHILD_HEALTH', firstLine: true, area: 'berg' }).refer('bvc', 'ifo', { kind: 'STATUTORY', routineId: null })
      .actor('skola', { kind: 'SCHOOL', firstLine: true, area: 'berg' }).refer('skola', 'ifo', { kind: 'FORMAL', routineId: null })
      .routine('skola-rutin', 'ADOPTED', ['skola'])
      .build();
    expect(rules(chainFindingsAll(s, 3), 'bvc')).not.toContain('chain.weak-routes');
    expect(rules(chainFindingsAll(s, 3), 'skola')).not.toContain('chain.weak-routes');
  });

  it('does not hold civil society to routines, and treats a tip ("call 1177") as no handover', () => {
    const s = municipality()
      .actor('forening', { kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', firstLine: true, area: 'berg' }).refer('forening', 'ifo', { kind: 'INFORMAL', routineId: null })
      .actor('guide', { kind: 'PUBLIC_HEALTH', firstLine: true, area: 'berg' }).actor('1177', { kind: 'HEALTH_CARE' })
      .refer('guide', '1177', { trigger: 'OTHER', kind: 'INFORMAL', routineId: null }).build();
    expect(rules(chainFindingsAll(s, 3), 'forening')).not.toContain('chain.weak-routes');
    expect(rules(chainFindingsAll(s, 3), 'guide')).toEqual([]);
  });

  it('reaches support at a unit beside social services in the same administration (no dead end at Familjelotsen)', () => {
    const s = new MapBuilder().area('ostersund', 'MUNICIPALITY')
      .actor('forvaltning', { kind: 'OTHER', area: 'ostersund' })
      .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'ostersund' }).rel('PART_OF', 'ifo', 'forvaltning', {})
      .actor('lotsen', { kind: 'OPEN_CARE', area: 'ostersund' }).rel('PART_OF', 'lotsen', 'forvaltning', {})
      .actor('nbv', { kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY', firstLine: true, area: 'ostersund' }).refer('nbv', 'lotsen', { kind: 'INFORMAL', routineId: null })
      .build();
    expect(rules(chainFindingsAll(s, 3), 'nbv')).toEqual([]);
  });

  it('reports a chain that exists only as a plan', () => {
    const s = municipality().actor('bvc', { kind: 'CHILD_HEALTH', firstLine: true, area: 'berg' }).refer('bvc', 'ifo', { status: 'PLANNED' }).build();
    expect(rules(chainFindingsAll(s, 3), 'bvc')).toEqual(['chain.planned-only']);
  });

  it('reports a chain that offers nothing after the acute phase', () => {
    const s = municipality().actor('skola', { kind: 'SCHOOL', firstLine: true, area: 'berg' }).refer('skola', 'cmv').build();
    expect(rules(chainFindingsAll(s, 3), 'skola')).toEqual(['chain.no-long-term']);
  });

  it('reports a chain that never reaches long-term support even when a middle phase exists', () => {
    const s = municipality().actor('oppenvard', { kind: 'OPEN_CARE', area: 'berg', supportPhases: ['MIDDLE'] })
      .actor('skola', { kind: 'SCHOOL', firstLine: true, area: 'berg' }).refer('skola', 'oppenvard').refer('oppenvard', 'cmv').build();
    const [finding] = chainFindingsAll(s, 3).filter((f) => f.rule === 'chain.no-long-term');
    expect(finding!.explanation.sv).toContain('ger akut stöd och stöd i mellanfasen, men inget långsiktigt stöd');
  });

  it('reports a broken route, and a handover into another municipality that names nobody', () => {
    const s = municipality().actor('krokom-kommun', { kind: 'MUNICIPALITY', area: 'krokom' })
      .refer('elevhalsa', 'ifo', { status: 'BROKEN' }, 'broken-route')
      .refer('fritid', 'krokom-kommun', { kind: 'FORMAL' }, 'across').build();
    const findings = chainFindingsAll(s, 3);
    expect(findings.find((f) => f.subjects.relationships.includes('broken-route'))).toMatchObject({ rule: 'chain.broken-route', severity: 'HIGH' });
    const across = findings.find((f) => f.subjects.relationships.includes('across'));
    expect(across).toMatchObject({ rule: 'chain.cross-border-unowned', concept: 'ORGANISATION' });
    expect(across!.areaIds).toEqual(expect.arrayContaining(['berg', 'krokom']));
  });

  it('reports missing routines, HRV ones as high', () => {
    const s = municipality().topic('topic-hrv', 'Hedersrelaterat våld').topic('topic-fgm', 'Könsstympning')
      .routine('hrv-routine', 'MISSING', ['ifo'], ['topic-hrv']).routine('fgm-routine', 'MISSING', ['ifo'], ['topic-fgm'])
      .routine('unknown-routine', 'UNKNOWN', ['ifo']).routine('adopted', 'ADOPTED', ['ifo']).build();
    const found = Object.fromEntries(routineFindings(s).map((f) => [f.subjects.nodes[0], [f.rule, f.severity]]));
    expect(found).toEqual({
      'hrv-routine': ['chain.routine-missing', 'HIGH'], 'fgm-routine': ['chain.routine-missing', 'MEDIUM'], 'unknown-routine': ['chain.routine-unknown', 'LOW'],
    });
  });
});
