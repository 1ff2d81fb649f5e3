/**
 * The rules added for gaps the 2024 report states that the map could not show before: information
 * from the county networks with no way on in a municipality, no supporting organisation at county
 * level, information material one unit holds, documents that need revising, and coordination held
 * by one unit inside one administration. Each test builds the smallest map that shows the rule
 * fire and the nearest map where it must not.
 */
import { describe, expect, it } from 'vitest';
import { arenaFindings } from '../../src/analysis/arenas.js';
import { routineFindings } from '../../src/analysis/chains.js';
import { coordinationPlacementFindings } from '../../src/analysis/coordination-placement.js';
import { countyCoordinationFindings } from '../../src/analysis/county-coordination.js';
import { outdatedDocumentFindings } from '../../src/analysis/documents.js';
import { forumFindings } from '../../src/analysis/forums.js';
import { informationFlowFindings } from '../../src/analysis/information-flow.js';
import { PARENTAL_SUPPORT_TOPIC } from '../../src/analysis/policy.js';
import { MapBuilder } from '../fixtures/map-builder.js';

const VINR = 'topic-vinr';

/** A county with one municipality whose coordinator sits in the county's ViNR network. */
const county = () => new MapBuilder()
  .area('lan', 'COUNTY').area('krokom', 'MUNICIPALITY', 'lan').topic(VINR).topic(PARENTAL_SUPPORT_TOPIC)
  .actor('kommun', { kind: 'MUNICIPALITY', name: 'Krokoms kommun', area: 'krokom' })
  .actor('ifo', { kind: 'SOCIAL_SERVICES', name: 'Socialtjänst Krokom', area: 'krokom' }).rel('PART_OF', 'ifo', 'kommun', {})
  .actor('samordnare', { kind: 'COORDINATOR', name: 'Samordnare våld Krokom', area: 'krokom' })
  .actor('skola', { kind: 'SCHOOL', name: 'Skola Krokom', area: 'krokom', firstLine: true })
  .network('samordnarnatverk', { name: 'Samordnarnätverket', level: 'REGIONAL', area: 'lan', topics: [VINR] })
  .members('samordnarnatverk', 'samordnare');

describe('information that stays with the representative', () => {
  it('is a gap when the municipality’s representative in a county network sits in no network at home', () => {
    const [f, ...rest] = informationFlowFindings(county().rel('PART_OF', 'samordnare', 'kommun', {}).build());
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ kind: 'MISSING_REPRESENTATION', class: 'GAP', severity: 'MEDIUM', concept: 'KOMMUNIKATION', frame: 'COUNTY_NETWORKS', municipalityId: 'krokom' });
    expect(f!.subjects.nodes).toEqual(['samordnare', 'samordnarnatverk']);
    expect(f!.explanation.sv).toBe('Samordnare våld Krokom sitter i Samordnarnätverket men inte i något nätverk i Krokom, så det som tas upp där har ingen väg vidare till verksamheterna i kommunen.');
    expect(f!.suggestion.sv).toMatch(/^Inför ett lokalt nätverk mot våld i Krokom/);
  });

  it('says the information stays in social services when the representative belongs there, and asks to bring back a lapsed local network', () => {
    const s = county().rel('PART_OF', 'samordnare', 'ifo', {})
      .network('lokalt-vinr', { name: 'Lokalt ViNR-nätverk Krokom', status: 'ENDED', area: 'krokom', topics: [VINR] }).build();
    const [f] = informationFlowFindings(s);
    expect(f!.explanation.sv).toMatch(/Funktionen hör till Socialtjänst Krokom, så informationen stannar där\. Lokalt ViNR-nätverk Krokom finns inte längre i gång\.$/);
    expect(f!.suggestion.sv).toMatch(/^Återinför ett lokalt nätverk/);
    expect(f!.subjects.nodes).toContain('lokalt-vinr');
  });

  it('is no gap when the representative also sits in a running local network with others', () => {
    const s = county().network('hrv-krokom', { area: 'krokom' }).members('hrv-krokom', 'samordnare', 'skola').build();
    expect(informationFlowFindings(s)).toEqual([]);
  });

  it('does not count a local network the representative sits in alone, a paused one, or a network in another municipality', () => {
    const s = county().area('are', 'MUNICIPALITY', 'lan').actor('x', { area: 'are' })
      .network('ensam', { area: 'krokom' }).members('ensam', 'samordnare')
      .network('vilande', { area: 'krokom', status: 'DORMANT' }).members('vilande', 'samordnare', 'skola')
      .network('annan', { area: 'are' }).members('annan', 'samordnare', 'x').build();
    expect(informationFlowFindings(s)).toHaveLength(1);
  });

  it('counts only networks for information and exchange, and only named representatives, not whole organisations', () => {
    const operative = county().build().nodeOf('Network', 'samordnarnatverk')!;
    expect(operative.kind).toBe('NETWORK');
    const forum = new MapBuilder().area('lan', 'COUNTY').area('krokom', 'MUNICIPALITY', 'lan')
      .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'krokom' })
      .actor('kommun', { kind: 'MUNICIPALITY', area: 'krokom' })
      .network('norrskan', { kind: 'FORUM', level: 'REGIONAL', area: 'lan' }).members('norrskan', 'ifo')
      .network('lansnatverk', { level: 'REGIONAL', area: 'lan' }).members('lansnatverk', 'kommun').build();
    expect(informationFlowFindings(forum)).toEqual([]);
  });
});

