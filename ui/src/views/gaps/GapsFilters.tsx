import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaSelect } from '../../components/shared/AreaSelect';
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '../../components/shared/vocabulary';
import { ConceptFilter } from './ConceptFilter';
import { DEFAULT_GAPS, isFiltered, type GapsState } from './state';

interface GapsFiltersProps {
  readonly state: GapsState;
  readonly onChange: (next: GapsState) => void;
}

const SEVERITY_CHOICES: Record<Severity, string> = { LOW: 'filters.severityAll', MEDIUM: 'filters.severityMedium', HIGH: 'filters.severityHigh' };

/** Area, concept, kinds and lowest severity. A change closes the open finding: it may no longer be listed. */
export function GapsFilters({ state, onChange }: GapsFiltersProps) {
  const { t, i18n } = useTranslation('gaps');
  const ids = useId();
  const change = (patch: Partial<GapsState>) => onChange({ ...state, ...patch, finding: undefined });
  const toggleKind = (kind: FindingKind, on: boolean) =>
    change({ kinds: FINDING_KINDS.filter((k) => (k === kind ? on : state.kinds.includes(k))) });
  return (
    <section className="filters gaps-filters" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">{t('filters.heading')}</h2>
      <AreaSelect
        id={`${ids}-area`}
        label={t('filters.area')}
        allLabel={t('filters.allAreas')}
        unavailableLabel={t('filters.areasUnavailable')}
        value={state.area}
        onChange={(area) => change({ area })}
        lang={i18n.language}
      />
      <ConceptFilter id={`${ids}-concept`} value={state.concept} onChange={(concept) => change({ concept })} />
      <div className="field">
        <label htmlFor={`${ids}-severity`}>{t('filters.minSeverity')}</label>
        <select id={`${ids}-severity`} value={state.minSeverity} onChange={(event) => change({ minSeverity: event.target.value as Severity })}>
          {[...SEVERITIES].reverse().map((severity) => (
            <option key={severity} value={severity}>{t(SEVERITY_CHOICES[severity])}</option>
          ))}
        </select>
      </div>
      <fieldset className="field kinds-field" aria-describedby={`${ids}-kinds-hint`}>
        <legend>{t('filters.kinds')}</legend>
        <p id={`${ids}-kinds-hint`} className="hint">{t('filters.kindsHint')}</p>
        <div className="kind-options">
          {FINDING_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={state.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {isFiltered(state) ? (
        <button type="button" className="secondary" onClick={() => onChange(DEFAULT_GAPS)}>{t('filters.clear')}</button>
      ) : null}
    </section>
  );
}
