/**
 * Colour arithmetic for the palette tests: WCAG contrast ratios, and CIELAB distance under
 * simulated colour-vision deficiencies (Machado, Oliveira & Fernandes 2009, severity 1).
 */
const channels = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
};
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
export const DEFICIENCIES: Record<string, Matrix | null> = {
  normal: null,
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function lab([r, g, b]: readonly number[]): [number, number, number] {
  const [R, G, B] = [r ?? 0, g ?? 0, b ?? 0];
  const X = 0.4124 * R + 0.3576 * G + 0.1805 * B;
  const Y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const Z = 0.0193 * R + 0.1192 * G + 0.9505 * B;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(X / 0.95047), f(Y), f(Z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 ΔE between two colours as seen with the given deficiency. */
export function distance(a: string, b: string, matrix: Matrix | null): number {
  const seen = (hex: string) => {
    const c = channels(hex).map(linear);
    return matrix === null ? c : matrix.map((row) => Math.min(1, Math.max(0, row[0] * (c[0] ?? 0) + row[1] * (c[1] ?? 0) + row[2] * (c[2] ?? 0))));
  };
  const [p, q] = [lab(seen(a)), lab(seen(b))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