describe('parental support across municipal borders', () => {
  const mapped = (b: MapBuilder, m: string) => b.area(m, 'MUNICIPALITY', 'lan')
    .actor(`${m}-skola`, { kind: 'SCHOOL', area: m }).actor(`${m}-forskola`, { kind: 'PRESCHOOL', area: m }).actor(`${m}-ifo`, { kind: 'SOCIAL_SERVICES', area: m });
  const twoMunicipalities = () => mapped(mapped(new MapBuilder().area('lan', 'COUNTY').topic(PARENTAL_SUPPORT_TOPIC), 'berg'), 'are')
    .actor('folkhalsa', { kind: 'PUBLIC_HEALTH', level: 'REGIONAL', area: 'lan' })
    .network('lansnatverk', { name: 'Länsnätverket', level: 'REGIONAL', area: 'lan', topics: [PARENTAL_SUPPORT_TOPIC], conveners: ['folkhalsa'] });

  it('is a gap when the county has no coordinator or steering group for parental support, only a network for exchange', () => {
    const [f, ...rest] = countyCoordinationFindings(twoMunicipalities().build());
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ kind: 'FRAGILITY', class: 'GAP', severity: 'MEDIUM', frame: 'COORDINATION', areaIds: ['lan'], reach: 2 });
    expect(f!.explanation.sv).toBe('I Lan har ingen på kartan uppdraget att samordna föräldraskapsstödet över kommungränserna: det finns ingen samordnare, styrgrupp eller arbetsgrupp för föräldraskapsstöd på länsnivå, bara Länsnätverket för information och erfarenhetsutbyte.');
    expect(f!.suggestion.sv).toMatch(/stödjande organisation för föräldraskapsstöd på länsnivå.*grupper på andra språk/);
  });

  it('is no gap with a county steering group that has a convener, or a county coordinator for parental support', () => {
    const steered = twoMunicipalities().network('styrgrupp', { kind: 'STEERING_GROUP', level: 'REGIONAL', area: 'lan', topics: [PARENTAL_SUPPORT_TOPIC], conveners: ['folkhalsa'] }).build();
    expect(countyCoordinationFindings(steered)).toEqual([]);
    const coordinated = twoMunicipalities().actor('lanssamordnare', { kind: 'COORDINATOR', level: 'REGIONAL', area: 'lan' }).rel('WORKS_ON', 'lanssamordnare', PARENTAL_SUPPORT_TOPIC, {}).build();
    expect(countyCoordinationFindings(coordinated)).toEqual([]);
    // A steering group nobody convenes organises nothing.
    const unconvened = twoMunicipalities().network('styrgrupp', { kind: 'STEERING_GROUP', level: 'REGIONAL', area: 'lan', topics: [PARENTAL_SUPPORT_TOPIC] }).build();
    expect(countyCoordinationFindings(unconvened)).toHaveLength(1);
  });

  it('says nothing about a county with fewer than two mapped municipalities', () => {
    const one = mapped(new MapBuilder().area('lan', 'COUNTY').topic(PARENTAL_SUPPORT_TOPIC), 'berg').area('are', 'MUNICIPALITY', 'lan').build();
    expect(countyCoordinationFindings(one)).toEqual([]);
  });
});

