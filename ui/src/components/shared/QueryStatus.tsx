import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describeError';
import { messagesFor } from '../../i18n';
import './shared.css';

/** What each view says while waiting and when something fails (its own words, in its namespace). */
export interface StatusStrings {
  readonly loading: string;
  readonly errorTitle: string;
  readonly errorHelp: string;
  readonly retry: string;
}

export function LoadingState({ text }: { readonly text: string }) {
  return (
    <p className="panel panel--quiet status-panel" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

/** Says what happened (in the reader's language), what to do, and offers to try again. */
export function ErrorState({ strings, error, onRetry }: { readonly strings: StatusStrings; readonly error: unknown; readonly onRetry: () => void }) {
  const { i18n } = useTranslation();
  const common = messagesFor(i18n.language);
  const { summary, detail } = describeError(error, common);
  const titleId = useId();
  return (
    <section className="panel panel--error status-panel" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{strings.errorTitle}</h2>
      <p>{summary}</p>
      <p>{strings.errorHelp}</p>
      <p className="detail">{detail}</p>
      <button type="button" onClick={onRetry}>
        {strings.retry}
      </button>
    </section>
  );
}

/** Nothing to show: a heading that says so and what the reader can do instead. */
export function EmptyState({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="panel status-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

/** A view's status strings from its namespace (each namespace has a `status` block of this shape). */
export function useStatusStrings(namespace: 'gaps' | 'duplicates' | 'chains'): StatusStrings {
  const { t } = useTranslation(namespace);
  return { loading: t('status.loading'), errorTitle: t('status.errorTitle'), errorHelp: t('status.errorHelp'), retry: t('status.retry') };
}
