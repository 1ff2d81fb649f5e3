import { describe, expect, it } from 'vitest';
import { representationFindings } from '../../src/analysis/representation.js';
import { parseRules } from '../../src/analysis/rules.js';
import { unconnectedFindings } from '../../src/analysis/unconnected.js';
import { MapBuilder } from '../fixtures/map-builder.js';

const byActor = (findings: { rule: string; severity: string; subjects: { nodes: readonly string[] } }[]) =>
  Object.fromEntries(findings.map((f) => [`${f.subjects.nodes[0]} ${f.rule}`, f.severity]));

describe('unconnected actors', () => {
  it('grades isolation: first-line public services high, civil society medium, others low; organisations count through their units', () => {
    const s = new MapBuilder()
      .actor('moskeforening', { kind: 'FAITH_COMMUNITY', sector: 'FAITH', description: 'Föräldragrupper på arabiska.' })
      .actor('bibliotek', { kind: 'LIBRARY', firstLine: true, description: 'Språkcafé för föräldrar.' })
      .actor('tillvaxt', { kind: 'OTHER', description: 'Näringsliv.' })
      .actor('okand', { kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY' })
      .actor('kommun', { kind: 'MUNICIPALITY' }).actor('ifo', { kind: 'SOCIAL_SERVICES' }).rel('PART_OF', 'ifo', 'kommun', {})
      .network('n').members('n', 'ifo')
      .actor('foraldrar', { kind: 'TARGET_GROUP', sector: 'TARGET_GROUP' })
      .build();
    expect(byActor(unconnectedFindings(s))).toEqual({
      'moskeforening unconnected.isolated-outside': 'MEDIUM',
      'bibliotek unconnected.isolated': 'HIGH',
      'tillvaxt unconnected.isolated': 'LOW',
      // Known only by name: whether it collaborates is unknown, so it is to fill in.
      'okand unconnected.unknown-ties': 'LOW',
    });
  });

  it('does not call a unit isolated when its organisation takes part, and says through whom', () => {
    const s = new MapBuilder().area('berg', 'MUNICIPALITY')
      .actor('kommun', { kind: 'MUNICIPALITY', name: 'Bergs kommun', area: 'berg' }).network('barnahus', { name: 'Barnahus' }).members('barnahus', 'kommun')
      .actor('oppna', { kind: 'PRESCHOOL', firstLine: true, name: 'Öppna förskolan Berg', area: 'berg' }).rel('PART_OF', 'oppna', 'kommun', {})
      .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'berg' }).rel('PART_OF', 'ifo', 'kommun', {}).actor('skola', { kind: 'SCHOOL', area: 'berg' }).refer('skola', 'ifo')
      .actor('oppenvard', { kind: 'OPEN_CARE', area: 'berg' }).rel('PART_OF', 'oppenvard', 'ifo', {})
      .build();
    const findings = unconnectedFindings(s);
    // Open care is part of social services, which takes part: no finding at all.
    expect(findings.filter((f) => f.subjects.nodes[0] === 'oppenvard')).toEqual([]);
    const [only] = findings.filter((f) => f.subjects.nodes[0] === 'oppna');
    expect(only).toMatchObject({ rule: 'unconnected.only-through-organisation', severity: 'MEDIUM', class: 'GAP' });
    expect(only!.explanation.sv).toBe('Öppna förskolan Berg är inte själv med i något nätverk och har ingen hänvisningsväg på kartan. Kontakten med samverkan går bara genom Bergs kommun, som är med i Barnahus.');
  });

  it('reports a first-line actor in a network but with no route onward, and one with routes but no network', () => {
    const s = new MapBuilder()
      .actor('forskola', { kind: 'PRESCHOOL', firstLine: true }).actor('ifo', { kind: 'SOCIAL_SERVICES' })
      .actor('rodakorset', { kind: 'CIVIL_SOCIETY', sector: 'CIVIL_SOCIETY' })
      .network('n').members('n', 'forskola', 'ifo').refer('rodakorset', 'ifo', { kind: 'INFORMAL' })
      .build();
    const findings = unconnectedFindings(s);
    expect(byActor(findings)).toEqual({
      'forskola unconnected.first-line-no-onward-route': 'LOW',
      'rodakorset unconnected.no-network': 'LOW',
    });
    // Neither is a gap: the map lacks the route and the networks, and each says which.
    expect(findings.map((f) => [f.class, f.missingField?.sv])).toEqual([
      ['TO_FILL_IN', 'vart verksamheten lämnar över vid oro'],
      ['TO_FILL_IN', 'nätverk som aktören är med i'],
    ]);
  });
});

