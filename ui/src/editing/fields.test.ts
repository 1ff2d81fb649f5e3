import { describe, expect, it } from 'vitest';
import { changedFields, inputOf, patchOf, readQuery, valuesOf } from './fields';

describe('the edit forms’ values', () => {
  const record = { id: 'a', version: 3, name: 'Förskola Krokom', kind: 'PRESCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', area: { id: 'krokom' }, partOf: null,
    firstLine: true, preventionLevels: ['UNIVERSAL'], supportPhases: [], targetGroups: [], languages: [], topics: [{ id: 't1' }], description: null, lastVerifiedAt: null, source: null };
  it('reads a record into the form and sends only what changed', () => {
    const before = valuesOf('Actor', record);
    expect(before).toMatchObject({ areaId: 'krokom', topicIds: ['t1'], firstLine: true, description: '' });
    const after = { ...before, description: 'Ny text', areaId: '' };
    expect(changedFields('Actor', before, after)).toEqual(['areaId', 'description']);
    expect(patchOf('Actor', before, after)).toEqual({ areaId: null, description: 'Ny text' });
  });
  it('sends a required field even when empty, so the API names it', () => {
    expect(inputOf('Actor', valuesOf('Actor', null))).toMatchObject({ name: '', kind: '', firstLine: false });
  });
  it('reads each kind with its own query', () => {
    expect(readQuery('Membership')).toContain('record: membership(id: $id) { id version actor { id } network { id } role');
  });
});
