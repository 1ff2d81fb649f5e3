import type { Messages } from './messages';
import { sv } from './sv';

export type { Messages } from './messages';
export { interpolate } from './interpolate';

/** Swedish is shown; English (./en) waits for the language switch that comes with i18next. */
export const messages: Messages = sv;
