import { describe, expect, it } from 'vitest';
import { en } from './en';
import { interpolate } from './interpolate';
import { sv } from './sv';
import { leaves } from '../components/shared/stringsCheck';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the Swedish and English strings', () => {
  const svLeaves = leaves(sv);
  const enLeaves = leaves(en);

  it('have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...svLeaves.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [path, text] of [...svLeaves, ...enLeaves]) expect(text.trim(), path).not.toBe('');
  });

  it('use the same placeholders for each key', () => {
    for (const [path, text] of svLeaves) expect(placeholders(enLeaves.get(path) ?? ''), path).toEqual(placeholders(text));
  });

  it('give each node and relationship type its own label', () => {
    for (const t of [sv, en]) {
      const labels = [...Object.values(t.nodeTypes), ...Object.values(t.relationshipTypes)];
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('are really translated: the page text differs between the languages', () => {
    expect(en.tagline).not.toBe(sv.tagline);
    expect(en.status.errorHelp).not.toBe(sv.status.errorHelp);
  });

  it('say in Swedish what the page promises', () => {
    expect(sv.status.errorTitle).toBe('Kunde inte hämta kartan');
    expect(sv.status.errorHelp).toBe('Kontrollera att servern är igång och ladda om sidan.');
    expect(sv.status.emptyHelp.startsWith('Kartan är tom')).toBe(true);
    expect(sv.nav.graphiql).toBe('Utforska API:t (GraphiQL)');
  });
});

describe('interpolate', () => {
  it('fills named placeholders', () => {
    expect(interpolate(sv.overview.graphVersion, { version: '1\u00a0204' })).toBe('Kartversion 1\u00a0204');
    expect(interpolate('{{ a }}+{{b}}={{a}}{{b}}', { a: 1, b: 2 })).toBe('1+2=12');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(interpolate('Fel: {{detail}}', {})).toBe('Fel: {{detail}}');
  });
});
