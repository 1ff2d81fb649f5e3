import { describe, expect, it } from 'vitest';
import type { MapElements } from './elements';
import { freshLayoutInput, idealLength, LAYOUT_SEED } from './layouts';

const nodeData = (id: string, size: number) => ({
  id, label: id, shortLabel: id, type: 'ACTOR' as const, kind: null, sector: null, areaId: null, family: null, colour: '#000', degree: 1, size,
});

describe('the layout input of a map drawn from scratch', () => {
  it('has every node with its size and no place, and the links between shown nodes with their ideal lengths', () => {
    const elements: MapElements = {
      nodes: [nodeData('a', 20), nodeData('b', 30)].map((data) => ({ group: 'nodes', data, classes: [] })),
      edges: [
        { group: 'edges', data: { id: 'e1', source: 'a', target: 'b', type: 'PART_OF' }, classes: [] },
        { group: 'edges', data: { id: 'e2', source: 'a', target: 'gone', type: 'MEMBER_OF' }, classes: [] },
      ],
    };
    const input = freshLayoutInput(elements);
    expect(input.nodes).toEqual([{ id: 'a', size: 20 }, { id: 'b', size: 30 }]);
    expect(input.edges).toEqual([{ source: 'a', target: 'b', length: idealLength('PART_OF') }]);
    expect(input.seed).toBe(LAYOUT_SEED);
  });
});
