import { describe, expect, it } from 'vitest';
import { brokerAnalysis, brokerFindings } from '../../src/analysis/brokers.js';
import { organisationalFindings, structuralFindings } from '../../src/analysis/fragility.js';
import { MapBuilder, TODAY } from '../fixtures/map-builder.js';

describe('fragility', () => {
  it('finds the coordinator whose departure would cut three networks off (person-bound)', () => {
    // The three Krokom groups meet only through one coordinator; the coordinator also sits in the county network.
    const s = new MapBuilder()
      .actor('a').actor('b').network('county').members('county', 'a', 'b')
      .network('styrgrupp').network('arbetsgrupp').network('referensgrupp')
      .actor('x').actor('y').members('styrgrupp', 'x').members('arbetsgrupp', 'y')
      .person('samordnare').seats('samordnare', 'county', 'styrgrupp', 'arbetsgrupp', 'referensgrupp')
      .build();
    const findings = structuralFindings(s);
    const personBound = findings.find((f) => f.rule === 'fragility.person-bound');
    expect(personBound).toMatchObject({ severity: 'HIGH', concept: 'RELATIONER' });
    expect([...personBound!.subjects.nodes].sort()).toEqual(['arbetsgrupp', 'referensgrupp', 'samordnare', 'styrgrupp', 'x', 'y']);
    expect(personBound!.explanation.sv).toMatch(/^Kontakten med arbetsgrupp, referensgrupp, styrgrupp, x och y går bara genom en person, samordnare\./);
    const many = organisationalFindings(s, TODAY).find((f) => f.rule === 'fragility.person-in-many-networks');
    expect(many).toMatchObject({ severity: 'MEDIUM' }); // 4 seats: medium; 5 or more: high
  });

  it('reports a bridge carrying at least three nodes, not a leaf edge', () => {
    // a–b–c triangle, c–d bridge, d–e–f triangle: the bridge carries 3 on its smaller side.
    const s = new MapBuilder().actor('a').actor('b').actor('c').actor('d').actor('e').actor('f').actor('leaf')
      .refer('a', 'b').refer('b', 'c').refer('c', 'a').refer('c', 'd').refer('d', 'e').refer('e', 'f').refer('f', 'd').refer('a', 'leaf')
      .build();
    const bridges = structuralFindings(s).filter((f) => f.rule === 'fragility.bridge');
    expect(bridges.map((f) => [...f.subjects.nodes].sort())).toEqual([['c', 'd']]);
  });

  it('ignores broken routes and ended networks when judging what holds the map together', () => {
    const s = new MapBuilder().actor('a').actor('b').actor('c').actor('d').actor('e').actor('f')
      .refer('a', 'b').refer('b', 'c').refer('c', 'd').refer('d', 'e').refer('e', 'f').refer('a', 'f', { status: 'BROKEN' }).build();
    expect(structuralFindings(s).filter((f) => f.rule === 'fragility.cut-vertex').length).toBeGreaterThan(0);
  });

  it('does not report a node whose only cut-off neighbours are its own leaves (the centre of a star)', () => {
    const s = new MapBuilder().actor('ifo').actor('a').actor('b').actor('d').actor('e').actor('f').actor('g').actor('h')
      .refer('a', 'ifo').refer('b', 'ifo').refer('d', 'e').refer('d', 'ifo').refer('f', 'ifo').refer('f', 'g').refer('g', 'h').build();
    const cut = structuralFindings(s).filter((f) => f.rule === 'fragility.cut-vertex');
    // Without ifo, {f, g, h} is the rest; a, b (leaves) and {d, e} lose contact: reported. Without f,
    // {g, h} lose contact: reported. d and g cut off only a leaf each: not reported.
    expect(cut.map((f) => f.subjects.nodes[0]).sort()).toEqual(['f', 'ifo']);
    const star = new MapBuilder().actor('ifo').actor('a').actor('b').actor('c').refer('a', 'ifo').refer('b', 'ifo').refer('c', 'ifo').build();
    expect(structuralFindings(star)).toEqual([]);
  });

  it('counts organisation structure: a unit of a municipality that sits in a network is not cut off, and the municipality is never the weak point', () => {
    const s = new MapBuilder().actor('kommun', { kind: 'MUNICIPALITY' }).actor('skola').actor('forskola').actor('bvc').actor('x')
      .network('barnahus').members('barnahus', 'kommun', 'x')
      .rel('PART_OF', 'skola', 'kommun', {}).rel('PART_OF', 'forskola', 'kommun', {}).refer('bvc', 'skola').refer('bvc', 'forskola')
      .build();
    expect(structuralFindings(s).filter((f) => f.subjects.nodes[0] === 'kommun')).toEqual([]);
  });

  it('flags an active network nobody convenes, unless it has a chair', () => {
    const s = new MapBuilder().actor('a').network('no-one').network('chaired').network('convened', { conveners: ['a'] })
      .rel('MEMBER_OF', 'a', 'chaired', { role: 'CHAIR', since: null, until: null }).build();
    expect(organisationalFindings(s, TODAY).filter((f) => f.rule === 'fragility.no-convener').map((f) => f.subjects.nodes[0])).toEqual(['no-one']);
  });

  it('grades networks hanging on a project by how soon it ends', () => {
    const s = new MapBuilder()
      .network('ended', { timeLimited: true, endsOn: '2024-12-31' })
      .network('soon', { timeLimited: true, endsOn: '2027-03-01' })
      .network('later', { timeLimited: true, endsOn: '2027-12-31' })
      .network('unknown', { timeLimited: true })
      .network('dormant', { timeLimited: true, endsOn: '2024-12-31', status: 'DORMANT' })
      .build();
    const severity = Object.fromEntries(organisationalFindings(s, TODAY).filter((f) => f.rule === 'fragility.time-limited-project').map((f) => [f.subjects.nodes[0], f.severity]));
    expect(severity).toEqual({ ended: 'HIGH', soon: 'HIGH', later: 'MEDIUM', unknown: 'MEDIUM' });
  });
});

