/**
 * "Ångra min senaste ändring": offered while this tab has a change to take back. The undo of a
 * delete is one write; when a link cannot come back (its other end is gone since), nothing is
 * undone, and the choice is the user's: undo without those links, or leave it deleted.
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { goneNames, lastChangeNow, onLastChange, undoLast, type UndoOptions } from './operations';
import { WriteError } from './writeRequest';

export function UndoButton({ onDone }: { readonly onDone: (message: string) => void }) {
  const { t } = useTranslation('editing');
  const change = useSyncExternalStore(onLastChange, lastChangeNow, lastChangeNow);
  const [busy, setBusy] = useState(false);
  /** The names of what is gone, while the second choice is offered. */
  const [gone, setGone] = useState<readonly string[] | null>(null);
  if (change === null) return null;
  const undo = (options: UndoOptions) => {
    setBusy(true);
    undoLast(options).then(
      () => {
        setGone(null);
        onDone(t('undone'));
      },
      (e: unknown) => {
        if (e instanceof WriteError && e.code === 'LINK_END_GONE' && !options.withoutMissingLinks) {
          setGone(goneNames(change, e.fields));
          return;
        }
        setGone(null);
        onDone(t('undoFailed', { detail: e instanceof Error ? e.message : String(e) }));
      },
    ).finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="secondary" disabled={busy || gone !== null} onClick={() => undo({})}>
        {t('undo')}
      </button>
      {gone === null ? null : (
        <div role="alert" className="edit-undo-choice">
          <p>{t('undoLinksGone', { names: gone.join(', ') })}</p>
          <button type="button" disabled={busy} onClick={() => undo({ withoutMissingLinks: true })}>{t('undoWithoutMissing')}</button>
          <button type="button" className="secondary" disabled={busy} onClick={() => setGone(null)}>{t('undoKeepDeleted')}</button>
        </div>
      )}
    </>
  );
}
