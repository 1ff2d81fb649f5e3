import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisSummary, FindingClass } from './queries';
import type { FindingList, GapsState } from './state';

interface ListSwitchProps {
  readonly state: GapsState;
  readonly summary: AnalysisSummary;
  readonly onChange: (next: GapsState) => void;
}

const CLASS_OF: Record<FindingList, FindingClass> = { gaps: 'GAP', 'fill-in': 'TO_FILL_IN' };
const LABEL_OF: Record<FindingList, string> = { gaps: 'lists.gaps', 'fill-in': 'lists.fillIn' };

/**
 * Gaps and "att fylla i" apart: two toggle buttons with their counts (the other filters applied).
 * Switching closes the open finding, which belongs to the other list.
 */
export function ListSwitch({ state, summary, onChange }: ListSwitchProps) {
  const { t } = useTranslation('gaps');
  const labelId = useId();
  const count = (list: FindingList) => summary.countsByClass.find((c) => c.class === CLASS_OF[list])?.count ?? 0;
  return (
    <div className="list-switch">
      <span id={labelId} className="list-switch-label">{t('lists.label')}</span>
      <div role="group" aria-labelledby={labelId} className="list-switch-buttons">
        {(['gaps', 'fill-in'] as const).map((list) => (
          <button
            key={list}
            type="button"
            className={state.list === list ? 'list-switch-button list-switch-button--on' : 'list-switch-button'}
            aria-pressed={state.list === list}
            onClick={() => onChange({ ...state, list, finding: undefined })}
          >
            {t(LABEL_OF[list], { count: count(list) })}
          </button>
        ))}
      </div>
      <p className="hint">{t(state.list === 'gaps' ? 'lists.gapsHint' : 'lists.fillInHint')}</p>
    </div>
  );
}