describe('brokers', () => {
  // A path a–b–c–d–e: c lies on the most shortest paths.
  const path = () => new MapBuilder().actor('a').actor('b').actor('c').actor('d').actor('e')
    .refer('a', 'b').refer('b', 'c').refer('c', 'd').refer('d', 'e').build();

  it('ranks the middle of a path first, with exact betweenness on a small map', () => {
    const result = brokerAnalysis(path(), 2000, 10);
    expect(result.method).toBe('EXACT');
    expect(result.scores.map((s) => s.node.id).slice(0, 3)).toEqual(['c', 'b', 'd']);
    // c: pairs (a,d),(a,e),(b,d),(b,e) = 4 of C(4,2)=6 pairs of others → 4/6.
    expect(result.scores[0]!.betweenness).toBeCloseTo(4 / 6, 10);
    expect(result.scores[0]!.degree).toBe(2);
  });

  it('estimates by sampling above the exact limit, and says so; sampling every source gives the exact values', () => {
    const exact = brokerAnalysis(path(), 2000, 10).scores;
    const sampled = brokerAnalysis(path(), 0, 5);
    expect(sampled.method).toBe('SAMPLED');
    expect(sampled.samples).toBe(5);
    for (const s of sampled.scores) expect(s.betweenness).toBeCloseTo(exact.find((e) => e.node.id === s.node.id)!.betweenness, 10);
    expect(brokerFindings(path(), 0, 5)[0]!.explanation.en).toContain('(estimated)');
  });

  it('names the top brokers in plain words', () => {
    const [first] = brokerFindings(path(), 2000, 10);
    expect(first!.explanation.en).toBe('c holds the map together: about 67 % of the contact between other actors and networks runs through it, and it has 2 direct links, among them b and d.');
    expect(first!.class).toBe('NOTE');
  });
});
