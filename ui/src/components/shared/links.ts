/**
 * Links between views. Plain hrefs (not only click handlers) so a coordinator can open them in a
 * new tab or copy them into a report; the language travels along.
 */

/** The map view's deep links (owned by the map view): highlight a finding, centre on or select a node. */
export type MapLink = 'finding' | 'focus' | 'select';

export function withLang(path: string, params: URLSearchParams, lang: string): string {
  const out = new URLSearchParams(params);
  if (lang === 'en') out.set('lang', 'en');
  else out.delete('lang');
  const query = out.toString();
  return query ? `${path}?${query}` : path;
}

export function mapHref(link: MapLink, id: string, lang: string): string {
  return withLang('/', new URLSearchParams({ [link]: id }), lang);
}

/** A finding in the gaps view. */
export function findingHref(id: string, lang: string): string {
  return withLang('/brister', new URLSearchParams({ finding: id }), lang);
}

/** True for a plain left click: the other ones (new tab, new window) are left to the browser. */
export function isPlainClick(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; button: number }): boolean {
  return !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && event.button === 0;
}
