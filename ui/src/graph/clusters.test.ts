import { describe, expect, it } from 'vitest';
import { CLUSTER_SPACING, municipalityClusters, type ClusterNode } from './clusters';

const n = (id: string, areaId: string | null, type = 'ACTOR'): ClusterNode => ({ id, areaId, type, family: type === 'ACTOR' ? 'FIRST_LINE' : null, label: id });

describe('the municipality layout', () => {
  const nodes = [n('a1', 'berg'), n('a2', 'berg'), n('net', 'berg', 'NETWORK'), n('b1', 'krokom'), n('x', null), n('y', 'unknown-area')];
  const { positions, labels } = municipalityClusters(nodes, ['krokom', 'berg']);

  it('places every node, one cluster per area in the given order, the rest last', () => {
    expect(Object.keys(positions).sort()).toEqual(['a1', 'a2', 'b1', 'net', 'x', 'y']);
    expect(labels.map((l) => [l.areaId, l.count])).toEqual([['krokom', 1], ['berg', 3], ['', 2]]);
  });

  it('keeps clusters apart and a cluster together, networks in the middle', () => {
    const d = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    expect(d('a1', 'a2')).toBeLessThan(3 * CLUSTER_SPACING);
    expect(d('a1', 'b1')).toBeGreaterThan(3 * CLUSTER_SPACING);
    const berg = labels[1]!;
    expect(Math.hypot(positions['net']!.x - berg.x, positions['net']!.y)).toBeLessThan(CLUSTER_SPACING);
    expect(berg.y).toBeLessThan(Math.min(positions['a1']!.y, positions['a2']!.y));
  });

  it('is deterministic', () => {
    expect(municipalityClusters(nodes, ['krokom', 'berg'])).toEqual({ positions, labels });
  });
});
