import { describe, expect, it } from 'vitest';
import { labelsToHide, type LabelBox } from './labelCulling';

const box = (id: string, x: number, y: number, priority: number, w = 100, h = 14): LabelBox => ({ id, x1: x, y1: y, x2: x + w, y2: y + h, priority });

describe('label collision handling', () => {
  it('keeps the higher-priority label of two that overlap and hides the other', () => {
    expect([...labelsToHide([box('minor', 10, 10, 1), box('major', 40, 15, 5)])]).toEqual(['minor']);
  });

  it('keeps labels that do not touch, however many', () => {
    const row = Array.from({ length: 50 }, (_, i) => box(`n${i}`, i * 110, 0, i));
    expect(labelsToHide(row).size).toBe(0);
  });

  it('hides a pile of labels on one spot but the first', () => {
    const pile = Array.from({ length: 10 }, (_, i) => box(`n${i}`, 500 + i, 500 + i, i));
    expect([...labelsToHide(pile)].sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']);
  });

  it('compares across grid cells (a long label spans several)', () => {
    expect([...labelsToHide([box('long', 0, 0, 9, 400), box('under', 300, 5, 1, 20)])]).toEqual(['under']);
  });
});
