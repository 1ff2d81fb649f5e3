import type { Messages } from '../i18n';
import { formatNumber } from '../stats/formatNumber';
import type { MunicipalityRow } from '../stats/overview';

export function MunicipalityTable({ t, rows }: { t: Messages; rows: readonly MunicipalityRow[] }) {
  const m = t.municipalities;
  return (
    <section aria-labelledby="municipalities-title">
      <h2 id="municipalities-title">{m.heading}</h2>
      {rows.length === 0 ? (
        <p className="panel panel--quiet">{m.none}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col" className="num">
                  {m.actors}
                </th>
                <th scope="col" className="num">
                  {m.networks}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td className="num">{formatNumber(row.actors, t.locale)}</td>
                  <td className="num">{formatNumber(row.networks, t.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
