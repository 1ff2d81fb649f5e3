import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18next';
import { sortRows, TABLE_COLUMNS, type TableColumn, type TableRow, type TableSort } from './table';

interface Props {
  readonly rows: readonly TableRow[];
  readonly chosen: string | undefined;
  readonly onChoose: (id: string) => void;
}

/** Rows shown at first and per "show more": a national map's thousands of rows would slow every filter change. */
const PAGE = 100;

/** The map's content as a table: the keyboard and screen-reader way through the map. */
export const NodeTable = memo(function NodeTable({ rows, chosen, onChoose }: Props) {
  const { t, i18n } = useTranslation('map');
  const [sort, setSort] = useState<TableSort>({ column: 'name', descending: false });
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => sortRows(rows, sort, i18n.language), [rows, sort, i18n.language]);
  const shown = sorted.slice(0, limit);
  const sortBy = (column: TableColumn) => setSort((s) => ({ column, descending: s.column === column ? !s.descending : column === 'links' }));
  const ariaSort = (column: TableColumn) => (sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const num = (n: number) => formatNumber(n, i18n.language);

  return (
    <section className="map-table map-table--nodes" aria-labelledby="map-table-title">
      <h2 id="map-table-title">{t('table.heading')}</h2>
      <div className="table-scroll">
        <table>
          <caption>{t('table.caption')} {t('table.showing', { shown: num(shown.length), total: num(rows.length) })}</caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => (
                <th key={column} scope="col" aria-sort={ariaSort(column)} className={column === 'links' ? 'num' : undefined}>
                  <button type="button" className="sort-button" onClick={() => sortBy(column)} aria-label={t('table.sortBy', { column: t(`table.${column}`) })}>
                    {t(`table.${column}`)}
                    <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className={row.highlighted ? 'row-highlighted' : row.id === chosen ? 'row-chosen' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-current={row.id === chosen ? 'true' : undefined} onClick={() => onChoose(row.id)}>
                    {row.name}
                  </button>
                  {row.highlighted ? <span className="tag tag-highlighted">{t('table.highlighted')}</span> : null}
                  {row.id === chosen ? <span className="tag tag-chosen">{t('table.chosen')}</span> : null}
                </th>
                <td>{row.type}</td>
                <td>{row.kind}</td>
                <td>{row.sector}</td>
                <td>{row.area}</td>
                <td className="num">{num(row.links)}</td>
                <td>{row.networks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? (
        <p className="table-more">
          <button type="button" className="secondary" onClick={() => setLimit((l) => l + PAGE)}>
            {t('table.showMore', { count: Math.min(PAGE, rows.length - shown.length) })}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setLimit(rows.length)}>{t('table.showAll')}</button>
        </p>
      ) : null}
    </section>
  );
});
