import { describeError } from '../api/describeError';
import { interpolate, type Messages } from '../i18n';

export function LoadingPanel({ t }: { t: Messages }) {
  return (
    <p className="panel panel--quiet" role="status">
      {t.status.loading}
    </p>
  );
}

export function ErrorPanel({ t, error, onRetry }: { t: Messages; error: unknown; onRetry: () => void }) {
  const { summary, detail } = describeError(error, t);
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t.status.errorTitle}</h2>
      <p>{summary}</p>
      <p>{t.status.errorHelp}</p>
      <p className="detail">{interpolate(t.status.errorDetail, { detail })}</p>
      <button type="button" onClick={onRetry}>
        {t.status.retry}
      </button>
    </section>
  );
}

export function EmptyPanel({ t }: { t: Messages }) {
  return (
    <section className="panel" aria-labelledby="empty-title">
      <h2 id="empty-title">{t.status.emptyTitle}</h2>
      <p>{t.status.emptyHelp}</p>
      <p>
        <a href="/graphiql">{t.nav.graphiql}</a>
      </p>
    </section>
  );
}
