import { describe, expect, it } from 'vitest';
import { compareMembers, membersOf, sharedTopics, type Member } from './comparison';
import type { NetworkDetail } from './queries';

const network = (id: string, actors: [string, string][], persons: [string, string][], topics: string[]): NetworkDetail => ({
  id, name: id, level: 'REGIONAL', status: 'ACTIVE', area: null,
  members: actors.map(([aid, name]) => ({ role: aid === 'polisen' ? 'CHAIR' : 'MEMBER', actor: { id: aid, name, kind: 'OTHER', sector: 'STATE' } })),
  seats: persons.map(([pid, pseudonym]) => ({ role: 'MEMBER', person: { id: pid, pseudonym } })),
  topics: topics.map((t) => ({ id: t, name: t })),
});

const kontakt = network('kontakt', [['polisen', 'Polisen'], ['ostersund', 'Östersunds kommun'], ['berg', 'Bergs kommun'], ['kvinnojouren', 'Kvinnojouren']], [['p-berg', 'Samordnare våld Berg (pseudonym)']], ['topic-vinr']);
const samordnar = network('samordnar', [['berg', 'Bergs kommun'], ['ostersund', 'Östersunds kommun'], ['are', 'Åre kommun']], [['p-berg', 'Samordnare våld Berg (pseudonym)']], ['topic-vinr', 'topic-hrv']);

const names = (list: readonly Member[]) => list.map((m) => m.name);

describe('comparing two networks', () => {
  it('counts actors and the persons holding seats as members', () => {
    expect(membersOf(kontakt).map((m) => `${m.type}:${m.id}`)).toEqual(['actor:polisen', 'actor:ostersund', 'actor:berg', 'actor:kvinnojouren', 'person:p-berg']);
  });

  it('splits members into shared, only in A and only in B, each in Swedish order', () => {
    const c = compareMembers(membersOf(kontakt), membersOf(samordnar));
    expect(names(c.shared)).toEqual(['Bergs kommun', 'Samordnare våld Berg (pseudonym)', 'Östersunds kommun']);
    expect(names(c.onlyA)).toEqual(['Kvinnojouren', 'Polisen']);
    expect(names(c.onlyB)).toEqual(['Åre kommun']);
  });

  it('is the mirror image when A and B change places', () => {
    const ab = compareMembers(membersOf(kontakt), membersOf(samordnar));
    const ba = compareMembers(membersOf(samordnar), membersOf(kontakt));
    expect(names(ba.onlyA)).toEqual(names(ab.onlyB));
    expect(names(ba.onlyB)).toEqual(names(ab.onlyA));
    expect(names(ba.shared)).toEqual(names(ab.shared));
  });

  it('keeps roles and counts a member listed twice once', () => {
    const twice = [...membersOf(kontakt), { id: 'polisen', name: 'Polisen', type: 'actor' as const, role: 'MEMBER' as const }];
    const c = compareMembers(twice, membersOf(samordnar));
    expect(c.onlyA.filter((m) => m.id === 'polisen')).toHaveLength(1);
    expect(compareMembers(membersOf(kontakt), []).onlyA.find((m) => m.id === 'polisen')?.role).toBe('CHAIR');
  });

  it('finds the shared topics', () => {
    expect(sharedTopics(kontakt, samordnar).map((t) => t.id)).toEqual(['topic-vinr']);
    expect(sharedTopics(kontakt, network('x', [], [], ['topic-hrv']))).toEqual([]);
  });
});
