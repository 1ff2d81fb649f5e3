import { interpolate, type Messages } from '../i18n';
import { formatNumber } from '../stats/formatNumber';
import type { Overview } from '../stats/overview';
import { CountList } from './CountList';
import { MunicipalityTable } from './MunicipalityTable';

export function OverviewView({ t, overview }: { t: Messages; overview: Overview }) {
  const version = formatNumber(overview.graphVersion, t.locale);
  return (
    <>
      <section aria-labelledby="overview-title">
        <div className="section-head">
          <h2 id="overview-title">{t.overview.heading}</h2>
          <p className="meta">{interpolate(t.overview.graphVersion, { version })}</p>
        </div>
        <CountList id="nodes-title" heading={t.overview.nodesHeading} rows={overview.nodes} locale={t.locale} />
        <CountList
          id="relationships-title"
          heading={t.overview.relationshipsHeading}
          rows={overview.relationships}
          locale={t.locale}
        />
      </section>
      <MunicipalityTable t={t} rows={overview.municipalities} />
    </>
  );
}
