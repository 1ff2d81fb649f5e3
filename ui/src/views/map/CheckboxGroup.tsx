import { useTranslation } from 'react-i18next';

export interface CheckboxOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string> {
  readonly id: string;
  readonly legend: string;
  readonly options: readonly CheckboxOption<T>[];
  readonly chosen: readonly T[];
  readonly onChange: (next: T[]) => void;
  readonly hint?: string;
  /** Open the group when something in it is chosen (not for groups that always have a choice). */
  readonly openWhenChosen?: boolean;
}

/**
 * A multiple choice folded into a disclosure (native <details>, keyboard operable), its summary
 * telling how many are chosen so a closed group still says what it filters.
 */
export function CheckboxGroup<T extends string>({ id, legend, options, chosen, onChange, hint, openWhenChosen = true }: Props<T>) {
  const { t } = useTranslation('map');
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v))));
  return (
    <details className="filter-group" open={openWhenChosen && chosen.length > 0 ? true : undefined}>
      <summary>
        {legend} <span className="filter-count">({chosen.length ? t('filters.chosen', { count: chosen.length }) : t('filters.all')})</span>
      </summary>
      <fieldset aria-describedby={hint === undefined ? undefined : `${id}-hint`}>
        <legend className="visually-hidden">{legend}</legend>
        {hint === undefined ? null : <p id={`${id}-hint`} className="filter-hint">{hint}</p>}
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              name={id}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
