import { describe, expect, it } from 'vitest';
import { leaves, stringProblems } from '../../components/shared/stringsCheck';
import { CONCEPTS, FINDING_KINDS, SEVERITIES } from '../../components/shared/vocabulary';
import { en, sv } from './strings';

const sources = import.meta.glob<string>('./*.tsx', { query: '?raw', import: 'default', eager: true });

describe('the gaps strings', () => {
  it('are complete in both languages and cover every key the view uses', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(3);
    expect(stringProblems(sv, en, sources)).toEqual([]);
  });

  it('name every kind, severity and concept, each differently', () => {
    for (const strings of [sv, en]) {
      expect(Object.keys(strings.kinds)).toEqual([...FINDING_KINDS]);
      expect(Object.keys(strings.kindDescriptions)).toEqual([...FINDING_KINDS]);
      expect(Object.keys(strings.severity)).toEqual([...SEVERITIES]);
      expect(Object.keys(strings.concepts)).toEqual([...CONCEPTS]);
      expect(Object.keys(strings.conceptDescriptions)).toEqual([...CONCEPTS]);
      expect(new Set(Object.values(strings.kinds)).size).toBe(FINDING_KINDS.length);
    }
  });

  it('use the Swedish kind names of the issue', () => {
    expect(Object.values(sv.kinds)).toEqual([
      'Dubblerade nätverk', 'Saknad representation', 'Oanslutna aktörer', 'Brutna eller saknade kedjor', 'Sårbarhet',
      'Nav och mäklare', 'Föreslagna kopplingar', 'Inaktuella uppgifter', 'Täckningsluckor',
    ]);
    expect(sv.severity).toEqual({ HIGH: 'Hög', MEDIUM: 'Medel', LOW: 'Låg' });
  });

  it('are really translated', () => {
    const svLeaves = leaves(sv);
    const same = [...leaves(en)].filter(([key, text]) => svLeaves.get(key) === text && !/\{\{/.test(text)).map(([key]) => key);
    // Only names that are the same in both languages may repeat.
    expect(same).toEqual(['subjectTypes.Person', 'concepts.ORGANISATION']);
  });
});
