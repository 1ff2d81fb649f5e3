import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18next';
import { channelLinks, ContactChannels, type Channels } from './ContactChannels';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'sv', fallbackLng: 'sv', defaultNS: 'common', ns: Object.keys(resources.sv), interpolation: { escapeValue: false } });
});
const render = (channels: Channels, name?: string) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ContactChannels, { channels, ...(name === undefined ? {} : { name }) })));

describe('contact channels', () => {
  it('links phone (digits only), web address and e-mail, in that order', () => {
    expect(channelLinks({ email: 'ifo@berg.se', phone: '+46 (0)687-161 00', website: 'https://www.berg.se/ifo/' })).toEqual([
      { kind: 'phone', href: 'tel:+46068716100', text: '+46 (0)687-161 00' },
      { kind: 'website', href: 'https://www.berg.se/ifo/', text: 'www.berg.se/ifo' },
      { kind: 'email', href: 'mailto:ifo@berg.se', text: 'ifo@berg.se' },
    ]);
  });

  it('never makes a link of a web address that is not http(s), and shows nothing without channels', () => {
    expect(channelLinks({ website: 'javascript:alert(1)', phone: null, email: '' })).toEqual([]);
    expect(render({ phone: null, website: null, email: null })).toBe('');
  });

  it('labels the channels in Swedish and English, naming whose they are on a route card', async () => {
    const sv = render({ phone: '0687-161 00', email: 'ifo@berg.se' }, 'IFO Berg');
    expect(sv).toContain('aria-label="Kontakt med IFO Berg"');
    expect(sv).toContain('<dt>Telefon</dt><dd><a href="tel:068716100">0687-161 00</a></dd>');
    expect(sv).toContain('<dt>E-post</dt><dd><a href="mailto:ifo@berg.se">ifo@berg.se</a></dd>');
    await i18n.changeLanguage('en');
    const en = render({ website: 'https://www.berg.se' });
    expect(en).toContain('aria-label="Contact"');
    expect(en).toContain('<dt>Web</dt><dd><a href="https://www.berg.se" target="_blank" rel="noopener noreferrer">www.berg.se</a></dd>');
    await i18n.changeLanguage('sv');
  });
});
