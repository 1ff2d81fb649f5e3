/**
 * The current map as a picture for a report: PNG (Cytoscape's own export) or SVG (cytoscape-svg,
 * loaded only when asked for, since it is only needed here). File names carry the date.
 */
import cytoscape, { type Core } from 'cytoscape';
import { MAP_BACKGROUND } from './palette';
import { framedPng, framedSvg, type PictureFrame } from './pictureFrame';

export type ImageFormat = 'png' | 'svg';

/** aktorskartan-2026-11-25.png — the local date, as the user reads their calendar. */
export function exportFileName(format: ImageFormat, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `aktorskartan-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${format}`;
}

let svgRegistered = false;

/** The width and height an SVG document declares on its root element. */
export function svgSize(svg: string): [number, number] | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root ? /\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1] : undefined;
  const height = root ? /\sheight="([\d.]+)(?:px)?"/.exec(root)?.[1] : undefined;
  return width && height ? [Number(width), Number(height)] : undefined;
}

async function svgOf(cy: Core, frame: PictureFrame | undefined): Promise<Blob> {
  if (!svgRegistered) {
    const { default: svg } = await import('cytoscape-svg');
    cytoscape.use(svg);
    svgRegistered = true;
  }
  const text = (cy as Core & { svg(options: { full: boolean; scale: number; bg: string }): string }).svg({ full: true, scale: 1, bg: MAP_BACKGROUND });
  if (!frame) return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  const [width, height] = svgSize(text) ?? (() => { const box = cy.elements().boundingBox({}); return [Math.ceil(box.w), Math.ceil(box.h)]; })();
  const framed = framedSvg(text, width, height, frame, MAP_BACKGROUND);
  return new Blob([framed], { type: 'image/svg+xml;charset=utf-8' });
}

async function pngOf(cy: Core, frame: PictureFrame | undefined): Promise<Blob> {
  // Capped so a national map does not ask the browser for a canvas it cannot allocate.
  const map = cy.png({ full: true, scale: 2, bg: MAP_BACKGROUND, output: 'blob', maxWidth: 7600, maxHeight: 7000 });
  return frame ? framedPng(map, frame, MAP_BACKGROUND, 2) : map;
}

/** Downloads the map as a picture; with a frame, it carries title, filter caption, legend, date and source. */
export async function downloadImage(cy: Core, format: ImageFormat, frame?: PictureFrame): Promise<void> {
  const blob = format === 'png' ? await pngOf(cy, frame) : await svgOf(cy, frame);
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
