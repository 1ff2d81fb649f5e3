import { describe, expect, it } from 'vitest';
import { buildElements, edgeClasses, labelThresholds, labelTier, nodeSize, shortLabel } from './elements';
import { edge, node, SMALL_MAP } from './fixtures.test-helpers';
import { SECTOR_COLOURS } from './palette';

describe('elements from a graph view', () => {
  const elements = buildElements(SMALL_MAP);
  const nodeById = (id: string) => elements.nodes.find((n) => n.data.id === id);
  const edgeById = (id: string) => elements.edges.find((e) => e.data.id === id);

  it('draws networks as nodes of their own, joined to their members by MEMBER_OF edges', () => {
    expect(nodeById('natverk')?.classes).toContain('network');
    expect(nodeById('natverk')?.classes).toContain('network-active');
    expect(edgeById('m1')?.data).toMatchObject({ source: 'forskola', target: 'natverk', type: 'MEMBER_OF' });
    expect(edgeById('m1')?.classes).toEqual(['membership']);
    expect(edgeById('m2')?.classes).toEqual(['membership', 'membership-chair']);
    // No compound nesting: nobody has a parent.
    expect(elements.nodes.every((n) => !('parent' in n.data))).toBe(true);
  });

  it('gives referral routes their kind and status as classes, and the rest context classes', () => {
    expect(edgeById('r1')?.classes).toEqual(['referral', 'referral-statutory', 'referral-working']);
    expect(edgeById('r2')?.classes).toEqual(['referral', 'referral-informal', 'referral-broken']);
    expect(edgeById('p1')?.classes).toEqual(['context']);
    expect(edgeClasses(edge('c', 'CONVENES', 'a', 'b'))).toEqual(['convenes']);
    expect(edgeClasses(edge('s', 'SITS_IN', 'a', 'b', { role: 'CHAIR' }))).toEqual(['membership', 'membership-chair']);
  });

  it('drops edges to nodes not shown, and self-loops', () => {
    expect(edgeById('dangling')).toBeUndefined();
    const loop = buildElements({ nodes: [node('a')], edges: [edge('l', 'REFERS_TO', 'a', 'a')] });
    expect(loop.edges).toEqual([]);
  });

  it('colours actors by sector and shapes them by kind family; other types are neutral', () => {
    expect(nodeById('kyrkan')?.data.colour).toBe(SECTOR_COLOURS.FAITH);
    expect(nodeById('kyrkan')?.classes).toContain('family-civil');
    expect(nodeById('socialtjanst')?.classes).toContain('family-specialised');
    expect(nodeById('hrv')?.classes).toEqual(['topic']);
    expect(nodeById('hrv')?.data.family).toBeNull();
  });

  it('counts degree over the drawn edges and sizes nodes by it', () => {
    expect(nodeById('socialtjanst')?.data.degree).toBe(4);
    expect(nodeById('forskola')?.data.degree).toBe(2);
    expect(nodeSize('ACTOR', 0)).toBe(14);
    expect(nodeSize('ACTOR', 4)).toBeGreaterThan(nodeSize('ACTOR', 1));
    expect(nodeSize('NETWORK', 1)).toBeGreaterThan(nodeSize('ACTOR', 1));
    expect(nodeSize('ACTOR', 10_000)).toBe(42);
  });

  it('labels only the best-connected nodes from afar', () => {
    const degrees = Array.from({ length: 100 }, (_, i) => i);
    const thresholds = labelThresholds(degrees);
    expect(degrees.filter((d) => labelTier(d, thresholds) === 'major')).toHaveLength(6);
    expect(degrees.filter((d) => labelTier(d, thresholds) !== 'none')).toHaveLength(20);
    expect(labelTier(2, labelThresholds([2, 2, 2]))).toBe('none');
    const national = Array.from({ length: 3000 }, (_, i) => i);
    const capped = labelThresholds(national);
    expect(national.filter((d) => labelTier(d, capped) === 'major')).toHaveLength(30);
    expect(national.filter((d) => labelTier(d, capped) !== 'none')).toHaveLength(120);
    expect(shortLabel('Kort')).toBe('Kort');
    const short = shortLabel('Samverkan inom Resurscentrum för hedersrelaterat våld och förtryck');
    expect(short.length).toBeLessThanOrEqual(34);
    expect(short.endsWith('…')).toBe(true);
  });
});