describe('information material held by one unit', () => {
  const region = (kind: 'INFORMATION' | 'ROUTINE') => new MapBuilder().area('lan', 'COUNTY').topic(PARENTAL_SUPPORT_TOPIC)
    .actor('rjh', { kind: 'REGION', name: 'Regionen', area: 'lan' })
    .actor('1177', { kind: 'HEALTH_CARE', name: '1177', area: 'lan' }).rel('PART_OF', '1177', 'rjh', {})
    .actor('bup', { kind: 'CHILD_PSYCHIATRY', name: 'BUP', area: 'lan', firstLine: true }).rel('PART_OF', 'bup', 'rjh', {}).rel('WORKS_ON', 'bup', PARENTAL_SUPPORT_TOPIC, {})
    .routine('info', 'ADOPTED', ['rjh', '1177'], [PARENTAL_SUPPORT_TOPIC], kind);

  it('is a gap of its own, worded as information, when other units meeting parents do not have it', () => {
    const found = forumFindings(region('INFORMATION').build()).filter((f) => f.subjects.nodes.includes('info'));
    expect(found.map((f) => f.rule)).toEqual(['forums.information-in-one-unit']);
    expect(found[0]).toMatchObject({ class: 'GAP', severity: 'MEDIUM', concept: 'KOMMUNIKATION', evidence: 'RECORDED' });
    expect(found[0]!.explanation.sv).toBe('Regionen har ”info”, men på kartan är det bara 1177 som har den. BUP möter också föräldrar men har inte informationen.');
    // A routine in the same place is still the routine finding.
    expect(forumFindings(region('ROUTINE').build()).filter((f) => f.subjects.nodes.includes('info')).map((f) => f.rule)).toEqual(['forums.routine-in-one-unit']);
  });

  it('is no gap when every unit meeting parents has the information', () => {
    const s = region('INFORMATION').rel('HAS_ROUTINE', 'bup', 'info', {}).build();
    expect(forumFindings(s).filter((f) => f.subjects.nodes.includes('info'))).toEqual([]);
  });
});

describe('documents that need revising', () => {
  const plan = (status: 'OUTDATED' | 'ADOPTED') => new MapBuilder().area('ragunda', 'MUNICIPALITY').topic(VINR)
    .actor('kommun', { kind: 'MUNICIPALITY', name: 'Ragunda kommun', area: 'ragunda' })
    .routine('vinr-plan', status, ['kommun'], [VINR], 'ACTION_PLAN').build();

  it('are a small recorded gap, not a missing routine', () => {
    const [f, ...rest] = outdatedDocumentFindings(plan('OUTDATED'));
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ rule: 'chain.routine-outdated', class: 'GAP', severity: 'LOW', evidence: 'RECORDED', frame: 'ROUTINES', concept: 'RUTINER' });
    expect(f!.explanation.sv).toBe('Ragunda kommun: ”vinr-plan” gäller men behöver revideras.');
    expect(routineFindings(plan('OUTDATED'))).toEqual([]);
    expect(outdatedDocumentFindings(plan('ADOPTED'))).toEqual([]);
  });
});

