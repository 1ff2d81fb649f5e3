import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../components/shared/format';
import { buildMatrix, findPair, scoreStep } from './matrix';
import type { OverlapPair } from './queries';
import { ScaleLegend } from './ScaleLegend';

interface OverlapMatrixTableProps {
  readonly pairs: readonly OverlapPair[];
  readonly selected: { readonly a: string; readonly b: string } | undefined;
  readonly onChoose: (a: string, b: string) => void;
}

/**
 * The heat map as a real table: numbered rows and columns (names are long), each cell a button with
 * the score as text and a label naming both networks, so it works by keyboard and screen reader.
 */
export function OverlapMatrixTable({ pairs, selected, onChoose }: OverlapMatrixTableProps) {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const matrix = useMemo(() => buildMatrix(pairs), [pairs]);
  const selectedPair = selected ? findPair(pairs, selected.a, selected.b) : undefined;
  return (
    <section className="overlap-matrix" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t('matrix.heading')}</h2>
      <ScaleLegend />
      <div className="table-scroll">
        <table className="heatmap">
          <caption>{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.network')}</th>
              {matrix.networks.map((network, column) => (
                <th key={network.id} scope="col" className="heatmap-col">
                  <span aria-hidden="true">{column + 1}</span>
                  <span className="visually-hidden">{network.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.networks.map((rowNetwork, row) => (
              <tr key={rowNetwork.id}>
                <th scope="row" className="heatmap-row">
                  <span className="heatmap-row-label">
                    <span className="heatmap-number" aria-hidden="true">{row + 1}</span>
                    <span>{rowNetwork.name}</span>
                  </span>
                </th>
                {matrix.networks.map((columnNetwork, column) => {
                  const pair = matrix.cells[row]?.[column];
                  if (row === column) return <td key={columnNetwork.id} className="heatmap-cell heatmap-cell--self"><span className="visually-hidden">{t('matrix.same')}</span></td>;
                  if (pair === undefined) return <td key={columnNetwork.id} className="heatmap-cell"><span className="visually-hidden">{t('matrix.none')}</span></td>;
                  const score = formatScore(pair.score, lang);
                  return (
                    <td key={columnNetwork.id} className={`heatmap-cell heatmap-step-${scoreStep(pair.score)}`}>
                      <button
                        type="button"
                        aria-pressed={pair === selectedPair}
                        aria-label={t('matrix.cellLabel', { a: rowNetwork.name, b: columnNetwork.name, score })}
                        onClick={() => onChoose(rowNetwork.id, columnNetwork.id)}
                      >
                        {score}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.pairsOutside > 0 ? <p className="meta">{t('matrix.outside', { count: matrix.pairsOutside })}</p> : null}
    </section>
  );
}
