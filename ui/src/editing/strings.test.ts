import { describe, expect, it } from 'vitest';
import { stringProblems } from '../components/shared/stringsCheck';
import * as exporting from '../export/strings';
import * as importing from '../views/import/strings';
import { FIELDS } from './fields';
import { en, sv } from './strings';

const editingSources = import.meta.glob<string>('./*.tsx', { query: '?raw', import: 'default', eager: true });
const importSources = import.meta.glob<string>('../views/import/*.tsx', { query: '?raw', import: 'default', eager: true });
const exportSources = import.meta.glob<string>('../export/*.tsx', { query: '?raw', import: 'default', eager: true });

describe('the editing, import and export strings', () => {
  it('are complete in both languages and cover every key the components use', () => {
    expect(Object.keys(editingSources).length).toBeGreaterThan(5);
    expect(stringProblems(sv, en, editingSources)).toEqual([]);
    expect(stringProblems(importing.sv, importing.en, importSources)).toEqual([]);
    expect(stringProblems(exporting.sv, exporting.en, exportSources)).toEqual([]);
  });
  it('label every field of every form', () => {
    for (const strings of [sv, en]) {
      const missing = Object.values(FIELDS).flat().map((f) => f.name).filter((name) => !(name in strings.fields));
      expect(missing).toEqual([]);
    }
  });
});
