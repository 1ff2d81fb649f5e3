/** One form field: its label, the control its input kind needs, and the API's message beside it. */
import { useTranslation } from 'react-i18next';
import { vocabularySv } from '../views/map/strings-vocabulary';
import type { Choices } from './choices';
import type { FieldSpec, FormValue } from './fields';

interface Props {
  readonly formId: string;
  readonly spec: FieldSpec;
  readonly value: FormValue;
  readonly error: string | undefined;
  readonly choices: Choices;
  readonly disabled: boolean;
  readonly onChange: (value: FormValue) => void;
}

const optionsOf = (vocab: keyof typeof vocabularySv): string[] => Object.keys(vocabularySv[vocab]);

export function FieldInput({ formId, spec, value, error, choices, disabled, onChange }: Props) {
  const { t } = useTranslation('editing');
  const { t: tm } = useTranslation('map');
  const id = `${formId}-${spec.name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const input = spec.input;
  const hint = input.kind === 'textList' ? t('listHint') : input.kind === 'refList' || input.kind === 'enumList' ? t('multiHint') : undefined;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: spec.name, disabled, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? (value as readonly string[]) : [];
  const selected = (event: React.ChangeEvent<HTMLSelectElement>) => [...event.target.selectedOptions].map((o) => o.value);

  let control: React.ReactNode;
  switch (input.kind) {
    case 'text':
      control = <input type="text" {...common} value={text} required={spec.required} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'textarea':
      control = <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'date':
      control = <input type="date" {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'bool':
      control = <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
      break;
    case 'optBool':
      control = (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('unknown')}</option>
          <option value="yes">{t('yes')}</option>
          <option value="no">{t('no')}</option>
        </select>
      );
      break;
    case 'textList':
      control = <input type="text" {...common} value={list.join(', ')} onChange={(e) => onChange(e.target.value.split(',').map((s) => s.trimStart()).filter((s, i, all) => s !== '' || i === all.length - 1))} />;
      break;
    case 'enum':
      control = (
        <select {...common} value={text} required={spec.required} onChange={(e) => onChange(e.target.value)}>
          {spec.required && text !== '' ? null : <option value="">{t('none')}</option>}
          {optionsOf(input.vocab).map((v) => <option key={v} value={v}>{tm(`vocab.${input.vocab}.${v}`)}</option>)}
        </select>
      );
      break;
    case 'enumList':
      control = (
        <select {...common} multiple size={Math.min(4, optionsOf(input.vocab).length)} value={[...list]} onChange={(e) => onChange(selected(e))}>
          {optionsOf(input.vocab).map((v) => <option key={v} value={v}>{tm(`vocab.${input.vocab}.${v}`)}</option>)}
        </select>
      );
      break;
    case 'ref':
      control = (
        <select {...common} value={text} required={spec.required} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('none')}</option>
          {(choices[input.to] ?? []).map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          {text !== '' && !(choices[input.to] ?? []).some((c) => c.id === text) ? <option value={text}>{text}</option> : null}
        </select>
      );
      break;
    case 'refList':
      control = (
        <select {...common} multiple size={5} value={[...list]} onChange={(e) => onChange(selected(e))}>
          {(choices[input.to] ?? []).map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      );
      break;
    default: {
      const never: never = input;
      return never;
    }
  }

  return (
    <div className={`edit-field edit-field--${input.kind}${error ? ' edit-field--invalid' : ''}`}>
      <label htmlFor={id}>
        {t(`fields.${spec.name}`)}
        {spec.required ? <span className="edit-required"> {t('required')}</span> : null}
      </label>
      {control}
      {hint ? <p id={hintId} className="edit-hint">{hint}</p> : null}
      {error ? <p id={errorId} className="edit-error">{error}</p> : null}
    </div>
  );
}
