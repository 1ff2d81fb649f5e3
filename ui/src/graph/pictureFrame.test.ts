import { describe, expect, it } from 'vitest';
import { svgSize } from './exportImage';
import { framedSvg, layoutFrame, type PictureFrame } from './pictureFrame';

const frame: PictureFrame = {
  title: 'Aktörskartan: Krokom',
  caption: 'Krokom saknar ett nätverk <mot våld> & stöd. 12 noder och 9 kopplingar visas.',
  date: '3 december 2026',
  source: 'Källa: Aktörskartan',
  legend: [
    { label: 'Kommunal', colour: '#0072B2', mark: 'dot' },
    { label: 'Hänvisning, formell (rutin)', colour: '#1b1f24', mark: 'dashed' },
    { label: 'Medlem i nätverk', colour: '#7b8591', mark: 'line' },
  ],
};
const MAP = '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><circle cx="10" cy="10" r="5"/></svg>';

describe('the frame of an exported map picture', () => {
  it('puts the map between the header and the legend, with nothing on top of it', () => {
    const l = layoutFrame(frame, 600, 400);
    expect(l.map.width).toBe(600);
    expect(l.caption.y).toBeLessThanOrEqual(l.map.y);
    for (const at of l.legend) expect(at.y).toBeGreaterThan(l.map.y + l.map.height);
    expect(l.footer.y).toBeGreaterThan(Math.max(...l.legend.map((at) => at.y)));
    expect(l.height).toBeGreaterThan(l.footer.y);
    expect(l.width).toBeGreaterThanOrEqual(600);
  });

  it('gives a small map room for its header and legend', () => {
    expect(layoutFrame(frame, 50, 50).width).toBeGreaterThan(400);
  });

  it('grows the text with the picture scale', () => {
    expect(layoutFrame(frame, 600, 400, 2).title.size).toBe(2 * layoutFrame(frame, 600, 400).title.size);
  });

  it('writes title, caption, legend, date and source into the SVG, escaped, around the map', () => {
    const svg = framedSvg(MAP, 600, 400, frame, '#fff');
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('Aktörskartan: Krokom');
    expect(svg).toContain('saknar ett nätverk &lt;mot våld&gt; &amp; stöd');
    expect(svg).toContain('Hänvisning, formell (rutin)');
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).toContain('Källa: Aktörskartan · 3 december 2026');
    const l = layoutFrame(frame, 600, 400);
    expect(svg).toContain(`<svg x="${l.map.x}" y="${l.map.y}" width="600" height="400" xmlns=`);
    expect(svgSize(svg)).toEqual([l.width, l.height]);
    // One outer picture holding the map's own SVG; the browser check is in the e2e test.
    expect(svg.match(/<svg\b/g)).toHaveLength(2);
    expect(svg.match(/<\/svg>/g)).toHaveLength(2);
    expect(svg.indexOf('<circle cx="10" cy="10" r="5"/>')).toBeGreaterThan(svg.indexOf('Krokom saknar'));
  });

  it('reads the size a Cytoscape SVG declares', () => {
    expect(svgSize(MAP)).toEqual([600, 400]);
    expect(svgSize('<svg xmlns="x"></svg>')).toBeUndefined();
  });
});
