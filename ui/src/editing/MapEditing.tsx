/**
 * Editing on the map: add a node of any kind, draw a membership or referral route by dragging
 * from node to node, and undo one's last change. The form opens here, above the map.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasApi } from '../graph/MapCanvas';
import { useMapIndex } from './choices';
import { EditForm } from './EditForm';
import { NODE_TYPES, type FormKind, type FormValues, type NodeTypeName } from './fields';
import { UndoButton } from './UndoButton';
import './editing.css';

interface Props {
  readonly canvas: CanvasApi | null;
  /** After a node is created: show it. */
  readonly onCreated: (id: string) => void;
}

type Open = { readonly form: FormKind; readonly prefill?: FormValues } | null;

export function MapEditing({ canvas, onCreated }: Props) {
  const { t } = useTranslation('editing');
  const selectId = useId();
  const { typeOf } = useMapIndex();
  const [kind, setKind] = useState<NodeTypeName>('Actor');
  const [open, setOpen] = useState<Open>(null);
  const [drawing, setDrawing] = useState(false);
  const [message, setMessage] = useState('');
  const typeRef = useRef(typeOf);
  typeRef.current = typeOf;

  useEffect(() => {
    if (!canvas || !drawing) return undefined;
    canvas.drawLinks((source, target) => {
      const targetType = typeRef.current(target);
      if (typeRef.current(source) !== 'ACTOR' || (targetType !== 'NETWORK' && targetType !== 'ACTOR')) {
        setMessage(t('drawNotAllowed'));
        return;
      }
      setOpen(targetType === 'NETWORK'
        ? { form: 'Membership', prefill: { actorId: source, networkId: target } }
        : { form: 'Referral', prefill: { fromId: source, toId: target } });
    });
    return () => canvas.drawLinks(null);
  }, [canvas, drawing, t]);

  return (
    <section className="map-editing" aria-label={t('editing')}>
      <div className="edit-actions">
        <label htmlFor={selectId} className="visually-hidden">{t('createWhat')}</label>
        <select id={selectId} value={kind} onChange={(e) => setKind(e.target.value as NodeTypeName)}>
          {NODE_TYPES.map((k) => <option key={k} value={k}>{t('create', { kind: t(`kinds.${k}`) })}</option>)}
        </select>
        <button type="button" onClick={() => setOpen({ form: kind })}>{t('add')}</button>
        <button type="button" className="secondary" aria-pressed={drawing} disabled={canvas === null} onClick={() => setDrawing(!drawing)}>
          {drawing ? t('drawStop') : t('draw')}
        </button>
        <UndoButton onDone={setMessage} />
      </div>
      {drawing ? <p className="edit-hint">{t('drawing')}</p> : null}
      <p role="status" className="edit-status">{message}</p>
      {open === null ? null : (
        <EditForm
          key={`${open.form}-${JSON.stringify(open.prefill ?? {})}`}
          kind={open.form}
          prefill={open.prefill}
          onSaved={(id, text) => {
            setMessage(text);
            setOpen(null);
            if ((NODE_TYPES as readonly string[]).includes(open.form)) onCreated(id);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
