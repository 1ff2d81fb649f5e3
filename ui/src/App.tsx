import { useMemo } from 'react';
import { EmptyPanel, ErrorPanel, LoadingPanel } from './components/StatusPanel';
import { OverviewView } from './components/OverviewView';
import { messages as t } from './i18n';
import { buildOverview } from './stats/overview';
import { useStats, type StatsState } from './stats/useStats';

function MainContent({ state, reload }: { state: StatsState; reload: () => void }) {
  const overview = useMemo(() => (state.status === 'ready' ? buildOverview(state.stats, t) : undefined), [state]);
  if (state.status === 'loading') return <LoadingPanel t={t} />;
  if (state.status === 'error') return <ErrorPanel t={t} error={state.error} onRetry={reload} />;
  if (overview === undefined || overview.isEmpty) return <EmptyPanel t={t} />;
  return <OverviewView t={t} overview={overview} />;
}

export function App() {
  const { state, reload } = useStats();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap">
          <h1>{t.appName}</h1>
          <p className="tagline">{t.tagline}</p>
          <nav aria-label={t.nav.label}>
            <a href="/graphiql">{t.nav.graphiql}</a>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <MainContent state={state} reload={reload} />
      </main>
    </>
  );
}
