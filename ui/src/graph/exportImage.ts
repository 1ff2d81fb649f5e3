/**
 * The current map as a picture for a report: PNG (Cytoscape's own export) or SVG (cytoscape-svg,
 * loaded only when asked for, since it is only needed here). File names carry the date.
 */
import cytoscape, { type Core } from 'cytoscape';
import { MAP_BACKGROUND } from './palette';

export type ImageFormat = 'png' | 'svg';

/** aktorskartan-2026-11-25.png — the local date, as the user reads their calendar. */
export function exportFileName(format: ImageFormat, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `aktorskartan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${format}`;
}

let svgRegistered = false;

async function svgOf(cy: Core): Promise<Blob> {
  if (!svgRegistered) {
    const { default: svg } = await import('cytoscape-svg');
    cytoscape.use(svg);
    svgRegistered = true;
  }
  const text = (cy as Core & { svg(options: { full: boolean; scale: number; bg: string }): string }).svg({ full: true, scale: 1, bg: MAP_BACKGROUND });
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}

function pngOf(cy: Core): Blob {
  // Capped so a national map does not ask the browser for a canvas it cannot allocate.
  return cy.png({ full: true, scale: 2, bg: MAP_BACKGROUND, output: 'blob', maxWidth: 8000, maxHeight: 8000 });
}

export async function downloadImage(cy: Core, format: ImageFormat): Promise<void> {
  const blob = format === 'png' ? pngOf(cy) : await svgOf(cy);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(format);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
