import type { ReactNode } from 'react';
import { navigate, VIEW_PATHS, type ViewId } from '../../app/router';
import { isPlainClick, withLang } from './links';

interface ViewLinkProps {
  readonly view: ViewId;
  readonly params: URLSearchParams;
  readonly lang: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-label'?: string;
}

/**
 * A real link to another view (or the same view with other state): the href works in a new tab and
 * in a copied report; a plain click moves inside the app without reloading the page.
 */
export function ViewLink({ view, params, lang, children, className, 'aria-label': ariaLabel }: ViewLinkProps) {
  const href = withLang(VIEW_PATHS[view], params, lang);
  return (
    <a
      href={href}
      className={className}
      aria-label={ariaLabel}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(view, new URLSearchParams(params));
        window.scrollTo({ top: 0 });
      }}
    >
      {children}
    </a>
  );
}
