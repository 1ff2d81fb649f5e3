/**
 * i18next: Swedish by default, English selectable. The shell's strings are the typed `Messages`
 * (namespace "common"); each view owns a namespace of its own (views/<view>/strings.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as accounts from '../views/accounts/strings';
import * as chains from '../views/chains/strings';
import * as duplicates from '../views/duplicates/strings';
import * as gaps from '../views/gaps/strings';
import * as map from '../views/map/strings';
import * as editing from '../editing/strings';
import * as importing from '../views/import/strings';
import * as exporting from '../export/strings';
import * as overlay from '../graph/strings-overlay';
import * as present from '../views/presentation/strings';
import * as report from '../views/report/strings';
import { en } from './en';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (x: unknown): x is Language => x === 'sv' || x === 'en';

export const resources = {
  sv: { common: sv, map: map.sv, gaps: gaps.sv, duplicates: duplicates.sv, chains: chains.sv, accounts: accounts.sv, editing: editing.sv, import: importing.sv, export: exporting.sv, overlay: overlay.sv, present: present.sv, report: report.sv },
  en: { common: en, map: map.en, gaps: gaps.en, duplicates: duplicates.en, chains: chains.en, accounts: accounts.en, editing: editing.en, import: importing.en, export: exporting.en, overlay: overlay.en, present: present.en, report: report.en },
} as const;

const STORAGE_KEY = 'aktorskartan.lang';

/** The URL's `lang` wins (a shared link shows its language), then the last choice, then Swedish. */
export function initialLanguage(search: string, stored: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  return isLanguage(stored) ? stored : 'sv';
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage(window.location.search, storedLanguage());
  await i18next.use(initReactI18next).init({
    resources, lng, fallbackLng: 'sv', defaultNS: 'common', ns: Object.keys(resources.sv),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function switchLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the URL still carries the choice
  }
  const url = new URL(window.location.href);
  if (lang === 'sv') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

/** Numbers and dates in the current language. */
export const formatNumber = (value: number, lang: string): string => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE').format(value);
export const formatDate = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' }).format(new Date(iso));
