/**
 * The one form for every kind: creates or edits, sends only what changed with the version it read,
 * puts the API's field messages next to their fields, and on a conflict shows both versions side
 * by side without overwriting anything.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChoices } from './choices';
import { ConflictView } from './ConflictView';
import { changedFields, FIELDS, inputOf, patchOf, valuesOf, type FormKind, type FormValue, type FormValues } from './fields';
import { FieldInput } from './FieldInput';
import './editing.css';
import { createRecord, readRecord, updateRecord, revertPatch } from './operations';
import { fieldName, WriteError } from './writeRequest';

export interface EditFormProps {
  readonly kind: FormKind;
  /** The record to edit; none: create one. */
  readonly id?: string | undefined;
  /** Values to start a new record with (the two ends of a drawn link …). */
  readonly prefill?: FormValues | undefined;
  /** The field to put the cursor in (the one a finding says is missing). */
  readonly focusField?: string | undefined;
  readonly onSaved: (id: string, message: string) => void;
  readonly onCancel: () => void;
}

type Loaded = { readonly version: number; readonly before: FormValues; readonly name: string };

/** The API's English messages for the common cases, in the reader's language. */
function localMessage(message: string, t: (k: string) => string): string {
  if (/cannot derive an id from the name/.test(message)) return t('messages.empty');
  if (/must not be empty|Required|expected string, received null/i.test(message)) return t('messages.empty');
  if (/does not exist in "\w+" enum/.test(message)) return t('messages.choose');
  if (/date YYYY-MM-DD|not a real date|LocalDate/i.test(message)) return t('messages.date');
  if (/at most \d+ characters/.test(message)) return `${t('messages.tooLong')} (${message})`;
  return message;
}

export function EditForm({ kind, id, prefill, focusField, onSaved, onCancel }: EditFormProps) {
  const { t } = useTranslation('editing');
  const formId = useId().replace(/:/g, '');
  const choices = useChoices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [values, setValues] = useState<FormValues>(() => ({ ...valuesOf(kind, null), ...(prefill ?? {}) }));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; text: string } | { kind: 'conflict'; theirs: FormValues; version: number }>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const specs = useMemo(() => FIELDS[kind].filter((s) => id === undefined || !s.createOnly), [kind, id]);

  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    void readRecord(kind, id).then((record) => {
      if (!live || record === null) return;
      const before = valuesOf(kind, record);
      setLoaded({ version: Number(record['version']), before, name: String(record['name'] ?? record['pseudonym'] ?? id) });
      setValues(before);
    });
    return () => {
      live = false;
    };
  }, [kind, id]);

  useEffect(() => {
    if (id !== undefined && loaded === null) return;
    const target = formRef.current?.querySelector<HTMLElement>(focusField ? `[name="${focusField}"]` : 'input, select, textarea');
    target?.focus();
  }, [loaded, id, focusField]);

  const set = (name: string) => (value: FormValue) => setValues((now) => ({ ...now, [name]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setStatus({ kind: 'saving' });
    try {
      if (id === undefined) {
        const saved = await createRecord(kind, inputOf(kind, values));
        onSaved(saved.id, t('saved', { name: String(values['name'] ?? values['pseudonym'] ?? saved.id) }));
        return;
      }
      if (loaded === null) return;
      const changed = changedFields(kind, loaded.before, values);
      if (changed.length === 0) {
        setStatus({ kind: 'failed', text: t('nothingChanged') });
        return;
      }
      await updateRecord(kind, id, loaded.version, patchOf(kind, loaded.before, values), revertPatch(kind, loaded.before, changed));
      onSaved(id, t('saved', { name: String(values['name'] ?? values['pseudonym'] ?? loaded.name) }));
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      if (error.code === 'CONFLICT' && id !== undefined) {
        const record = await readRecord(kind, id);
        if (record !== null) {
          setStatus({ kind: 'conflict', theirs: valuesOf(kind, record), version: Number(record['version']) });
          return;
        }
      }
      if (error.code === 'BAD_USER_INPUT' && error.fields.length > 0) {
        const known = new Set(specs.map((s) => s.name));
        const byField: Record<string, string> = {};
        const other: string[] = [];
        for (const problem of error.fields) {
          // A new record's id is derived from its name: a problem with it is one with the name.
          const named = fieldName(problem);
          const name = named === 'id' && known.has('name') ? 'name' : named === 'id' && known.has('pseudonym') ? 'pseudonym' : named;
          if (known.has(name)) byField[name] = localMessage(problem.message, t);
          else other.push(`${problem.field}: ${problem.message}`);
        }
        setErrors(byField);
        setStatus({ kind: 'failed', text: [t('fixFields'), ...other].join(' ') });
        const first = Object.keys(byField)[0];
        if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        return;
      }
      const text = error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' ? t('forbidden') : error.code === 'NOT_FOUND' ? t('notFound') : t('failed', { detail: error.message });
      setStatus({ kind: 'failed', text });
    }
  }

  const kindName = t(`kinds.${kind}`);
  const title = id === undefined ? t('createTitle', { kind: kindName }) : t('editTitle', { kind: kindName, name: loaded?.name ?? id });
  const titleId = `${formId}-title`;

  if (status.kind === 'conflict' && loaded !== null) {
    return (
      <ConflictView
        kind={kind}
        mine={values}
        theirs={status.theirs}
        before={loaded.before}
        choices={choices}
        onKeepMine={() => {
          // My changes, on top of what is saved now: saving again is the reader's own decision.
          const mine = patchOf(kind, loaded.before, values);
          setLoaded({ ...loaded, version: status.version, before: status.theirs });
          setValues({ ...status.theirs, ...Object.fromEntries(Object.keys(mine).map((n) => [n, values[n] ?? ''])) });
          setStatus({ kind: 'idle' });
        }}
        onTakeTheirs={() => {
          setLoaded({ ...loaded, version: status.version, before: status.theirs });
          setValues(status.theirs);
          setStatus({ kind: 'idle' });
        }}
      />
    );
  }

  return (
    <form ref={formRef} className="edit-form" aria-labelledby={titleId} onSubmit={(e) => void save(e)} noValidate>
      <h3 id={titleId}>{title}</h3>
      {status.kind === 'failed' ? <p role="alert" className="edit-alert">{status.text}</p> : null}
      {specs.map((spec) => (
        <FieldInput
          key={spec.name}
          formId={formId}
          spec={spec}
          value={values[spec.name] ?? ''}
          error={errors[spec.name]}
          choices={choices}
          disabled={status.kind === 'saving' || (id !== undefined && loaded === null)}
          onChange={set(spec.name)}
        />
      ))}
      <div className="edit-actions">
        <button type="submit" disabled={status.kind === 'saving'}>{status.kind === 'saving' ? t('saving') : t('save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
