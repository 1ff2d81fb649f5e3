import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18next';
import type { RelationshipRow } from './table';

const PAGE = 100;

/** The map's links as a table: memberships, referral routes and the rest, each end a way to its details. */
export const RelationshipTable = memo(function RelationshipTable({ rows, onChoose }: { rows: readonly RelationshipRow[]; onChoose: (id: string) => void }) {
  const { t, i18n } = useTranslation('map');
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  const num = (n: number) => formatNumber(n, i18n.language);
  return (
    <section className="map-table" aria-labelledby="map-rel-table-title">
      <h2 id="map-rel-table-title">{t('relTable.heading')}</h2>
      <div className="table-scroll">
        <table>
          <caption>{t('relTable.caption')} {t('table.showing', { shown: num(shown.length), total: num(rows.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('relTable.from')}</th>
              <th scope="col">{t('relTable.relation')}</th>
              <th scope="col">{t('relTable.to')}</th>
              <th scope="col">{t('relTable.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className={row.highlighted ? 'row-highlighted' : undefined}>
                <th scope="row"><button type="button" className="link-button" onClick={() => onChoose(row.fromId)}>{row.from}</button></th>
                <td>{row.relation}</td>
                <td><button type="button" className="link-button" onClick={() => onChoose(row.toId)}>{row.to}</button></td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? (
        <p className="table-more">
          <button type="button" className="secondary" onClick={() => setLimit((l) => l + PAGE)}>{t('table.showMore', { count: Math.min(PAGE, rows.length - shown.length) })}</button>{' '}
          <button type="button" className="secondary" onClick={() => setLimit(rows.length)}>{t('table.showAll')}</button>
        </p>
      ) : null}
    </section>
  );
});
