import { describe, expect, it } from 'vitest';
import { formatScore } from '../../components/shared/format';
import { stringProblems } from '../../components/shared/stringsCheck';
import { en, sv } from './strings';

const sources = import.meta.glob<string>('./*.tsx', { query: '?raw', import: 'default', eager: true });

describe('the duplicates strings', () => {
  it('are complete in both languages and cover every key the view uses', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    expect(stringProblems(sv, en, sources)).toEqual([]);
  });

  it('read as the issue asks: a score in Swedish format inside a cell label', () => {
    const label = sv.matrix.cellLabel.replace('{{a}}', 'A').replace('{{b}}', 'B').replace('{{score}}', formatScore(0.76, 'sv'));
    expect(label).toBe('Jämför A och B: poäng 0,76');
  });
});
