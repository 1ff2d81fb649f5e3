import { useTranslation } from 'react-i18next';
import { formatScore } from '../../components/shared/format';
import type { OverlapPair } from './queries';

/** The figures behind the score, each with a line on what it measures. */
export function OverlapMetrics({ overlap }: { readonly overlap: OverlapPair }) {
  const { t, i18n } = useTranslation('duplicates');
  const score = (value: number) => formatScore(value, i18n.language);
  const yesNo = (value: boolean) => (value ? t('comparison.yes') : t('comparison.no'));
  const rows: readonly { key: string; label: string; value: string; hint?: string }[] = [
    { key: 'score', label: t('comparison.score'), value: score(overlap.score), hint: t('comparison.scoreHint') },
    { key: 'jaccard', label: t('comparison.jaccard'), value: score(overlap.jaccard), hint: t('comparison.jaccardHint') },
    { key: 'overlap', label: t('comparison.overlap'), value: score(overlap.overlapCoefficient), hint: t('comparison.overlapHint') },
    { key: 'topics', label: t('comparison.topics'), value: score(overlap.topicJaccard), hint: t('comparison.topicsHint') },
    { key: 'area', label: t('comparison.sameArea'), value: yesNo(overlap.sameArea) },
    { key: 'level', label: t('comparison.sameLevel'), value: yesNo(overlap.sameLevel) },
  ];
  return (
    <dl className="overlap-metrics">
      {rows.map((row) => (
        <div key={row.key} className={row.key === 'score' ? 'metric metric--main' : 'metric'}>
          <dt>{row.label}</dt>
          <dd>
            <span className="metric-value">{row.value}</span>
            {row.hint ? <span className="metric-hint">{row.hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
