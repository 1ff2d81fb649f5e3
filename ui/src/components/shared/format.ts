/** Numbers in the reader's language: Swedish writes 0,76 and 1 204, English 0.76 and 1,204. */
const localeOf = (lang: string): string => (lang === 'en' ? 'en-GB' : 'sv-SE');

/** A 0–1 score or ratio with two decimals, as the analysis reports them. */
export function formatScore(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Names sorted the way the reader expects (Å, Ä, Ö last in Swedish). */
export function compareNames(a: string, b: string, lang = 'sv'): number {
  return a.localeCompare(b, localeOf(lang));
}
