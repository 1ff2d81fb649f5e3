import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaSelect } from '../../components/shared/AreaSelect';
import { ActorPicker } from './ActorPicker';
import { FIRST_LINE_KINDS, type ChainsState } from './state';
import { ACTOR_KINDS, type ActorKind } from '../../components/shared/vocabulary';

interface ChainFormProps {
  readonly state: ChainsState;
  readonly onChange: (next: ChainsState) => void;
}

type FromMode = 'actor' | 'group';
/** The first-line kinds, plus a kind a shared link names that is not among them (so the select shows it). */
const kindChoices = (current: ActorKind | undefined): readonly ActorKind[] =>
  current === undefined || FIRST_LINE_KINDS.includes(current) ? FIRST_LINE_KINDS : [...FIRST_LINE_KINDS, current];
const fromModeOf = (state: ChainsState): FromMode => (state.area !== undefined || state.kind !== undefined ? 'group' : 'actor');

/** Where the chain starts (one service, or every service of a kind in an area) and where it should end. */
export function ChainForm({ state, onChange }: ChainFormProps) {
  const { t, i18n } = useTranslation('chains');
  const ids = useId();
  // Which radio is on is the form's business until a choice lands in the URL; Back/Forward resync it.
  const [fromMode, setFromMode] = useState<FromMode>(fromModeOf(state));
  const [toActor, setToActor] = useState(state.target !== undefined);
  useEffect(() => setFromMode(fromModeOf(state)), [state.area, state.kind]);
  useEffect(() => setToActor(state.target !== undefined), [state.target]);

  const radio = (name: string, checked: boolean, label: string, onSelect: () => void) => (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      {label}
    </label>
  );
  return (
    <section className="filters chain-form" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">{t('form.heading')}</h2>
      <fieldset className="field chain-from">
        <legend>{t('form.from')}</legend>
        <div className="radio-row">
          {radio(`${ids}-from`, fromMode === 'actor', t('form.fromActor'), () => setFromMode('actor'))}
          {radio(`${ids}-from`, fromMode === 'group', t('form.fromGroup'), () => setFromMode('group'))}
        </div>
        {fromMode === 'actor' ? (
          <ActorPicker
            id={`${ids}-from-search`}
            label={t('form.search')}
            firstLine
            chosen={state.from}
            onChoose={(from) => onChange({ ...state, from, area: undefined, kind: undefined })}
          />
        ) : (
          <div className="group-pickers">
            <AreaSelect
              id={`${ids}-area`}
              label={t('form.area')}
              allLabel={t('form.chooseArea')}
              unavailableLabel={t('form.areasUnavailable')}
              value={state.area}
              onChange={(area) => onChange({ ...state, area, from: undefined })}
              lang={i18n.language}
            />
            <div className="field">
              <label htmlFor={`${ids}-kind`}>{t('form.kind')}</label>
              <select
                id={`${ids}-kind`}
                value={state.kind ?? ''}
                onChange={(event) => onChange({ ...state, kind: ACTOR_KINDS.find((k) => k === event.target.value), from: undefined })}
              >
                <option value="">{t('form.chooseKind')}</option>
                {kindChoices(state.kind).map((kind) => <option key={kind} value={kind}>{t(`actorKinds.${kind}`)}</option>)}
              </select>
            </div>
          </div>
        )}
      </fieldset>
      <fieldset className="field chain-to">
        <legend>{t('form.to')}</legend>
        <div className="radio-row">
          {radio(`${ids}-to`, !toActor, t('form.toSpecialised'), () => {
            setToActor(false);
            if (state.target !== undefined) onChange({ ...state, target: undefined });
          })}
          {radio(`${ids}-to`, toActor, t('form.toActor'), () => setToActor(true))}
        </div>
        {toActor ? (
          <ActorPicker id={`${ids}-to-search`} label={t('form.searchTarget')} firstLine={false} chosen={state.target} onChoose={(target) => onChange({ ...state, target })} />
        ) : null}
      </fieldset>
    </section>
  );
}
