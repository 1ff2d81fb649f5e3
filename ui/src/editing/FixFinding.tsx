/**
 * "Åtgärda" on a finding: opens the form that resolves it (fixes.ts decides which), here, beside
 * the finding. After saving, every view asks again, so the finding goes away or changes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapIndex } from './choices';
import { EditForm } from './EditForm';
import { fixFor, type FixableFinding } from './fixes';
import { verifyAll } from './operations';
import { WriteError } from './writeRequest';

interface Props {
  readonly finding: FixableFinding & { readonly id: string };
  /** The node whose panel shows the finding, if any: the fix starts from it. */
  readonly about?: string | undefined;
}

export function FixFinding({ finding, about }: Props) {
  const { t } = useTranslation('editing');
  const { typeOf } = useMapIndex();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const fix = fixFor(finding, typeOf, about);
  if (fix === undefined) return null;
  const fail = (e: unknown) =>
    setMessage(e instanceof WriteError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') ? t('forbidden') : t('failed', { detail: e instanceof Error ? e.message : String(e) }));

  if (fix.action === 'verify') {
    return (
      <div className="fix-finding">
        <button type="button" onClick={() => void verifyAll(fix.ids).then((n) => setMessage(t('verifiedMany', { count: n })), fail)}>{t('verifyFacts')}</button>
        <p role="status" className="edit-status">{message}</p>
      </div>
    );
  }
  return (
    <div className="fix-finding">
      {open ? null : <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>{t('fix')}</button>}
      <p role="status" className="edit-status">{message}</p>
      {open ? (
        <EditForm
          kind={fix.form}
          id={fix.action === 'edit' ? fix.id : undefined}
          prefill={fix.action === 'create' ? fix.prefill : undefined}
          focusField={fix.action === 'edit' ? fix.focusField : undefined}
          onSaved={(_, text) => {
            setMessage(text);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
