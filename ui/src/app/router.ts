/**
 * The views and their addresses (Swedish paths, as users share them), plus the tiny history-API
 * router the app needs: no library earns its place for five routes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Codec } from './url-state';

export const VIEWS = ['map', 'gaps', 'duplicates', 'chains', 'overview', 'accounts', 'import', 'presentations', 'present', 'report', 'shared'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_PATHS: Record<ViewId, string> = {
  map: '/',
  gaps: '/brister',
  duplicates: '/dubbletter',
  chains: '/kedjor',
  overview: '/oversikt',
  accounts: '/konton',
  import: '/importera',
  presentations: '/presentationer',
  present: '/presentation',
  report: '/rapport',
  /** Followed by the share token: /visning/<token>. */
  shared: '/visning',
};

export function viewFromPath(pathname: string): ViewId {
  const clean = pathname.replace(/\/+$/, '') || '/';
  if (clean.startsWith(`${VIEW_PATHS.shared}/`)) return 'shared';
  return (Object.entries(VIEW_PATHS) as [ViewId, string][]).find(([, path]) => path === clean)?.[0] ?? 'map';
}

const NAVIGATED = 'aktorskartan:navigate';

/** Goes to a view with the given query, keeping the language. */
export function navigate(view: ViewId, params: URLSearchParams = new URLSearchParams(), replace = false): void {
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang && !params.has('lang')) params.set('lang', lang);
  const query = params.toString();
  const url = `${VIEW_PATHS[view]}${query ? `?${query}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}

export interface LocationState {
  readonly view: ViewId;
  readonly params: URLSearchParams;
}

const current = (): LocationState => ({ view: viewFromPath(window.location.pathname), params: new URLSearchParams(window.location.search) });

/** The current view and query; re-renders on back/forward and on navigate(). */
export function useLocation(): LocationState {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return location;
}

/**
 * A view's state, read from and written to the URL. `set` pushes a history entry (so Back undoes a
 * filter); `replace` rewrites the current one (for typing in a search field).
 */
export function useUrlState<T>(view: ViewId, codec: Codec<T>): [T, (next: T) => void, (next: T) => void] {
  const { params } = useLocation();
  const state = codec.parse(params);
  const withLang = (next: T) => {
    const out = codec.serialize(next);
    const lang = params.get('lang');
    if (lang) out.set('lang', lang);
    return out;
  };
  const set = useCallback((next: T) => navigate(view, withLang(next)), [view, params.toString()]);
  const replace = useCallback((next: T) => navigate(view, withLang(next), true), [view, params.toString()]);
  return [state, set, replace];
}
