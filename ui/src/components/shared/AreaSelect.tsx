import { useMemo } from 'react';
import { AREAS_QUERY, orderAreas, type AreasResult } from './areas';
import { useQuery } from './useQuery';

interface AreaSelectProps {
  readonly id: string;
  readonly label: string;
  /** The first option, meaning "no area filter". */
  readonly allLabel: string;
  /** Shown as the only option while the list loads or if it fails. */
  readonly unavailableLabel: string;
  readonly value: string | undefined;
  readonly onChange: (area: string | undefined) => void;
  readonly lang: string;
}

/** A labelled select of the map's areas, in the order nation → county → municipality. */
export function AreaSelect({ id, label, allLabel, unavailableLabel, value, onChange, lang }: AreaSelectProps) {
  const { state } = useQuery<AreasResult, Record<string, never>>(AREAS_QUERY, {});
  const options = useMemo(() => (state.status === 'ready' ? orderAreas(state.data.areas, lang) : []), [state, lang]);
  const unavailable = state.status !== 'ready';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
        {/* A shared link may name an area before the list has loaded: keep it selectable. */}
        {unavailable && value !== undefined ? <option value={value}>{value}</option> : null}
        {unavailable && value === undefined ? <option disabled value="-">{unavailableLabel}</option> : null}
      </select>
    </div>
  );
}
