import { describe, expect, it } from 'vitest';
import { stringProblems } from '../../components/shared/stringsCheck';
import { ACTOR_KINDS, REFERRAL_KINDS, REFERRAL_STATUSES, REFERRAL_TRIGGERS, ROUTINE_STATUSES, SUPPORT_PHASES } from '../../components/shared/vocabulary';
import { STEP_LEVELS } from './classify';
import { en, sv } from './strings';

const sources = import.meta.glob<string>('./*.tsx', { query: '?raw', import: 'default', eager: true });

describe('the chains strings', () => {
  it('are complete in both languages and cover every key the view uses', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(8);
    expect(stringProblems(sv, en, sources)).toEqual([]);
  });

  it('name every value of the vocabularies the view shows', () => {
    for (const strings of [sv, en]) {
      expect(Object.keys(strings.actorKinds)).toEqual([...ACTOR_KINDS]);
      expect(Object.keys(strings.triggers)).toEqual([...REFERRAL_TRIGGERS]);
      expect(Object.keys(strings.referralKinds)).toEqual([...REFERRAL_KINDS]);
      expect(Object.keys(strings.referralStatuses)).toEqual([...REFERRAL_STATUSES]);
      expect(Object.keys(strings.phases)).toEqual([...SUPPORT_PHASES]);
      expect(Object.keys(strings.routineStatuses)).toEqual([...ROUTINE_STATUSES]);
      expect(Object.keys(strings.level)).toEqual([...STEP_LEVELS]);
    }
  });

  it('say the route kinds and statuses in the words of the issue', () => {
    expect(sv.referralKinds.STATUTORY).toMatch(/^Lagstadgad/);
    expect(sv.referralKinds.FORMAL).toMatch(/^Formell/);
    expect(sv.referralKinds.INFORMAL).toMatch(/^Informell/);
    expect(Object.values(sv.referralStatuses)).toEqual(['Fungerar', 'Planerad', 'Bruten']);
  });
});