describe('coordination held by one unit', () => {
  /** Östersund-like: a coordinating function inside Familjelotsen, inside one administration. */
  const municipality = () => new MapBuilder().area('ostersund', 'MUNICIPALITY').topic(PARENTAL_SUPPORT_TOPIC)
    .actor('kommun', { kind: 'MUNICIPALITY', name: 'Östersunds kommun', area: 'ostersund' })
    .actor('soc-forv', { name: 'Socialförvaltningen', area: 'ostersund' }).rel('PART_OF', 'soc-forv', 'kommun', {})
    .actor('lotsen', { kind: 'OPEN_CARE', name: 'Familjelotsen', area: 'ostersund', firstLine: true }).rel('PART_OF', 'lotsen', 'soc-forv', {})
    .actor('skola', { kind: 'SCHOOL', name: 'Skola', area: 'ostersund', firstLine: true }).rel('PART_OF', 'skola', 'kommun', {}).rel('WORKS_ON', 'skola', PARENTAL_SUPPORT_TOPIC, {})
    .actor('bhv', { kind: 'CHILD_HEALTH', name: 'BHV', area: 'ostersund', firstLine: true }).rel('WORKS_ON', 'bhv', PARENTAL_SUPPORT_TOPIC, {});
  const coordinator = (b: MapBuilder, under: string) => b.actor('fs', { kind: 'COORDINATOR', name: 'Förälder', area: 'ostersund' })
    .rel('PART_OF', 'fs', under, {}).rel('WORKS_ON', 'fs', PARENTAL_SUPPORT_TOPIC, {});

  it('is a gap when the coordinator sits inside a unit of one administration and others in the municipality give support', () => {
    const [f, ...rest] = coordinationPlacementFindings(coordinator(municipality(), 'lotsen').build());
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ kind: 'FRAGILITY', class: 'GAP', severity: 'MEDIUM', frame: 'COORDINATION', municipalityId: 'ostersund' });
    // BHV belongs to no part of the municipality's organisation, so it is not "outside the administration".
    expect(f!.explanation.sv).toBe('Samordningen av föräldraskapsstödet i Ostersund ligger hos Familjelotsen inom Socialförvaltningen. Föräldraskapsstöd ges också av 1 verksamhet utanför den förvaltningen, till exempel Skola, och ingen styrgrupp samlar dem.');
  });

  it('is no gap for a coordinator placed directly under the municipality, or with a steering group across the administrations', () => {
    expect(coordinationPlacementFindings(coordinator(municipality(), 'kommun').build())).toEqual([]);
    const steered = coordinator(municipality(), 'lotsen')
      .network('styrgrupp', { kind: 'STEERING_GROUP', area: 'ostersund', topics: [PARENTAL_SUPPORT_TOPIC], conveners: ['kommun'] }).build();
    expect(coordinationPlacementFindings(steered)).toEqual([]);
  });
});

describe('arenas for parental support', () => {
  const bracke = () => new MapBuilder().area('bracke', 'MUNICIPALITY').topic(PARENTAL_SUPPORT_TOPIC)
    .actor('ifo', { kind: 'SOCIAL_SERVICES', name: 'Socialtjänst Bräcke', area: 'bracke' })
    .actor('skola', { kind: 'SCHOOL', name: 'Skola Bräcke', area: 'bracke', firstLine: true }).refer('skola', 'ifo')
    .actor('forskola', { kind: 'PRESCHOOL', name: 'Förskola Bräcke', area: 'bracke', firstLine: true }).refer('forskola', 'ifo');

  it('is a gap where school and preschool meet parents but offer no support, naming the arenas the map lacks', () => {
    const [f, ...rest] = arenaFindings(bracke().build());
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ kind: 'COVERAGE_GAP', class: 'GAP', severity: 'MEDIUM', frame: 'ARENAS', municipalityId: 'bracke' });
    expect(f!.explanation.sv).toBe('Förskola Bräcke och Skola Bräcke möter föräldrar varje dag men erbjuder inget föräldraskapsstöd på kartan. Kartan har varken SFI eller integrationsverksamhet i Bracke.');
    expect(f!.suggestion.sv).toMatch(/tydligt ansvar för att erbjuda stöd\. Undersök också om SFI och integrationen kan erbjuda stöd\.$/);
  });

  it('counts a programme, parental support as a topic, or a network on it as offering support', () => {
    const s = bracke().actor('sfi', { kind: 'SFI', area: 'bracke', firstLine: true }).actor('integration', { kind: 'INTEGRATION', area: 'bracke', firstLine: true })
      .rel('WORKS_ON', 'skola', PARENTAL_SUPPORT_TOPIC, {})
      .network('foraldramote', { area: 'bracke', topics: [PARENTAL_SUPPORT_TOPIC] }).members('foraldramote', 'forskola').build();
    expect(arenaFindings(s)).toEqual([]);
    const programme = bracke().rel('WORKS_ON', 'skola', PARENTAL_SUPPORT_TOPIC, {}).programme('abc').rel('OFFERS', 'forskola', 'abc', {}).build();
    expect(arenaFindings(programme)).toEqual([]);
  });

  it('leaves a preschool known only by its name to the to-fill-in list', () => {
    const s = new MapBuilder().area('x', 'MUNICIPALITY').actor('forskola', { kind: 'PRESCHOOL', area: 'x', firstLine: true }).build();
    expect(arenaFindings(s)).toEqual([]);
  });
});
