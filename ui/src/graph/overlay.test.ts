import { describe, expect, it } from 'vitest';
import { edge, node, SMALL_MAP } from './fixtures.test-helpers';
import { gapOverlay, type FindingLike, type OverlayWords } from './overlay';
import type { GraphView } from './vocabulary';

const words: OverlayWords = {
  missingArea: (name) => `missing ${name}`,
  missingMember: () => 'missing member',
  nextStep: () => 'next step',
  noNetwork: () => 'no network',
  uncovered: (name) => `uncovered ${name}`,
  holds: (n) => `holds ${n}`,
  fragile: () => 'fragile',
  shouldBe: () => 'should be',
  suggested: () => 'suggested',
  broker: (n) => `broker ${n}`,
  stale: () => 'stale',
};
const names = (id: string) => `Area ${id}`;
const finding = (kind: string, nodes: string[], relationships: string[] = [], rule = 'r'): FindingLike => ({ id: 'f1', kind, rule, subjects: { nodes, relationships } });

const TWO_NETWORKS: GraphView = {
  graphVersion: 1,
  nodes: [
    node('a'), node('b'), node('c'), node('d'),
    node('n1', { type: 'NETWORK', kind: 'NETWORK' }), node('n2', { type: 'NETWORK', kind: 'NETWORK' }),
  ],
  edges: [
    edge('a1', 'MEMBER_OF', 'a', 'n1'), edge('b1', 'MEMBER_OF', 'b', 'n1'), edge('c1', 'MEMBER_OF', 'c', 'n1'),
    edge('b2', 'MEMBER_OF', 'b', 'n2'), edge('c2', 'MEMBER_OF', 'c', 'n2'), edge('d2', 'MEMBER_OF', 'd', 'n2'),
  ],
};

describe('the gap overlay', () => {
  it('draws a municipality missing from a network as a ghost joined to the network, and lights who is in it', () => {
    const o = gapOverlay(finding('MISSING_REPRESENTATION', ['natverk', 'stromsund']), SMALL_MAP, names, words);
    expect(o.ghosts).toEqual([{ id: 'ghost:f1:0', label: 'missing Area stromsund', near: ['natverk'] }]);
    expect(o.ghostEdges.map((e) => [e.source, e.target])).toEqual([['ghost:f1:0', 'natverk']]);
    expect([...o.alsoLit].sort()).toEqual(['forskola', 'socialtjanst']);
    expect([...o.alsoLitEdges].sort()).toEqual(['m1', 'm2']);
  });

  it('says a kind of member is missing when the finding names only the network', () => {
    const o = gapOverlay(finding('MISSING_REPRESENTATION', ['natverk']), SMALL_MAP, names, words);
    expect(o.ghosts.map((g) => g.label)).toEqual(['missing member']);
  });

  it('draws duplicated networks as two hulls with the shared members between them', () => {
    const o = gapOverlay(finding('DUPLICATED_NETWORKS', ['n1', 'n2', 'b', 'c']), TWO_NETWORKS, names, words);
    expect(o.hulls.map((h) => [h.tone, [...h.members].sort()])).toEqual([
      ['first', ['a', 'b', 'c', 'n1']],
      ['second', ['b', 'c', 'd', 'n2']],
    ]);
    expect([...o.shared].sort()).toEqual(['b', 'c']);
  });

  it('marks the broken route of a chain as its break, and adds no ghost', () => {
    const o = gapOverlay(finding('BROKEN_CHAIN', ['kyrkan', 'socialtjanst'], ['r2']), SMALL_MAP, names, words);
    expect([...o.path]).toEqual(['r2']);
    expect([...o.breaks]).toEqual(['r2']);
    expect(o.ghosts).toEqual([]);
  });

  it('draws a chain that stops short with a ghost next step after its last actor', () => {
    const o = gapOverlay(finding('BROKEN_CHAIN', ['forskola', 'socialtjanst'], ['r1'], 'chain.dead-end'), SMALL_MAP, names, words);
    expect(o.breaks.size).toBe(0);
    expect(o.ghosts).toEqual([{ id: 'ghost:f1:0', label: 'next step', near: ['socialtjanst'] }]);
  });

  it('marks a fragile point with how many it holds and hulls what would be cut off', () => {
    const o = gapOverlay(finding('FRAGILITY', ['socialtjanst', 'kommun', 'kyrkan'], [], 'fragility.cut-vertex'), SMALL_MAP, names, words);
    expect(o.marks).toEqual([{ node: 'socialtjanst', text: 'holds 2' }]);
    expect(o.hulls).toEqual([{ id: 'hull:cut:socialtjanst', tone: 'cut', members: ['kommun', 'kyrkan'] }]);
  });

  it('marks a bridge as a break rather than a hull', () => {
    const o = gapOverlay(finding('FRAGILITY', ['socialtjanst', 'kommun'], ['p1'], 'fragility.bridge'), SMALL_MAP, names, words);
    expect([...o.breaks]).toEqual(['p1']);
    expect(o.hulls).toEqual([]);
  });

  it('gives an unconnected actor a ghost network, and a suggested link a dashed edge', () => {
    expect(gapOverlay(finding('UNCONNECTED_ACTOR', ['kyrkan'], [], 'unconnected.isolated'), SMALL_MAP, names, words).ghosts[0]?.label).toBe('no network');
    const link = gapOverlay(finding('SUGGESTED_LINK', ['forskola', 'kyrkan']), SMALL_MAP, names, words);
    expect(link.ghostEdges.map((e) => [e.source, e.target, e.label])).toEqual([['forskola', 'kyrkan', 'suggested']]);
  });

  it('hulls a municipality with a coverage gap and places its ghost beside its best-connected actor', () => {
    const o = gapOverlay(finding('COVERAGE_GAP', ['berg']), SMALL_MAP, names, words);
    expect([...o.hulls[0]!.members].sort()).toEqual(['forskola', 'kommun', 'socialtjanst']);
    expect(o.ghosts[0]).toEqual({ id: 'ghost:f1:0', label: 'uncovered Area berg', near: ['socialtjanst'] });
  });

  it('draws nothing it cannot place: subjects the view does not show give no ghost edges to nowhere', () => {
    const o = gapOverlay(finding('MISSING_REPRESENTATION', ['elsewhere-network', 'stromsund']), SMALL_MAP, names, words);
    expect(o.ghosts).toEqual([]);
    expect(o.ghostEdges).toEqual([]);
  });
});
