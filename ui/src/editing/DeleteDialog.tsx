/** Deleting: first what goes with it (the links that end at it), then only on a second click. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNodeType, type FormKind } from './fields';
import { AROUND, deleteRecord, readRecord, type Around } from './operations';
import { read, WriteError } from './writeRequest';

interface Props {
  readonly kind: FormKind;
  readonly id: string;
  readonly name: string;
  readonly onDeleted: (message: string) => void;
  readonly onCancel: () => void;
}

export function DeleteDialog({ kind, id, name, onDeleted, onCancel }: Props) {
  const { t } = useTranslation('editing');
  const { t: tm } = useTranslation('map');
  const [goes, setGoes] = useState<{ id: string; text: string }[] | null>(isNodeType(kind) ? null : []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!isNodeType(kind)) return;
    void read<Around>(AROUND, { id }).then(({ neighbourhood }) => {
      const label = new Map(neighbourhood.nodes.map((n) => [n.id, n.label]));
      setGoes(
        neighbourhood.edges
          .filter((e) => e.source === id || e.target === id)
          .map((e) => ({ id: e.id, text: `${tm(`vocab.RelationshipType.${e.type}`)}: ${label.get(e.source === id ? e.target : e.source) ?? ''}` })),
      );
    });
  }, [kind, id, tm]);

  async function confirm() {
    setBusy(true);
    try {
      const record = await readRecord(kind, id);
      await deleteRecord(kind, id, Number(record?.['version'] ?? 1));
      onDeleted(t('deleted', { name }));
    } catch (e) {
      setBusy(false);
      setError(e instanceof WriteError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') ? t('forbidden') : t('failed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  }

  return (
    <section className="edit-delete" role="alertdialog" aria-labelledby="edit-delete-title" aria-describedby="edit-delete-goes">
      <h3 id="edit-delete-title">{t('deleteTitle', { name })}</h3>
      <div id="edit-delete-goes">
        {goes === null ? <p role="status">…</p> : goes.length === 0 ? <p>{t('deleteNothingElse')}</p> : (
          <>
            <p>{t('deleteGoes')}</p>
            <ul>{goes.map((g) => <li key={g.id}>{g.text}</li>)}</ul>
          </>
        )}
      </div>
      {error ? <p role="alert" className="edit-alert">{error}</p> : null}
      <div className="edit-actions">
        <button type="button" className="danger" disabled={busy || goes === null} onClick={() => void confirm()}>{t('deleteConfirm')}</button>
        <button type="button" className="secondary" autoFocus onClick={onCancel}>{t('cancel')}</button>
      </div>
    </section>
  );
}
