import type { Messages } from './messages';
import { en } from './en';
import { sv } from './sv';

export type { Messages } from './messages';
export { interpolate } from './interpolate';

/** The typed shell strings of a language (the same objects i18next holds as namespace "common"). */
export const messagesFor = (lang: string): Messages => (lang === 'en' ? en : sv);

/** Swedish, for code outside React that needs a default. */
export const messages: Messages = sv;
