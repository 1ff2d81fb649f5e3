/**
 * The app shell: header with the views and the language switch, then the current view. Each view
 * keeps its own state in the URL (app/url-state.ts) and its strings in its own namespace.
 */
import { useTranslation } from 'react-i18next';
import { navigate, useLocation, VIEW_PATHS, type ViewId } from './app/router';
import { switchLanguage, LANGUAGES, type Language } from './i18n/i18next';
import { messagesFor } from './i18n';
import { ChainsView } from './views/chains/ChainsView';
import { DuplicatesView } from './views/duplicates/DuplicatesView';
import { GapsView } from './views/gaps/GapsView';
import { MapView } from './views/map/MapView';
import { OverviewPage } from './views/overview/OverviewPage';
import { AccountsView } from './views/accounts/AccountsView';
import { ImportView } from './views/import/ImportView';
import { PresentationsPage } from './views/presentation/PresentationsPage';
import { PresentationView } from './views/presentation/PresentationView';
import { ReportView } from './views/report/ReportView';
import { useQuery } from './components/shared/useQuery';
import { ME_QUERY, type Me } from './app/me';

type NavView = Exclude<ViewId, 'present' | 'shared'>;
const NAV: readonly NavView[] = ['map', 'gaps', 'duplicates', 'chains', 'overview', 'report', 'presentations', 'import'];

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'map':
      return <MapView />;
    case 'gaps':
      return <GapsView />;
    case 'duplicates':
      return <DuplicatesView />;
    case 'chains':
      return <ChainsView />;
    case 'overview':
      return <OverviewPage />;
    case 'accounts':
      return <AccountsView />;
    case 'import':
      return <ImportView />;
    case 'presentations':
      return <PresentationsPage />;
    case 'report':
      return <ReportView />;
    case 'present':
    case 'shared':
      // Drawn by App itself, without the page furniture.
      return null;
    default: {
      const never: never = view;
      return never;
    }
  }
}


async function signOut() {
  await fetch('/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' } });
  window.location.assign('/auth/sign-in');
}

/** A shared presentation (/visning/<token>) is the whole page: no navigation, no sign-in. */
function SharedPresentation() {
  const token = window.location.pathname.split('/').filter(Boolean)[1] ?? '';
  return (
    <main id="main" tabIndex={-1}>
      <PresentationView source={{ kind: 'shared', token }} initialSlide={0} />
    </main>
  );
}

/** Presenting, the map is the whole page: the header and navigation are not even in the tab order. */
function Presenting() {
  const id = new URLSearchParams(window.location.search).get('set') ?? '';
  return (
    <main id="main" tabIndex={-1}>
      <PresentationView source={{ kind: 'set', id }} initialSlide={0} />
    </main>
  );
}

export function App() {
  const { view: current } = useLocation();
  if (current === 'shared') return <SharedPresentation />;
  if (current === 'present') return <Presenting />;
  return <Shell />;
}

function Shell() {
  const { i18n } = useTranslation();
  const { state: meState } = useQuery<Me, Record<string, never>>(ME_QUERY, {});
  const me = meState.status === 'ready' ? meState.data.me : null;
  // Accounts are managed where people sign in, and only by administrators.
  const nav: readonly NavView[] = me && me.authMode !== 'NONE' && me.role === 'ADMIN' ? [...NAV, 'accounts'] : NAV;
  const t = messagesFor(i18n.language);
  const { view } = useLocation();
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  const href = (target: ViewId) => `${VIEW_PATHS[target]}${lang === 'sv' ? '' : '?lang=en'}`;
  return (
    <>
      <a className="skip-link" href="#main">{t.skipToContent}</a>
      <header className="site-header">
        <div className="wrap header-row">
          <div>
            <p className="app-name"><a href={href('map')}>{t.appName}</a></p>
            <p className="tagline">{t.tagline}</p>
          </div>
          {me && me.authMode !== 'NONE' && me.signedIn ? (
            <p className="signed-in">{me.name} <button type="button" onClick={() => void signOut()}>{t.nav.signOut}</button></p>
          ) : null}
          <div className="language" role="group" aria-label={t.language.label}>
            {LANGUAGES.map((code) => (
              <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => void switchLanguage(code)}>
                {t.language[code]}
              </button>
            ))}
          </div>
        </div>
        <nav aria-label={t.nav.label} className="wrap views-nav">
          <ul>
            {nav.map((target) => (
              <li key={target}>
                <a
                  href={href(target)}
                  aria-current={view === target ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    navigate(target);
                  }}
                >
                  {t.nav[target]}
                </a>
              </li>
            ))}
            <li><a href="/graphiql">{t.nav.graphiql}</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <CurrentView view={view} />
      </main>
    </>
  );
}
