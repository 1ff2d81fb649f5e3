import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel, ErrorPanel, LoadingPanel } from '../../components/StatusPanel';
import { OverviewView } from '../../components/OverviewView';
import { messagesFor } from '../../i18n';
import { buildOverview } from '../../stats/overview';
import { useStats } from '../../stats/useStats';

/** The map in figures: counts per type and per municipality. */
export function OverviewPage() {
  const { i18n } = useTranslation();
  const t = messagesFor(i18n.language);
  const { state, reload } = useStats();
  const overview = useMemo(() => (state.status === 'ready' ? buildOverview(state.stats, t) : undefined), [state, t]);
  const body =
    state.status === 'loading' ? <LoadingPanel t={t} />
      : state.status === 'error' ? <ErrorPanel t={t} error={state.error} onRetry={reload} />
        : overview === undefined || overview.isEmpty ? <EmptyPanel t={t} />
          : <OverviewView t={t} overview={overview} />;
  return (
    <>
      <h1 className="visually-hidden">{t.nav.overview}</h1>
      {body}
    </>
  );
}
