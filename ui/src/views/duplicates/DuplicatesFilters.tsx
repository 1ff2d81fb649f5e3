import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaSelect } from '../../components/shared/AreaSelect';
import { formatScore } from '../../components/shared/format';
import { MIN_SCORE_CHOICES, type DuplicatesState } from './state';

/** Area and lowest score. */
export function DuplicatesFilters({ state, onChange }: { readonly state: DuplicatesState; readonly onChange: (next: DuplicatesState) => void }) {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const ids = useId();
  // A hand-edited URL may carry a score that is not one of the choices: offer it too.
  const choices = MIN_SCORE_CHOICES.includes(state.minScore) ? MIN_SCORE_CHOICES : [...MIN_SCORE_CHOICES, state.minScore].sort((x, y) => x - y);
  return (
    <section className="filters" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">{t('filters.heading')}</h2>
      <AreaSelect
        id={`${ids}-area`}
        label={t('filters.area')}
        allLabel={t('filters.allAreas')}
        unavailableLabel={t('filters.areasUnavailable')}
        value={state.area}
        onChange={(area) => onChange({ ...state, area })}
        lang={lang}
      />
      <div className="field">
        <label htmlFor={`${ids}-min`}>{t('filters.minScore')}</label>
        <select id={`${ids}-min`} value={String(state.minScore)} aria-describedby={`${ids}-min-hint`} onChange={(event) => onChange({ ...state, minScore: Number(event.target.value) })}>
          {choices.map((score) => <option key={score} value={String(score)}>{formatScore(score, lang)}</option>)}
        </select>
        <p id={`${ids}-min-hint`} className="hint">{t('filters.minScoreHint')}</p>
      </div>
    </section>
  );
}
