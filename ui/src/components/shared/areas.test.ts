import { describe, expect, it } from 'vitest';
import { orderAreas, type AreaRecord } from './areas';

const area = (id: string, name: string, type: AreaRecord['type'], parent: string | null): AreaRecord => ({
  id, name, type, parent: parent === null ? null : { id: parent },
});

describe('orderAreas', () => {
  it('lists the nation, then the county, then its municipalities in Swedish order', () => {
    const ordered = orderAreas([
      area('ostersund', 'Östersund', 'MUNICIPALITY', 'jamtlands-lan'),
      area('are', 'Åre', 'MUNICIPALITY', 'jamtlands-lan'),
      area('sverige', 'Sverige', 'NATION', null),
      area('berg', 'Berg', 'MUNICIPALITY', 'jamtlands-lan'),
      area('jamtlands-lan', 'Jämtlands län', 'COUNTY', 'sverige'),
    ]);
    expect(ordered.map((a) => `${a.depth}:${a.name}`)).toEqual(['0:Sverige', '1:Jämtlands län', '2:Berg', '2:Åre', '2:Östersund']);
  });

  it('keeps an area whose parent is unknown, and survives a cycle', () => {
    const ordered = orderAreas([area('x', 'X', 'DISTRICT', 'missing'), area('a', 'A', 'COUNTY', 'b'), area('b', 'B', 'COUNTY', 'a')]);
    expect(ordered.map((a) => a.id)).toEqual(['x']);
    expect(orderAreas([area('a', 'A', 'COUNTY', null), area('b', 'B', 'MUNICIPALITY', 'a')]).map((a) => a.depth)).toEqual([0, 1]);
  });
});
