import type { CountRow } from '../stats/overview';
import { formatNumber } from '../stats/formatNumber';

interface CountListProps<T extends string> {
  id: string;
  heading: string;
  rows: readonly CountRow<T>[];
  locale: string;
}

/** A heading and one label–number pair per type, zeros included so nothing shifts between loads. */
export function CountList<T extends string>({ id, heading, rows, locale }: CountListProps<T>) {
  return (
    <section className="counts" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <dl className="count-grid">
        {rows.map((row) => (
          <div key={row.type} className={row.count === 0 ? 'count count--zero' : 'count'}>
            <dt>{row.label}</dt>
            <dd>{formatNumber(row.count, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
