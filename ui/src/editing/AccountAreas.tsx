/** In the accounts view: the areas an editor is limited to (area ids, comma-separated; empty: the whole map). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { write, WriteError } from './writeRequest';

const SET_AREAS = `mutation SetAccountAreas($id: ID!, $areas: [ID!]!) { updateAccount(id: $id, patch: { areas: $areas }) { id areas } }`;
export { SET_AREAS };

export function AccountAreas({ id, username, areas }: { readonly id: string; readonly username: string; readonly areas: readonly string[] }) {
  const { t } = useTranslation('editing');
  const inputId = useId();
  const [value, setValue] = useState(areas.join(', '));
  const [message, setMessage] = useState('');
  const save = () => {
    const list = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    write(SET_AREAS, { id, areas: list }).then(
      () => setMessage(t('areasSaved')),
      (e: unknown) => setMessage(e instanceof WriteError ? e.message : String(e)),
    );
  };
  return (
    <span className="account-areas">
      <label htmlFor={inputId}>{t('areasFor', { name: username })}</label>{' '}
      <input id={inputId} type="text" size={14} value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={`${inputId}-hint`} />{' '}
      <button type="button" className="small" onClick={save}>{t('areasSave')}</button>
      <span id={`${inputId}-hint`} className="visually-hidden">{t('areasHint')}</span>
      <span role="status">{message}</span>
    </span>
  );
}
