import { describe, expect, it } from 'vitest';
import { personDependenceFindings } from '../../src/analysis/person-dependence.js';
import { MapBuilder } from '../fixtures/map-builder.js';

const decision = (b: MapBuilder, owner: string, status: 'ADOPTED' | 'PARTIAL') =>
  b.routine(`beslut-${owner}`, status, [owner], [], 'DECISION');

describe('person-dependence', () => {
  it('is a gap only where the map records it: a function on one person, not any actor with few persons', () => {
    const s = new MapBuilder().area('bracke', 'MUNICIPALITY')
      .actor('kommun', { kind: 'MUNICIPALITY', name: 'Bräcke kommun', area: 'bracke', personDependent: true })
      .actor('ifo', { kind: 'SOCIAL_SERVICES', area: 'bracke' }).rel('PART_OF', 'ifo', 'kommun', {})
      .actor('oppenvard', { kind: 'OPEN_CARE', area: 'bracke' }).rel('PART_OF', 'oppenvard', 'ifo', {})
      .actor('skola', { kind: 'SCHOOL', area: 'bracke' }).refer('skola', 'ifo')
      .actor('ensam', { kind: 'COORDINATOR', area: 'bracke' }) // one seated person, but not recorded as person-bound
      .build();
    const findings = personDependenceFindings(s);
    expect(findings.map((f) => f.subjects.nodes)).toEqual([['kommun']]);
    const [f] = findings;
    expect(f).toMatchObject({ kind: 'FRAGILITY', class: 'GAP', severity: 'MEDIUM', evidence: 'RECORDED', concept: 'RELATIONER', frame: 'COORDINATION' });
    // The municipality and the units that rely on it: IFO, and open care through IFO.
    expect(f!.reach).toBe(3);
    expect(f!.explanation.sv).toBe('Samordningen i Bräcke kommun (Bracke) bygger på enskilda personers engagemang, inte på ett uppdrag med resurser, och kartan har inget antaget beslut som ger uppgiften till någon.');
    expect(f!.suggestion.sv).toMatch(/^Ge samordningen i Bräcke kommun ett uppdrag i ett beslut/);
  });

  it('does not claim a missing decision where one is adopted (for the actor or its organisation), and words a unit’s task', () => {
    const b = new MapBuilder().area('x', 'MUNICIPALITY')
      .actor('kommun', { kind: 'MUNICIPALITY', name: 'X kommun', area: 'x' })
      .actor('lots', { kind: 'COORDINATOR', name: 'Familjelotsen', area: 'x', personDependent: true }).rel('PART_OF', 'lots', 'kommun', {});
    const partial = personDependenceFindings(decision(b, 'kommun', 'PARTIAL').build())[0]!;
    expect(partial.explanation.sv).toMatch(/inget antaget beslut/);
    const adopted = personDependenceFindings(decision(new MapBuilder().area('x', 'MUNICIPALITY')
      .actor('kommun', { kind: 'MUNICIPALITY', name: 'X kommun', area: 'x' })
      .actor('lots', { kind: 'COORDINATOR', name: 'Familjelotsen', area: 'x', personDependent: true }).rel('PART_OF', 'lots', 'kommun', {}), 'kommun', 'ADOPTED').build())[0]!;
    expect(adopted.explanation.sv).toBe('Uppgiften som Familjelotsen (X) har bygger på enskilda personers engagemang, inte på ett uppdrag med resurser.');
    expect(adopted.suggestion.sv).toMatch(/ersättare/);
    expect(adopted.id).toBe(partial.id); // the id is the fact, not the wording
  });
});
