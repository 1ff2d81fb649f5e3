import { describe, expect, it } from 'vitest';
import { SMALL_MAP } from '../../graph/fixtures.test-helpers';
import { areaNamer, orderedAreas } from './areas';
import { relationshipRows, sortRows, tableRows } from './table';

const t = (key: string) => key.split('.').pop() ?? key;
const areaName = areaNamer([{ id: 'berg', name: 'Berg', type: 'MUNICIPALITY' }], '–');

describe('the map as a table', () => {
  const rows = tableRows(SMALL_MAP, new Set(['kyrkan']), areaName, t);

  it('has one row per node shown, with kind, sector, area and links', () => {
    expect(rows).toHaveLength(SMALL_MAP.nodes.length);
    expect(rows.find((r) => r.id === 'socialtjanst')).toEqual({
      id: 'socialtjanst', name: 'socialtjanst', type: 'ACTOR', kind: 'SOCIAL_SERVICES', sector: 'MUNICIPAL', area: 'Berg', links: 4, networks: 'natverk', highlighted: false,
    });
    expect(rows.find((r) => r.id === 'hrv')).toMatchObject({ kind: '', sector: '', area: '' });
  });

  it('puts highlighted rows first, then sorts by the chosen column', () => {
    expect(sortRows(rows, { column: 'name', descending: false }, 'sv').map((r) => r.id)).toEqual(['kyrkan', 'forskola', 'hrv', 'kommun', 'natverk', 'socialtjanst']);
    expect(sortRows(rows, { column: 'links', descending: true }, 'sv').map((r) => r.id).slice(0, 3)).toEqual(['kyrkan', 'socialtjanst', 'forskola']);
  });

  it('sorts names the Swedish way', () => {
    const named = ['Östersund', 'Åre', 'Berg', 'Älvdalen'].map((name) => ({ ...rows[0]!, id: name, name, highlighted: false }));
    expect(sortRows(named, { column: 'name', descending: false }, 'sv').map((r) => r.name)).toEqual(['Berg', 'Åre', 'Älvdalen', 'Östersund']);
  });

  it('orders areas municipalities first, by name', () => {
    const areas = orderedAreas([
      { id: 'lan', name: 'Jämtlands län', type: 'COUNTY' }, { id: 'ore', name: 'Östersund', type: 'MUNICIPALITY' },
      { id: 'se', name: 'Sverige', type: 'NATION' }, { id: 'are', name: 'Åre', type: 'MUNICIPALITY' }, { id: 'berg', name: 'Berg', type: 'MUNICIPALITY' },
    ]);
    expect(areas.map((a) => a.id)).toEqual(['berg', 'are', 'ore', 'lan', 'se']);
    expect(areaName('nowhere')).toBe('nowhere');
    expect(areaName('')).toBe('–');
  });
});

describe('the links as a table', () => {
  it('lists every drawable link with both ends by name, a referral with its kind and status, highlighted first', () => {
    const rows = relationshipRows(SMALL_MAP, new Set(['m2']), t);
    expect(rows.map((r) => r.id)).toEqual(['m2', 'm1', 'r1', 'w1', 'r2', 'p1']);
    expect(rows.find((r) => r.id === 'r2')).toMatchObject({ from: 'kyrkan', relation: 'REFERS_TO', to: 'socialtjanst', detail: 'INFORMAL, BROKEN' });
    // A link to a node the map does not show is not a row.
    expect(rows.some((r) => r.id === 'dangling')).toBe(false);
  });
});
