/**
 * An exported map picture carries what a printed map needs to be read on its own: a title, the
 * filter it shows, a legend, the date and the source. The map itself (Cytoscape's PNG or SVG) is
 * placed in the middle; the header and legend are drawn around it, in SVG text or on a canvas.
 */
import { LINE_DASHES } from './palette';

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** A filled dot (a sector), a line (a kind of link), dashed or dotted as on the map. */
  readonly mark: 'dot' | 'line' | 'dashed' | 'dotted';
}

export interface PictureFrame {
  readonly title: string;
  /** What the picture shows: the filter, the focus or the finding. */
  readonly caption: string;
  /** "3 december 2026", written for the reader. */
  readonly date: string;
  /** "Källa: Aktörskartan …". */
  readonly source: string;
  readonly legend: readonly LegendEntry[];
}

/** The measures of the frame around a map of the given size (in picture pixels). */
export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  /** Where the map goes. */
  readonly map: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly title: { readonly x: number; readonly y: number; readonly size: number };
  readonly caption: { readonly x: number; readonly y: number; readonly size: number };
  readonly footer: { readonly x: number; readonly y: number; readonly size: number };
  /** One position per legend entry, in rows under the map. */
  readonly legend: readonly { readonly x: number; readonly y: number }[];
  readonly legendSize: number;
}

const MARGIN = 24;

/** Lays the frame out for a map `mapWidth` × `mapHeight`; `scale` grows the text with the picture. */
export function layoutFrame(frame: PictureFrame, mapWidth: number, mapHeight: number, scale = 1): FrameLayout {
  const margin = MARGIN * scale;
  const titleSize = 22 * scale;
  const captionSize = 14 * scale;
  const legendSize = 12 * scale;
  const footerSize = 11 * scale;
  const width = Math.max(mapWidth + 2 * margin, 480 * scale);
  const headerHeight = margin + titleSize + 8 * scale + captionSize + 12 * scale;
  const mapX = (width - mapWidth) / 2;
  // Legend entries in columns of a fixed width, as many as fit across.
  const columnWidth = 230 * scale;
  const columns = Math.max(1, Math.floor((width - 2 * margin) / columnWidth));
  const rowHeight = legendSize * 1.8;
  const legendTop = headerHeight + mapHeight + 12 * scale;
  const legend = frame.legend.map((_, i) => ({
    x: margin + (i % columns) * columnWidth,
    y: legendTop + Math.floor(i / columns) * rowHeight + legendSize,
  }));
  const legendRows = Math.ceil(frame.legend.length / columns);
  const footerY = legendTop + legendRows * rowHeight + 8 * scale + footerSize;
  return {
    width: Math.ceil(width),
    height: Math.ceil(footerY + margin),
    map: { x: mapX, y: headerHeight, width: mapWidth, height: mapHeight },
    title: { x: margin, y: margin + titleSize, size: titleSize },
    caption: { x: margin, y: margin + titleSize + 8 * scale + captionSize, size: captionSize },
    footer: { x: margin, y: footerY, size: footerSize },
    legend,
    legendSize,
  };
}

export function footerText(frame: PictureFrame): string {
  return `${frame.source} · ${frame.date}`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const DASHES: Record<LegendEntry['mark'], string | undefined> = { dot: undefined, line: LINE_DASHES.solid, dashed: LINE_DASHES.dashed, dotted: LINE_DASHES.dotted };

function svgMark(entry: LegendEntry, x: number, y: number, size: number): string {
  if (entry.mark === 'dot') return `<circle cx="${x + size / 2}" cy="${y - size / 3}" r="${size / 2}" fill="${entry.colour}"/>`;
  const dash = DASHES[entry.mark];
  return `<line x1="${x}" y1="${y - size / 3}" x2="${x + size * 2}" y2="${y - size / 3}" stroke="${entry.colour}" stroke-width="${size / 5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** The map's SVG (Cytoscape's, full size) inside a framed SVG picture. */
export function framedSvg(mapSvg: string, mapWidth: number, mapHeight: number, frame: PictureFrame, background: string): string {
  const l = layoutFrame(frame, mapWidth, mapHeight);
  // The inner SVG keeps its own coordinates; only the XML declaration has to go.
  const inner = mapSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/, '')
    .replace(/<svg\b/, `<svg x="${l.map.x}" y="${l.map.y}" width="${mapWidth}" height="${mapHeight}"`);
  const text = (x: number, y: number, size: number, value: string, weight = 'normal') =>
    `<text x="${x}" y="${y}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="${weight}" fill="#1b1f24">${escapeXml(value)}</text>`;
  const legend = frame.legend.map((entry, i) => {
    const at = l.legend[i]!;
    return `${svgMark(entry, at.x, at.y, l.legendSize)}${text(at.x + l.legendSize * 2.6, at.y, l.legendSize, entry.label)}`;
  }).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">`,
    `<title>${escapeXml(frame.title)}</title><desc>${escapeXml(`${frame.caption}. ${footerText(frame)}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    text(l.title.x, l.title.y, l.title.size, frame.title, 'bold'),
    text(l.caption.x, l.caption.y, l.caption.size, frame.caption),
    inner,
    legend,
    text(l.footer.x, l.footer.y, l.footer.size, footerText(frame)),
    '</svg>',
  ].join('');
}

/** The map's PNG drawn into a framed PNG picture, on a canvas. */
export async function framedPng(mapPng: Blob, frame: PictureFrame, background: string, scale: number): Promise<Blob> {
  const map = await createImageBitmap(mapPng);
  const l = layoutFrame(frame, map.width, map.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = l.width;
  canvas.height = l.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.fillStyle = background;
  g.fillRect(0, 0, l.width, l.height);
  g.fillStyle = '#1b1f24';
  g.textBaseline = 'alphabetic';
  g.font = `bold ${l.title.size}px system-ui, sans-serif`;
  g.fillText(frame.title, l.title.x, l.title.y);
  g.font = `${l.caption.size}px system-ui, sans-serif`;
  g.fillText(frame.caption, l.caption.x, l.caption.y, l.width - 2 * l.caption.x);
  g.drawImage(map, l.map.x, l.map.y);
  map.close();
  g.font = `${l.legendSize}px system-ui, sans-serif`;
  frame.legend.forEach((entry, i) => {
    const at = l.legend[i]!;
    const y = at.y - l.legendSize / 3;
    if (entry.mark === 'dot') {
      g.fillStyle = entry.colour;
      g.beginPath();
      g.arc(at.x + l.legendSize / 2, y, l.legendSize / 2, 0, 2 * Math.PI);
      g.fill();
    } else {
      g.strokeStyle = entry.colour;
      g.lineWidth = l.legendSize / 5;
      const dash = DASHES[entry.mark];
      g.setLineDash(dash ? dash.split(' ').map((n) => Number(n) * scale) : []);
      g.beginPath();
      g.moveTo(at.x, y);
      g.lineTo(at.x + l.legendSize * 2, y);
      g.stroke();
      g.setLineDash([]);
    }
    g.fillStyle = '#1b1f24';
    g.fillText(entry.label, at.x + l.legendSize * 2.6, at.y);
  });
  g.font = `${l.footer.size}px system-ui, sans-serif`;
  g.fillText(footerText(frame), l.footer.x, l.footer.y);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'));
}
