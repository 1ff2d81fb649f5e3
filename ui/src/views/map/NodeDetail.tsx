import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeEditing, type EditMode } from '../../editing/NodeEditing';
import { formatDate } from '../../i18n/i18next';
import { ContactChannels } from './ContactChannels';
import { linkGroups, propertyRows } from './detail';
import { DetailFindings } from './DetailFindings';
import { NODE_DETAIL_QUERY, type MapFinding, type NodeDetailData } from './queries';
import { useGraphQL } from './useGraphQL';

interface Props {
  readonly id: string;
  readonly onMap: boolean;
  readonly findings: readonly MapFinding[] | undefined;
  readonly findingsError: string | undefined;
  readonly shownFinding: string | undefined;
  readonly onShowFinding: (findingId: string) => void;
  readonly onSelect: (id: string) => void;
  readonly onFocus: (id: string) => void;
  readonly onClose: () => void;
  /** Chosen from the table or the search: move the keyboard focus here (and the page with it). */
  readonly takeFocus?: boolean;
}

const nameOf = (node: NodeDetailData['node']): string =>
  node === null ? '' : typeof node['name'] === 'string' ? node['name'] : typeof node['pseudonym'] === 'string' ? node['pseudonym'] : node.id;

/** The chosen node: every property, its links (each one a way to choose the node it leads to) and its findings. */
export function NodeDetail({ id, onMap, findings, findingsError, shownFinding, onShowFinding, onSelect, onFocus, onClose, takeFocus = false }: Props) {
  const { t, i18n } = useTranslation('map');
  const query = useGraphQL<NodeDetailData, { id: string }>(NODE_DETAIL_QUERY, { id });
  const node = query.data?.node;
  const current = node?.id === id ? node : undefined;
  const tr = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});
  const [editMode, setEditMode] = useState<EditMode>({ kind: 'none' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [takeFocus]);

  return (
    <aside
      className="map-detail"
      aria-labelledby="map-detail-title"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="detail-head">
        <h2 id="map-detail-title" ref={heading} tabIndex={-1}>{current ? nameOf(current) : t('detail.label')}</h2>
        <button type="button" className="secondary" onClick={onClose}>{t('detail.close')}</button>
      </div>
      {current === undefined ? (
        <p role="status">
          {query.error !== undefined
            ? t('detail.failed', { detail: query.error instanceof Error ? query.error.message : String(query.error) })
            : query.loading ? t('detail.loading') : t('detail.notFound', { id })}
        </p>
      ) : (
        <>
          {onMap ? null : <p className="map-note">{t('detail.notOnMap')}</p>}
          <button type="button" className="secondary" onClick={() => onFocus(id)}>{t('detail.focus')}</button>
          <NodeEditing node={current} name={nameOf(current)} mode={editMode} onMode={setEditMode} onDeleted={onClose} />
          <ContactChannels channels={current} />
          <h3>{t('detail.properties')}</h3>
          <dl className="detail-properties">
            {propertyRows(current, tr, (iso) => formatDate(iso, i18n.language)).map((row) => (
              <div key={row.key}><dt>{row.label}</dt><dd>{row.value}</dd></div>
            ))}
          </dl>
          <h3>{t('detail.links')}</h3>
          {linkGroups(current, tr).map((group) => (
            <section key={group.key} className="detail-links" aria-label={group.label}>
              <h4>{group.label} <span className="filter-count">({group.links.length})</span></h4>
              <ul>
                {group.links.map((link, index) => (
                  <li key={`${link.id}-${index}`}>
                    <button type="button" className="link-button" onClick={() => onSelect(link.id)}>{link.name}</button>
                    {link.note === undefined ? null : <span className="link-note"> – {link.note}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {linkGroups(current, tr).length === 0 ? <p>{t('detail.noLinks')}</p> : null}
          <DetailFindings nodeId={id} findings={findings} error={findingsError} shownFinding={shownFinding} onShow={onShowFinding} />
        </>
      )}
    </aside>
  );
}
