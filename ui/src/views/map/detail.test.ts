import { describe, expect, it } from 'vitest';
import { findingsAbout, linkGroups, propertyRows, type Translate } from './detail';
import type { MapFinding, NodeDetail } from './queries';
import { sv } from './strings';

/** Looks keys up in the Swedish strings, as i18next would. */
const t: Translate = (key) => {
  const value = key.split('.').reduce<unknown>((tree, k) => (typeof tree === 'object' && tree !== null ? (tree as Record<string, unknown>)[k] : undefined), sv);
  return typeof value === 'string' ? value : `MISSING:${key}`;
};
const date = (iso: string) => `date(${iso})`;

const actor: NodeDetail = {
  __typename: 'Actor', id: 'stromsund-socialtjanst', version: 3, updatedAt: '2026-01-02T10:00:00Z', lastVerifiedAt: null, source: 'jamtland-2024',
  name: 'Socialtjänst Strömsund', kind: 'SOCIAL_SERVICES', sector: 'MUNICIPAL', level: 'LOCAL', description: null, firstLine: false,
  preventionLevels: ['SELECTIVE', 'INDICATED'], supportPhases: [], targetGroups: ['föräldrar'], languages: [],
  area: { id: 'stromsund', name: 'Strömsund' }, partOf: null, units: [],
  memberships: [{ id: 'm1', role: 'CHAIR', network: { id: 'net-1', name: 'Lokalt nätverk' } }],
  convenes: [], referralsOut: [],
  referralsIn: [{ id: 'r1', kind: 'STATUTORY', status: 'BROKEN', trigger: 'REPORT_OF_CONCERN', phase: null, from: { id: 'skola', name: 'Skola Strömsund' } }],
  topics: [], programmes: [], routines: [{ id: 'rut', name: 'Rutin vid oro', status: 'DRAFT' }], representatives: [{ id: 'p1', pseudonym: 'Person A' }],
};

describe('a node’s details', () => {
  it('label every property in the reader’s language, vocabulary values too', () => {
    const rows = Object.fromEntries(propertyRows(actor, t, date).map((r) => [r.label, r.value]));
    expect(rows['Typ']).toBe('Aktör');
    expect(rows['Typ av aktör']).toBe('Socialtjänst');
    expect(rows['Sektor']).toBe('Kommunal');
    expect(rows['Möter familjer direkt']).toBe('Nej');
    expect(rows['Preventionsnivåer']).toBe('Selektiv, Indikerad');
    expect(rows['Stödfaser']).toBe('–');
    expect(rows['Målgrupper']).toBe('föräldrar');
    expect(rows['Senast ändrad']).toBe('date(2026-01-02T10:00:00Z)');
    expect(rows['Senast bekräftad']).toBe('–');
    expect(Object.values(rows).some((v) => v.startsWith('MISSING'))).toBe(false);
  });

  it('group links by kind, each pointing at the node it leads to', () => {
    const groups = linkGroups(actor, t);
    expect(groups.map((g) => g.key)).toEqual(['area', 'memberships', 'referralsIn', 'routines', 'representatives']);
    expect(groups.find((g) => g.key === 'memberships')?.links).toEqual([{ id: 'net-1', name: 'Lokalt nätverk', note: 'Ordförande' }]);
    expect(groups.find((g) => g.key === 'referralsIn')?.links[0]).toEqual({ id: 'skola', name: 'Skola Strömsund', note: 'Lagstadgad · Bruten · Orosanmälan' });
    expect(groups.find((g) => g.key === 'representatives')?.links[0]?.name).toBe('Person A');
  });

  it('read a network’s own fields', () => {
    const network: NodeDetail = {
      __typename: 'Network', id: 'net-1', version: 1, updatedAt: '2026-01-01T00:00:00Z', lastVerifiedAt: '2025-05-01', source: null,
      name: 'Lokalt nätverk', networkKind: 'STEERING_GROUP', level: 'LOCAL', status: 'DORMANT', formal: true, timeLimited: false,
      members: [{ id: 'm1', role: 'MEMBER', actor: { id: 'a', name: 'A' } }], seats: [], conveners: [], topics: [], area: null,
    };
    const rows = Object.fromEntries(propertyRows(network, t, date).map((r) => [r.key, r.value]));
    expect(rows['networkKind']).toBe('Styrgrupp');
    expect(rows['status']).toBe('Vilande');
    expect(rows['formal']).toBe('Ja');
    expect(linkGroups(network, t).map((g) => [g.key, g.links.length])).toEqual([['members', 1]]);
  });

  it('list the findings about the node, most severe first', () => {
    const f = (id: string, severity: MapFinding['severity'], nodes: string[]): MapFinding => ({
      id, kind: 'BROKEN_CHAIN', severity, rule: 'r', concept: 'PROCESSER', subjects: { nodes, relationships: [] }, explanation: '', suggestion: '', severityReason: '',
    });
    const list = [f('low', 'LOW', ['x']), f('other', 'HIGH', ['y']), f('high', 'HIGH', ['x', 'y'])];
    expect(findingsAbout('x', list).map((x) => x.id)).toEqual(['high', 'low']);
  });
});
