import { describe, expect, it } from 'vitest';
import { orientToCanvas } from './orientation';

const tall = { a: { x: 0, y: 0 }, b: { x: 10, y: 100 }, c: { x: 5, y: 50 } };

describe('turning a fresh layout to fit the canvas', () => {
  it('turns a tall picture for a wide canvas, keeping distances', () => {
    const turned = orientToCanvas(tall, 1000, 600);
    expect(turned['b']).toEqual({ x: 100, y: -10 });
    const d = (p: Record<string, { x: number; y: number }>) => Math.hypot(p['a']!.x - p['b']!.x, p['a']!.y - p['b']!.y);
    expect(d(turned)).toBeCloseTo(d(tall));
  });

  it('leaves a picture that already fits as it is', () => {
    expect(orientToCanvas(tall, 600, 1000)).toBe(tall);
    expect(orientToCanvas({ a: { x: 0, y: 0 } }, 1000, 600)).toEqual({ a: { x: 0, y: 0 } });
  });
});
