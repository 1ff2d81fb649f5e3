/**
 * The detail panel's editing: change, confirm ("Bekräfta") or delete the chosen node, add a
 * membership or referral route, and change or delete the ones it has. One form open at a time.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteDialog } from './DeleteDialog';
import { EditForm } from './EditForm';
import type { FormKind, FormValues, NodeTypeName } from './fields';
import { markVerified } from './operations';
import { UndoButton } from './UndoButton';
import { WriteError } from './writeRequest';

export type EditMode =
  | { readonly kind: 'none' }
  | { readonly kind: 'form'; readonly form: FormKind; readonly id?: string | undefined; readonly prefill?: FormValues | undefined; readonly focusField?: string | undefined }
  | { readonly kind: 'delete'; readonly form: FormKind; readonly id: string; readonly name: string };

interface Relation { readonly form: 'Membership' | 'Referral'; readonly id: string; readonly text: string }

type Item = Record<string, unknown>;
const nameIn = (item: unknown, key: string): string => {
  const node = (item as Item | null)?.[key] as Item | undefined;
  return String(node?.['name'] ?? node?.['pseudonym'] ?? '');
};
const items = (node: Item, key: string): Item[] => (Array.isArray(node[key]) ? (node[key] as Item[]) : []);

/** The memberships and referral routes listed in the node's details, each one editable. */
function relationsOf(node: Item, name: string, t: (k: string, o?: Record<string, unknown>) => string): Relation[] {
  return [
    ...items(node, 'memberships').map((m) => ({ form: 'Membership' as const, id: String(m['id']), text: t('relationMembership', { actor: name, network: nameIn(m, 'network') }) })),
    ...items(node, 'members').map((m) => ({ form: 'Membership' as const, id: String(m['id']), text: t('relationMembership', { actor: nameIn(m, 'actor'), network: name }) })),
    ...items(node, 'referralsOut').map((r) => ({ form: 'Referral' as const, id: String(r['id']), text: t('relationReferral', { from: name, to: nameIn(r, 'to') }) })),
    ...items(node, 'referralsIn').map((r) => ({ form: 'Referral' as const, id: String(r['id']), text: t('relationReferral', { from: nameIn(r, 'from'), to: name }) })),
  ];
}

interface Props {
  readonly node: Item & { readonly __typename: NodeTypeName; readonly id: string };
  readonly name: string;
  readonly mode: EditMode;
  readonly onMode: (mode: EditMode) => void;
  /** The node is gone: close the panel. */
  readonly onDeleted: () => void;
}

export function NodeEditing({ node, name, mode, onMode, onDeleted }: Props) {
  const { t } = useTranslation('editing');
  const [message, setMessage] = useState('');
  const kind = node.__typename;
  const done = (text: string) => {
    setMessage(text);
    onMode({ kind: 'none' });
  };
  const verify = async () => {
    try {
      await markVerified(kind, node.id);
      setMessage(t('verified', { name }));
    } catch (e) {
      setMessage(e instanceof WriteError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') ? t('forbidden') : t('failed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  const relations = relationsOf(node, name, (k, o) => t(k, o ?? {}));

  return (
    <section className="node-editing" aria-label={t('editing')}>
      <div className="edit-actions">
        <button type="button" onClick={() => onMode({ kind: 'form', form: kind, id: node.id })}>{t('edit')}</button>
        <button type="button" className="secondary" title={t('verifyHelp')} onClick={() => void verify()}>{t('verify')}</button>
        <button type="button" className="secondary" onClick={() => onMode({ kind: 'delete', form: kind, id: node.id, name })}>{t('delete')}</button>
      </div>
      {kind === 'Actor' ? (
        <div className="edit-actions">
          <button type="button" className="secondary" onClick={() => onMode({ kind: 'form', form: 'Membership', prefill: { actorId: node.id } })}>{t('addMembership')}</button>
          <button type="button" className="secondary" onClick={() => onMode({ kind: 'form', form: 'Referral', prefill: { fromId: node.id } })}>{t('addReferral')}</button>
        </div>
      ) : null}
      {kind === 'Network' ? (
        <div className="edit-actions">
          <button type="button" className="secondary" onClick={() => onMode({ kind: 'form', form: 'Membership', prefill: { networkId: node.id } })}>{t('addMember')}</button>
        </div>
      ) : null}
      <p role="status" className="edit-status">{message}</p>
      <UndoButton onDone={setMessage} />
      {mode.kind === 'form' ? (
        <EditForm
          key={`${mode.form}-${mode.id ?? 'new'}-${JSON.stringify(mode.prefill ?? {})}`}
          kind={mode.form}
          id={mode.id}
          prefill={mode.prefill}
          focusField={mode.focusField}
          onSaved={(_, text) => done(text)}
          onCancel={() => onMode({ kind: 'none' })}
        />
      ) : null}
      {mode.kind === 'delete' ? (
        <DeleteDialog
          kind={mode.form}
          id={mode.id}
          name={mode.name}
          onDeleted={(text) => {
            done(text);
            if (mode.id === node.id) onDeleted();
          }}
          onCancel={() => onMode({ kind: 'none' })}
        />
      ) : null}
      {relations.length > 0 ? (
        <details className="edit-relations">
          <summary>{t('relations')} ({relations.length})</summary>
          <ul>
            {relations.map((r) => (
              <li key={r.id}>
                <span>{r.text}</span>{' '}
                <button type="button" className="small secondary" aria-label={`${t('edit')}: ${r.text}`} onClick={() => onMode({ kind: 'form', form: r.form, id: r.id })}>{t('edit')}</button>{' '}
                <button type="button" className="small secondary" aria-label={`${t('delete')}: ${r.text}`} onClick={() => onMode({ kind: 'delete', form: r.form, id: r.id, name: r.text })}>{t('delete')}</button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
