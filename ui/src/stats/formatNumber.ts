const formatters = new Map<string, Intl.NumberFormat>();

/** A count as the locale writes it: sv-SE groups thousands with a no-break space (12 345). */
export function formatNumber(value: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}
