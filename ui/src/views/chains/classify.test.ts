import { describe, expect, it } from 'vitest';
import type { ReferralKind, ReferralStatus, RoutineStatus } from '../../components/shared/vocabulary';
import { classifyRoute, classifyStep, sortRoutes, summariseChain, summariseGroup, weakestLink } from './classify';

const step = (kind: ReferralKind, status: ReferralStatus, routine: RoutineStatus | null = 'ADOPTED') => ({
  kind, status, routine: routine === null ? null : { status: routine },
});
const route = (name: string, ...steps: ReturnType<typeof step>[]) => ({ name, hops: steps.length, referrals: steps });

describe('classifying a handover', () => {
  it('is ok when it works, is statutory or formal, and has an adopted routine', () => {
    expect(classifyStep(step('STATUTORY', 'WORKING'))).toEqual({ level: 'ok', issues: [] });
    expect(classifyStep(step('FORMAL', 'WORKING'))).toEqual({ level: 'ok', issues: [] });
  });

  it('is weak when informal, without a routine or with a routine not adopted', () => {
    expect(classifyStep(step('INFORMAL', 'WORKING'))).toEqual({ level: 'weak', issues: ['informal'] });
    expect(classifyStep(step('STATUTORY', 'WORKING', null))).toEqual({ level: 'weak', issues: ['no-routine'] });
    expect(classifyStep(step('FORMAL', 'WORKING', 'PARTIAL'))).toEqual({ level: 'weak', issues: ['routine-not-adopted'] });
    expect(classifyStep(step('INFORMAL', 'WORKING', null)).issues).toEqual(['informal', 'no-routine']);
  });

  it('is planned or broken by its status, keeping the other issues', () => {
    expect(classifyStep(step('FORMAL', 'PLANNED'))).toEqual({ level: 'planned', issues: ['planned'] });
    expect(classifyStep(step('FORMAL', 'BROKEN', null))).toEqual({ level: 'broken', issues: ['broken', 'no-routine'] });
  });
});

describe('classifying a route', () => {
  it('is as strong as its weakest step, and says which step that is', () => {
    const r = classifyRoute(route('x', step('STATUTORY', 'WORKING'), step('INFORMAL', 'WORKING'), step('FORMAL', 'PLANNED')));
    expect(r.level).toBe('planned');
    expect(r.weakestStep).toBe(2);
    expect(classifyRoute(route('y', step('INFORMAL', 'WORKING'), step('INFORMAL', 'WORKING'))).weakestStep).toBe(0);
    expect(classifyRoute(route('z', step('FORMAL', 'WORKING'))).level).toBe('ok');
  });

  it('sorts strongest first, then shortest', () => {
    const broken = route('broken', step('FORMAL', 'BROKEN'));
    const okLong = route('ok-long', step('FORMAL', 'WORKING'), step('FORMAL', 'WORKING'));
    const okShort = route('ok-short', step('FORMAL', 'WORKING'));
    const weak = route('weak', step('INFORMAL', 'WORKING'));
    expect(sortRoutes([broken, weak, okLong, okShort]).map((r) => r.route.name)).toEqual(['ok-short', 'ok-long', 'weak', 'broken']);
  });
});

describe('summarising an actor’s chain', () => {
  it('reaches support through a working route even when another is broken (Ragunda’s school)', () => {
    const s = summariseChain([route('broken', step('FORMAL', 'BROKEN', null)), route('ok', step('STATUTORY', 'WORKING'))]);
    expect(s).toMatchObject({ verdict: 'ok', reaches: true, routeCount: 2, byLevel: { ok: 1, weak: 0, planned: 0, broken: 1 } });
    expect(s.best?.route.name).toBe('ok');
  });

  it('does not reach support through planned or broken routes only, or without routes', () => {
    expect(summariseChain([route('p', step('FORMAL', 'PLANNED'))])).toMatchObject({ verdict: 'planned', reaches: false });
    expect(summariseChain([route('b', step('FORMAL', 'BROKEN'))])).toMatchObject({ verdict: 'broken', reaches: false });
    expect(summariseChain([])).toMatchObject({ verdict: 'none', reaches: false, best: undefined, routeCount: 0 });
  });

  it('names the weakest link of the best route', () => {
    expect(weakestLink(summariseChain([]))).toEqual({ kind: 'no-route' });
    expect(weakestLink(summariseChain([route('ok', step('FORMAL', 'WORKING'))]))).toEqual({ kind: 'all-ok' });
    expect(weakestLink(summariseChain([route('w', step('FORMAL', 'WORKING'), step('INFORMAL', 'WORKING', null))]))).toEqual({
      kind: 'step', index: 1, level: 'weak', issues: ['informal', 'no-routine'],
    });
  });
});

describe('summarising a kind in an area', () => {
  const actors = [
    { id: 'a', name: 'Förskola Åkervägen' },
    { id: 'b', name: 'Förskola Backen' },
    { id: 'c', name: 'Förskola Centrum' },
    { id: 'd', name: 'Förskola Dalen' },
  ];
  const routes: Record<string, ReturnType<typeof route>[]> = {
    a: [route('a1', step('STATUTORY', 'WORKING'))],
    b: [route('b1', step('INFORMAL', 'WORKING'))],
    c: [],
    d: [route('d1', step('FORMAL', 'BROKEN'))],
  };

  it('gives one row per actor, those that do not reach support first', () => {
    const rows = summariseGroup(actors, (id) => routes[id] ?? []);
    expect(rows.map((r) => `${r.actor.id}:${r.summary.verdict}`)).toEqual(['c:none', 'd:broken', 'b:weak', 'a:ok']);
  });

  it('sorts actors with the same verdict by name in Swedish order', () => {
    const same = summariseGroup(actors, () => []);
    expect(same.map((r) => r.actor.name)).toEqual(['Förskola Backen', 'Förskola Centrum', 'Förskola Dalen', 'Förskola Åkervägen']);
  });
});
