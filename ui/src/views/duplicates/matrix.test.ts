import { describe, expect, it } from 'vitest';
import { buildMatrix, findPair, scoreStep, stepRanges } from './matrix';

const pair = (a: string, b: string, score: number) => ({ id: `${a}--${b}`, a: { id: a, name: a.toUpperCase() }, b: { id: b, name: b.toUpperCase() }, score });

describe('the overlap matrix', () => {
  const pairs = [pair('c', 'd', 0.5), pair('a', 'b', 0.9), pair('b', 'c', 0.7)];

  it('orders networks by their strongest pair, partners side by side', () => {
    expect(buildMatrix(pairs).networks.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is symmetric, with an empty diagonal and empty cells for pairs without overlap', () => {
    const { cells, networks } = buildMatrix(pairs);
    for (let i = 0; i < networks.length; i++) {
      expect(cells[i]?.[i]).toBeUndefined();
      for (let j = 0; j < networks.length; j++) expect(cells[i]?.[j]).toBe(cells[j]?.[i]);
    }
    expect(cells[0]?.[1]?.score).toBe(0.9);
    expect(cells[1]?.[2]?.score).toBe(0.7);
    expect(cells[0]?.[3]).toBeUndefined();
  });

  it('stops at the size limit and counts the pairs left outside', () => {
    const small = buildMatrix(pairs, 3);
    expect(small.networks.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(small.pairsOutside).toBe(1);
    // A later pair whose networks both fit still gets in.
    const more = buildMatrix([...pairs, pair('a', 'c', 0.4)], 3);
    expect(more.cells[0]?.[2]?.score).toBe(0.4);
  });

  it('skips a pair that would need two new networks when only one place is left', () => {
    const m = buildMatrix([pair('a', 'b', 0.9), pair('x', 'y', 0.8), pair('a', 'z', 0.6)], 3);
    expect(m.networks.map((n) => n.id)).toEqual(['a', 'b', 'z']);
    expect(m.pairsOutside).toBe(1);
  });

  it('is empty for no pairs', () => {
    expect(buildMatrix([])).toEqual({ networks: [], cells: [], pairsOutside: 0 });
  });

  it('finds a pair whichever way round it is asked for', () => {
    expect(findPair(pairs, 'b', 'a')?.score).toBe(0.9);
    expect(findPair(pairs, 'a', 'd')).toBeUndefined();
  });
});

describe('the colour scale', () => {
  it('has five steps with edges at 0.45, 0.6, 0.75 and 0.9', () => {
    expect([0, 0.3, 0.449, 0.45, 0.59, 0.6, 0.76, 0.89, 0.9, 1].map(scoreStep)).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 4, 4]);
  });

  it('describes each step’s range for the legend', () => {
    expect(stepRanges()).toEqual([
      { step: 0, from: undefined, to: 0.45 },
      { step: 1, from: 0.45, to: 0.6 },
      { step: 2, from: 0.6, to: 0.75 },
      { step: 3, from: 0.75, to: 0.9 },
      { step: 4, from: 0.9, to: undefined },
    ]);
  });
});
