/** "Ångra min senaste ändring": offered while this tab has a change to take back. */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { lastChangeNow, onLastChange, undoLast } from './operations';

export function UndoButton({ onDone }: { readonly onDone: (message: string) => void }) {
  const { t } = useTranslation('editing');
  const change = useSyncExternalStore(onLastChange, lastChangeNow, lastChangeNow);
  const [busy, setBusy] = useState(false);
  if (change === null) return null;
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        undoLast().then(
          () => onDone(t('undone')),
          (e: unknown) => onDone(t('undoFailed', { detail: e instanceof Error ? e.message : String(e) })),
        ).finally(() => setBusy(false));
      }}
    >
      {t('undo')}
    </button>
  );
}