const RULES = parseRules([
  'id,networkLevel,networkKinds,networkTopics,requires,value,severity,concept,reason_sv,reason_en',
  'county-all,REGIONAL,NETWORK,topic-ps,EVERY_MUNICIPALITY,,HIGH,SAMVERKAN,Alla kommuner.,All municipalities.',
  'local-police,LOCAL,,topic-hrv,ACTOR_KIND,POLICE,HIGH,SAMVERKAN,Polisen behövs.,Police needed.',
].join('\n'));

describe('missing representation', () => {
  function county() {
    return new MapBuilder()
      .area('lan', 'COUNTY').area('berg', 'MUNICIPALITY', 'lan').area('are', 'MUNICIPALITY', 'lan').area('krokom', 'MUNICIPALITY', 'lan')
      .topic('topic-ps').topic('topic-hrv')
      .actor('berg-kommun', { kind: 'MUNICIPALITY', area: 'berg' }).actor('are-kommun', { kind: 'MUNICIPALITY', area: 'are' })
      .actor('krokom-ifo', { kind: 'SOCIAL_SERVICES', area: 'krokom' }).actor('polisen', { kind: 'POLICE', area: 'lan' })
      .network('lansnatverk', { level: 'REGIONAL', area: 'lan', topics: ['topic-ps'] });
  }

  it('names the municipality missing from a county network, and suggests whom to invite', () => {
    const s = county().members('lansnatverk', 'berg-kommun', 'krokom-ifo').build();
    const findings = representationFindings(s, RULES);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'representation.county-all', severity: 'HIGH', subjects: { nodes: ['lansnatverk', 'are'] } });
    expect(findings[0]!.explanation.sv).toBe('Are är inte representerad i lansnatverk. Alla kommuner.');
    expect(findings[0]!.suggestion.sv).toContain('are-kommun');
  });

  it('counts a municipality represented through a seated person’s actor', () => {
    const s = county().members('lansnatverk', 'berg-kommun', 'krokom-ifo').person('p', ['are-kommun']).seats('p', 'lansnatverk').build();
    expect(representationFindings(s, RULES)).toEqual([]);
  });

  it('flags a local HRV network without the police, but not a dormant one or one with the police', () => {
    const s = county()
      .members('lansnatverk', 'berg-kommun', 'are-kommun', 'krokom-ifo')
      .network('hrv-berg', { area: 'berg', topics: ['topic-hrv'] }).members('hrv-berg', 'berg-kommun')
      .network('hrv-are', { area: 'are', topics: ['topic-hrv'], status: 'DORMANT' })
      .network('hrv-krokom', { area: 'krokom', topics: ['topic-hrv'] }).members('hrv-krokom', 'polisen')
      .build();
    expect(representationFindings(s, RULES).map((f) => f.subjects.nodes[0])).toEqual(['hrv-berg']);
  });

  it('rejects a rules file with a bad value, naming line and column', () => {
    expect(() => parseRules('id,networkLevel,networkKinds,networkTopics,requires,value,severity,concept,reason_sv,reason_en\nx,LOCAL,,,ACTOR_KIND,PILOT,HIGH,SAMVERKAN,a,b\n'))
      .toThrow(/line 2, column value/);
  });
});
