import { describe, expect, it } from 'vitest';
import type { MapStats } from '../api/statsQuery';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { buildOverview, sortMunicipalities, type MunicipalityRow } from './overview';

const municipality = (id: string, name: string, actors = 1, networks = 0) => ({ area: { id, name }, actors, networks });

const stats: MapStats = {
  graphVersion: 42,
  nodes: [
    { type: 'NETWORK', count: 12 },
    { type: 'ACTOR', count: 140 },
    { type: 'AREA', count: 9 },
  ],
  relationships: [
    { type: 'REFERS_TO', count: 30 },
    { type: 'MEMBER_OF', count: 210 },
  ],
  municipalities: [
    municipality('ostersund', 'Östersund', 60, 8),
    municipality('are', 'Åre', 14, 2),
    municipality('stromsund', 'Strömsund', 11, 1),
    municipality('alvdalen', 'Älvdalen', 3, 0),
    municipality('berg', 'Berg', 9, 1),
    municipality('zinkgruvan', 'Zinkgruvan', 1, 0),
  ],
};

describe('buildOverview', () => {
  const overview = buildOverview(stats, sv);

  it('lists municipalities in Swedish alphabetical order: Å, Ä, Ö after Z', () => {
    expect(overview.municipalities.map((row) => row.name)).toEqual([
      'Berg',
      'Strömsund',
      'Zinkgruvan',
      'Åre',
      'Älvdalen',
      'Östersund',
    ]);
  });

  it('keeps each municipality with its own counts', () => {
    expect(overview.municipalities.find((row) => row.id === 'are')).toEqual({
      id: 'are',
      name: 'Åre',
      actors: 14,
      networks: 2,
    });
  });

  it('lists every node type in the schema order with Swedish labels, missing ones as zero', () => {
    expect(overview.nodes.map((row) => [row.label, row.count])).toEqual([
      ['Aktörer', 140],
      ['Nätverk', 12],
      ['Personer', 0],
      ['Områden', 9],
      ['Ämnen', 0],
      ['Rutiner', 0],
      ['Program', 0],
    ]);
  });

  it('lists every relationship type, starting with memberships and persons in networks', () => {
    expect(overview.relationships).toHaveLength(13);
    expect(overview.relationships[0]).toEqual({ type: 'MEMBER_OF', label: 'Medlemskap', count: 210 });
    expect(overview.relationships.find((row) => row.type === 'REFERS_TO')).toMatchObject({
      label: 'Hänvisningsvägar',
      count: 30,
    });
  });

  it('adds up a type the server reports twice', () => {
    const doubled = buildOverview({ ...stats, nodes: [...stats.nodes, { type: 'ACTOR', count: 5 }] }, sv);
    expect(doubled.nodes[0]?.count).toBe(145);
  });

  it('carries the graph version and is not empty', () => {
    expect(overview.graphVersion).toBe(42);
    expect(overview.isEmpty).toBe(false);
  });

  it('calls a map without nodes empty, even when the server lists zero counts', () => {
    const empty = buildOverview(
      { graphVersion: 0, nodes: [{ type: 'ACTOR', count: 0 }], relationships: [], municipalities: [] },
      sv,
    );
    expect(empty.isEmpty).toBe(true);
    expect(empty.municipalities).toEqual([]);
  });

  it('uses the language it is given', () => {
    expect(buildOverview(stats, en).nodes[0]?.label).toBe('Actors');
  });
});

describe('sortMunicipalities', () => {
  const rows: MunicipalityRow[] = [
    { id: 'b', name: 'Åre', actors: 0, networks: 0 },
    { id: 'c', name: 'Ragunda', actors: 0, networks: 0 },
    { id: 'a', name: 'Åre', actors: 0, networks: 0 },
  ];

  it('orders by the locale: Swedish puts Å after R, English beside A', () => {
    expect(sortMunicipalities(rows, 'sv-SE').map((row) => row.id)).toEqual(['c', 'a', 'b']);
    expect(sortMunicipalities(rows, 'en-GB').map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the rows it is given', () => {
    sortMunicipalities(rows, 'sv-SE');
    expect(rows.map((row) => row.id)).toEqual(['b', 'c', 'a']);
  });
});
