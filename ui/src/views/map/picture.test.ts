import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18next';
import { mapPictureFrame } from './picture';
import { SECTORS } from '../../graph/vocabulary';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'sv', fallbackLng: 'sv', ns: Object.keys(resources.sv), interpolation: { escapeValue: false } });
});

describe('the picture frame of the map view', () => {
  it('names the area, the finding, the counts, the date and the source, in Swedish', () => {
    const t = i18n.getFixedT('sv', 'map');
    const frame = mapPictureFrame(t, 'sv', { area: 'Krokom', finding: 'Krokom saknar ett lokalt nätverk.', nodes: 12, edges: 9 }, new Date(2026, 11, 3));
    expect(frame.title).toBe('Aktörskartan: Krokom');
    expect(frame.caption).toBe('Krokom saknar ett lokalt nätverk. 12 noder och 9 kopplingar visas.');
    expect(frame.date).toBe('3 december 2026');
    expect(frame.source).toMatch(/^Källa: Aktörskartan/);
    expect(frame.legend.filter((e) => e.mark === 'dot')).toHaveLength(SECTORS.length);
    expect(frame.legend.map((e) => e.label)).toContain('Hänvisning, lagstadgad');
  });

  it('says the whole map when nothing is filtered, and the focus when there is one, in English', () => {
    const t = i18n.getFixedT('en', 'map');
    expect(mapPictureFrame(t, 'en', { nodes: 3, edges: 1 }).title).toBe('Aktörskartan: the whole map');
    expect(mapPictureFrame(t, 'en', { focus: 'IFO Berg', nodes: 3, edges: 1 }, new Date(2026, 11, 3))).toMatchObject({
      title: 'Aktörskartan: the neighbourhood of IFO Berg', caption: '3 nodes and 1 links shown.', date: '3 December 2026',
    });
  });
});
