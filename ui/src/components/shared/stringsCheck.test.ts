import { describe, expect, it } from 'vitest';
import { literalKeys, placeholders, stringProblems } from './stringsCheck';

describe('the strings check', () => {
  it('finds literal keys and placeholders', () => {
    expect(literalKeys(`t('a.b') + t("c", { n }) + format(x) + at('no')`)).toEqual(['a.b', 'c']);
    expect(placeholders('{{count, number}} av {{ total }}')).toEqual(['count', 'total']);
  });

  it('reports missing keys, empty text, other placeholders and unknown keys', () => {
    const sv = { a: 'A {{n}}', b: { c: 'C' }, d: '', p_one: 'en', p_other: 'flera' };
    const en = { a: 'A {{m}}', b: {}, d: 'D', p_one: 'one', p_other: 'many' };
    expect(stringProblems(sv, en, { 'View.tsx': `t('a') t('p') t('x.y')` })).toEqual([
      'en lacks b.c',
      'd is empty',
      'a has other placeholders in en',
      'View.tsx uses unknown key x.y',
    ]);
  });

  it('passes a clean namespace', () => {
    expect(stringProblems({ a: 'A' }, { a: 'B' }, { 'V.tsx': `t('a')` })).toEqual([]);
  });
});
