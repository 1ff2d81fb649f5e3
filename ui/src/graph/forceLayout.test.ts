import { describe, expect, it } from 'vitest';
import type { LayoutInput } from './fcoseLayout';
import { computeForceLayout, iterationsFor } from './forceLayout';
import { computeMapLayout, layoutPath, REFINE_UP_TO } from './mapLayout';

const node = (id: string) => ({ id, size: 20 });
/** `rings` rings of `size` nodes each, plus `isolated` nodes with no link. */
function map(rings: number, size: number, isolated: number): LayoutInput {
  const nodes = [];
  const edges = [];
  for (let r = 0; r < rings; r++) {
    for (let i = 0; i < size; i++) {
      nodes.push(node(`r${r}n${i}`));
      edges.push({ source: `r${r}n${i}`, target: `r${r}n${(i + 1) % size}`, length: 80 });
    }
  }
  for (let i = 0; i < isolated; i++) nodes.push(node(`alone${i}`));
  return { nodes, edges, seed: 11 };
}

type Box = { x1: number; y1: number; x2: number; y2: number };
function boxOf(positions: Record<string, { x: number; y: number }>, ids: readonly string[]): Box {
  const ps = ids.map((id) => positions[id]!);
  return { x1: Math.min(...ps.map((p) => p.x)), y1: Math.min(...ps.map((p) => p.y)), x2: Math.max(...ps.map((p) => p.x)), y2: Math.max(...ps.map((p) => p.y)) };
}
const apart = (a: Box, b: Box) => a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;

describe('the force layout (ForceAtlas2 per component, packed)', () => {
  it('gives every node a place, none on another, the same every time', () => {
    const input = map(3, 15, 10);
    const positions = computeForceLayout(input);
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    const spots = new Set(Object.values(positions).map((p) => `${Math.round(p.x / 10)},${Math.round(p.y / 10)}`));
    expect(spots.size).toBe(input.nodes.length);
    expect(computeForceLayout(input)).toEqual(positions);
  });

  it('keeps components apart, and puts isolated nodes in rows beneath them, not on a pile', () => {
    const input = map(3, 12, 30);
    const positions = computeForceLayout(input);
    const rings = [0, 1, 2].map((r) => boxOf(positions, Array.from({ length: 12 }, (_, i) => `r${r}n${i}`)));
    expect(apart(rings[0]!, rings[1]!) && apart(rings[0]!, rings[2]!) && apart(rings[1]!, rings[2]!)).toBe(true);
    const alone = Array.from({ length: 30 }, (_, i) => positions[`alone${i}`]!);
    const lowestRing = Math.max(...rings.map((b) => b.y2));
    expect(alone.every((p) => p.y > lowestRing)).toBe(true);
    const rows = new Set(alone.map((p) => Math.round(p.y)));
    expect(rows.size).toBeGreaterThan(1);
    expect(rows.size).toBeLessThan(30);
  });

  it('pulls linked nodes closer than unlinked ones', () => {
    const positions = computeForceLayout(map(1, 30, 0));
    const d = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const neighbours = Array.from({ length: 30 }, (_, i) => d(`r0n${i}`, `r0n${(i + 1) % 30}`));
    const across = Array.from({ length: 15 }, (_, i) => d(`r0n${i}`, `r0n${i + 15}`));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(neighbours)).toBeLessThan(mean(across) / 2);
  });

  it('spends fewer rounds on bigger components', () => {
    expect(iterationsFor(200)).toBeGreaterThan(iterationsFor(2000));
    expect(iterationsFor(2000)).toBeGreaterThan(iterationsFor(15000));
  });
});

describe('which layout a map gets', () => {
  const placed = (input: LayoutInput) => ({ ...input, nodes: input.nodes.map((n, i) => ({ ...n, position: { x: i * 50, y: 0 } })) });

  it('a fresh map, small or large, takes the fast path', () => {
    expect(layoutPath(map(2, 10, 5))).toBe('force');
    expect(layoutPath(map(10, 200, 100))).toBe('force');
  });

  it('a seen picture is refined when small and kept when large', async () => {
    expect(layoutPath(placed(map(2, 10, 5)))).toBe('refine');
    const large = placed(map(10, Math.ceil(REFINE_UP_TO / 10) + 1, 0));
    expect(layoutPath(large)).toBe('keep');
    const kept = await computeMapLayout(large);
    for (const n of large.nodes) expect(kept[n.id]).toEqual(n.position);
  });
});
