import { describe, expect, it } from 'vitest';
import { describeOverlap, duplicateFindings, networkOverlaps } from '../../src/analysis/overlaps.js';
import { MapBuilder } from '../fixtures/map-builder.js';

// Two HRV networks in Östersund sharing three of five members, a third sharing one, one ended.
function twoForums() {
  return new MapBuilder()
    .area('ostersund', 'MUNICIPALITY').area('krokom', 'MUNICIPALITY').topic('topic-hrv', 'HRV').topic('topic-vinr', 'ViNR')
    .actor('a').actor('b').actor('c').actor('d').actor('e').actor('f')
    .network('n1', { area: 'ostersund', topics: ['topic-hrv'] }).members('n1', 'a', 'b', 'c', 'd')
    .network('n2', { area: 'ostersund', topics: ['topic-hrv'] }).members('n2', 'b', 'c', 'd', 'e')
    .network('n3', { area: 'krokom', topics: ['topic-vinr'] }).members('n3', 'e', 'f')
    .network('old', { area: 'ostersund', topics: ['topic-hrv'], status: 'ENDED' }).members('old', 'a', 'b', 'c', 'd')
    .build();
}

describe('network overlaps', () => {
  it('computes Jaccard 3/5 and overlap coefficient 3/4 for two networks sharing 3 of 5 members', () => {
    const snapshot = twoForums();
    const [top] = networkOverlaps(snapshot);
    expect(top).toMatchObject({ id: 'n1--overlaps--n2', jaccard: 0.6, overlapCoefficient: 0.75, topicJaccard: 1, sameArea: true, sameLevel: true });
    expect([...top!.shared].sort()).toEqual(['b', 'c', 'd']);
    expect(top!.onlyA).toEqual(['a']);
    expect(top!.onlyB).toEqual(['e']);
    // 0.45·0.6 + 0.25·0.75 + 0.2·1 + 0.1 = 0.7575
    expect(top!.score).toBe(0.758);
    expect(describeOverlap(snapshot, top!).sv).toBe('3 av 5 medlemmar är gemensamma (b, c och d); båda arbetar med HRV i Ostersund.');
    expect(describeOverlap(snapshot, top!).en).toBe('3 of 5 members are shared (b, c and d); both address HRV in Ostersund.');
  });

  it('leaves ended networks out, and scores a one-member overlap in another area low', () => {
    const overlaps = networkOverlaps(twoForums());
    expect(overlaps.map((o) => o.id)).toEqual(['n1--overlaps--n2', 'n2--overlaps--n3']);
    // 1 shared of 5: 0.45·0.2 + 0.25·0.5 + 0 + 0 = 0.215
    expect(overlaps[1]!.score).toBe(0.215);
  });

  it('reports the duplicated pair as a note when nothing says they do the same job, and not the weak pair', () => {
    const findings = duplicateFindings(twoForums());
    expect(findings).toHaveLength(1);
    // Same kind and topics, but no convener recorded: not enough to advise a merger.
    expect(findings[0]).toMatchObject({ kind: 'DUPLICATED_NETWORKS', class: 'NOTE', severity: 'LOW', concept: 'STRUKTUR' });
    expect(findings[0]!.suggestion.sv).toBe('Slå inte ihop dem, eftersom de har olika sammankallande, men samordna mötestider och se till att information går mellan dem.');
    expect(findings[0]!.subjects.nodes).toEqual(expect.arrayContaining(['n1', 'n2', 'b', 'c', 'd']));
  });

  it('advises merging only when remit and convener match too, and says which differs', () => {
    const build = (convenerB: string, kindB: 'NETWORK' | 'STEERING_GROUP') => new MapBuilder()
      .area('krokom', 'MUNICIPALITY').topic('topic-fs', 'Föräldraskapsstöd').actor('samordnare').actor('a').actor('b').actor('c').actor('other')
      .network('n1', { area: 'krokom', topics: ['topic-fs'], conveners: ['samordnare'] }).members('n1', 'a', 'b', 'c')
      .network('n2', { area: 'krokom', topics: ['topic-fs'], conveners: [convenerB], kind: kindB }).members('n2', 'a', 'b', 'c')
      .build();
    const [same] = duplicateFindings(build('samordnare', 'NETWORK'));
    expect(same).toMatchObject({ class: 'GAP', severity: 'HIGH' });
    expect(same!.explanation.sv).toContain('De har samma uppdrag och samma sammankallande.');
    const [levels] = duplicateFindings(build('samordnare', 'STEERING_GROUP'));
    expect(levels).toMatchObject({ class: 'NOTE' });
    expect(levels!.explanation.sv).toContain('De har olika uppdrag.');
    const [conveners] = duplicateFindings(build('other', 'NETWORK'));
    expect(conveners!.explanation.sv).toContain('De har olika sammankallande (samordnare respektive other).');
  });

  it('counts an organisation once: a person seated for an actor is not a second member (B2)', () => {
    const snapshot = new MapBuilder().actor('samordnare').network('x').network('y').members('x', 'samordnare').members('y', 'samordnare')
      .person('p', ['samordnare']).seats('p', 'x', 'y').build();
    const [overlap] = networkOverlaps(snapshot);
    expect(overlap!.shared).toEqual(['samordnare']);
    expect(describeOverlap(snapshot, overlap!).sv).toMatch(/^1 av 1 medlemmar/);
  });

  it('counts persons who sit in both networks as shared members', () => {
    const snapshot = new MapBuilder().actor('a').network('x').network('y').members('x', 'a').members('y', 'a')
      .person('p').seats('p', 'x', 'y').build();
    expect(networkOverlaps(snapshot)[0]).toMatchObject({ jaccard: 1, shared: expect.arrayContaining(['a', 'p']) });
  });
});
