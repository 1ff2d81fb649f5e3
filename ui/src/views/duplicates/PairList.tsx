import { useTranslation } from 'react-i18next';
import { formatScore } from '../../components/shared/format';
import { ViewLink } from '../../components/shared/ViewLink';
import { findPair } from './matrix';
import type { OverlapPair } from './queries';

interface PairListProps {
  readonly pairs: readonly OverlapPair[];
  readonly selected: { readonly a: string; readonly b: string } | undefined;
  readonly onChoose: (a: string, b: string) => void;
}

/** A network's name, linking to it on the map. */
function NetworkLink({ network }: { readonly network: { readonly id: string; readonly name: string } }) {
  const { t, i18n } = useTranslation('duplicates');
  return (
    <ViewLink view="map" params={new URLSearchParams({ focus: network.id })} lang={i18n.language} aria-label={t('comparison.showOnMap', { name: network.name })}>
      {network.name}
    </ViewLink>
  );
}

/** Every pair as a list, also those that do not fit in the matrix. */
export function PairList({ pairs, selected, onChoose }: PairListProps) {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const selectedPair = selected ? findPair(pairs, selected.a, selected.b) : undefined;
  return (
    <section className="pair-list" aria-labelledby="pairs-title">
      <h2 id="pairs-title">{t('pairs.heading', { count: pairs.length })}</h2>
      <div className="table-scroll">
        <table>
          <caption>{t('pairs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pairs.a')}</th>
              <th scope="col">{t('pairs.b')}</th>
              <th scope="col" className="num">{t('pairs.score')}</th>
              <th scope="col"><span className="visually-hidden">{t('pairs.compare')}</span></th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <tr key={pair.id} className={pair === selectedPair ? 'is-selected' : undefined}>
                <td><NetworkLink network={pair.a} /></td>
                <td><NetworkLink network={pair.b} /></td>
                <td className="num">{formatScore(pair.score, lang)}</td>
                <td>
                  <button type="button" className="secondary small" aria-label={t('pairs.compareLabel', { a: pair.a.name, b: pair.b.name })} onClick={() => onChoose(pair.a.id, pair.b.id)}>
                    {t('pairs.compare')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
