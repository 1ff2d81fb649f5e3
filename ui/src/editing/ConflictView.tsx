/** A conflicting edit: what I proposed and what is saved now, field by field. Nothing is written here. */
import { useTranslation } from 'react-i18next';
import type { Choices } from './choices';
import { changedFields, FIELDS, type FormKind, type FormValue, type FormValues } from './fields';

interface Props {
  readonly kind: FormKind;
  readonly mine: FormValues;
  readonly theirs: FormValues;
  readonly before: FormValues;
  readonly choices: Choices;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

export function ConflictView({ kind, mine, theirs, before, choices, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation('editing');
  const { t: tm } = useTranslation('map');
  const names = new Set([...changedFields(kind, before, mine), ...changedFields(kind, before, theirs)]);
  const specs = FIELDS[kind].filter((s) => names.has(s.name));
  const show = (name: string, value: FormValue): string => {
    const spec = FIELDS[kind].find((s) => s.name === name);
    const one = (v: string): string => {
      if (spec?.input.kind === 'enum' || spec?.input.kind === 'enumList') return tm(`vocab.${spec.input.vocab}.${v}`);
      if (spec?.input.kind === 'ref' || spec?.input.kind === 'refList') return choices[spec.input.to]?.find((c) => c.id === v)?.label ?? v;
      return v;
    };
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (Array.isArray(value)) return value.map(one).join(', ') || '–';
    return value === '' ? '–' : one(value as string);
  };
  return (
    <section className="edit-conflict" role="alert" aria-labelledby="edit-conflict-title">
      <h3 id="edit-conflict-title">{t('conflictTitle')}</h3>
      <p>{t('conflictHelp')}</p>
      <table>
        <thead>
          <tr><th scope="col">{t('conflictField')}</th><th scope="col">{t('conflictMine')}</th><th scope="col">{t('conflictTheirs')}</th></tr>
        </thead>
        <tbody>
          {specs.map((s) => (
            <tr key={s.name}>
              <th scope="row">{t(`fields.${s.name}`)}</th>
              <td>{show(s.name, mine[s.name] ?? '')}</td>
              <td>{show(s.name, theirs[s.name] ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="edit-actions">
        <button type="button" onClick={onKeepMine}>{t('conflictKeepMine')}</button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>{t('conflictTakeTheirs')}</button>
      </div>
    </section>
  );
}
