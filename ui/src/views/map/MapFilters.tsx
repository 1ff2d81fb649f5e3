import { useTranslation } from 'react-i18next';
import { KIND_FAMILY, SHAPE_FAMILIES } from '../../graph/palette';
import { ACTOR_KINDS, LEVELS, RELATIONSHIP_TYPES, SECTORS } from '../../graph/vocabulary';
import { CheckboxGroup } from './CheckboxGroup';
import type { AreaChoice } from './queries';
import { cleared, DEFAULT_RELS, hasFilters, type MapState } from './state';

interface Props {
  readonly state: MapState;
  readonly areas: readonly AreaChoice[];
  readonly topics: readonly { readonly id: string; readonly name: string }[];
  readonly choicesError: string | undefined;
  readonly onChange: (next: MapState) => void;
}

/** Actor kinds in the order of their shape families, so the list reads like the legend. */
const KINDS_BY_FAMILY = SHAPE_FAMILIES.flatMap((family) => ACTOR_KINDS.filter((kind) => KIND_FAMILY[kind] === family));

/** The filters: area and topic as selects, the facets as checkbox groups. Each change is one history entry. */
export function MapFilters({ state, areas, topics, choicesError, onChange }: Props) {
  const { t } = useTranslation('map');
  // A filter change leaves focus mode: the neighbourhood would otherwise hide what the filter asks for.
  const change = (patch: Partial<MapState>) => onChange({ ...state, focus: undefined, ...patch });
  const options = <T extends string>(vocab: string, values: readonly T[]) => values.map((value) => ({ value, label: t(`vocab.${vocab}.${String(value)}`) }));
  return (
    <section className="map-filters" aria-labelledby="map-filters-title">
      <h2 id="map-filters-title">{t('filters.heading')}</h2>
      {choicesError === undefined ? null : <p className="map-note" role="status">{t('filters.choicesUnavailable', { detail: choicesError })}</p>}
      <label className="field" htmlFor="map-area">{t('filters.area')}</label>
      <select id="map-area" value={state.area ?? ''} onChange={(e) => change({ area: e.target.value || undefined })}>
        <option value="">{t('filters.allAreas')}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>{area.name}</option>
        ))}
      </select>
      <label className="field" htmlFor="map-topic">{t('filters.topic')}</label>
      <select id="map-topic" value={state.topic ?? ''} onChange={(e) => change({ topic: e.target.value || undefined })}>
        <option value="">{t('filters.allTopics')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>{topic.name}</option>
        ))}
      </select>
      <CheckboxGroup id="map-sectors" legend={t('filters.sectors')} options={options('Sector', SECTORS)} chosen={state.sectors} onChange={(sectors) => change({ sectors })} />
      <CheckboxGroup id="map-kinds" legend={t('filters.kinds')} options={options('ActorKind', KINDS_BY_FAMILY)} chosen={state.kinds} onChange={(kinds) => change({ kinds })} />
      <CheckboxGroup id="map-levels" legend={t('filters.levels')} options={options('Level', LEVELS)} chosen={state.levels} onChange={(levels) => change({ levels })} />
      <CheckboxGroup
        id="map-rels"
        legend={t('filters.rels')}
        hint={t('filters.relsHint')}
        openWhenChosen={false}
        options={options('RelationshipType', RELATIONSHIP_TYPES)}
        chosen={state.rels}
        onChange={(rels) => change({ rels: rels.length ? rels : DEFAULT_RELS })}
      />
      <button type="button" className="secondary" disabled={!hasFilters(state) && state.focus === undefined} onClick={() => onChange(cleared(state))}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
