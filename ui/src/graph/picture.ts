/**
 * The view as a picture for the report: Cytoscape's PNG of what is in view, drawn over the gap
 * overlay's hulls (which live on an SVG layer Cytoscape's own export does not see).
 */
import type { Core } from 'cytoscape';
import { MAP_BACKGROUND } from './palette';

export interface MapPicture {
  /** A JPEG data URL. */
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

const SCALE = 2;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map picture could not be drawn'));
    image.src = src;
  });
}

/** JPEG at this quality for documents: a map PNG at twice the screen's size is megabytes. */
const JPEG_QUALITY = 0.88;

export async function composePicture(cy: Core, hulls: readonly { d: string; fill: string; stroke: string }[]): Promise<MapPicture> {
  const width = Math.round(cy.width() * SCALE);
  const height = Math.round(cy.height() * SCALE);
  if (hulls.length === 0) return { dataUrl: cy.jpg({ full: false, scale: SCALE, bg: MAP_BACKGROUND, quality: JPEG_QUALITY, output: 'base64uri' }), width, height };
  const nodes = await loadImage(cy.png({ full: false, scale: SCALE, output: 'base64uri' }));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the map picture could not be drawn');
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  const zoom = cy.zoom();
  const pan = cy.pan();
  // The hulls' paths are in model coordinates: the same transform the canvas uses, times the scale.
  ctx.setTransform(SCALE * zoom, 0, 0, SCALE * zoom, SCALE * pan.x, SCALE * pan.y);
  for (const hull of hulls) {
    if (!hull.d) continue;
    const path = new Path2D(hull.d);
    ctx.fillStyle = hull.fill || 'rgba(29,74,115,0.14)';
    ctx.fill(path);
    ctx.strokeStyle = hull.stroke || '#1d4a73';
    ctx.lineWidth = 2 / zoom;
    ctx.stroke(path);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(nodes, 0, 0, width, height);
  return { dataUrl: canvas.toDataURL('image/jpeg', JPEG_QUALITY), width, height };
}
