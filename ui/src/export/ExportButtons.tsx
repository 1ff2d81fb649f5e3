/** Downloads of the map as shown (template XLSX/CSV, GraphML, GEXF) or of the findings (XLSX/CSV). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAndSave } from './download';
import '../editing/editing.css';

const MAP = `query ExportMap($filter: GraphFilter, $format: ExportFormat!) { exportMap(filter: $filter, format: $format) { name mediaType contentBase64 } }`;
const FINDINGS = `query ExportFindings($filter: AnalysisFilter, $format: ExportFormat!, $lang: Language) { exportFindings(filter: $filter, format: $format, lang: $lang) { name mediaType contentBase64 } }`;

type Props =
  | { readonly what: 'map'; readonly filter: Record<string, unknown> }
  | { readonly what: 'findings'; readonly filter: Record<string, unknown>; readonly lang: 'SV' | 'EN' };

export function ExportButtons(props: Props) {
  const { t } = useTranslation('export');
  const [error, setError] = useState('');
  const formats = props.what === 'map' ? (['XLSX', 'CSV', 'GRAPHML', 'GEXF'] as const) : (['XLSX', 'CSV'] as const);
  const save = (format: string) => {
    setError('');
    const done = props.what === 'map'
      ? fetchAndSave(MAP, { filter: props.filter, format }, 'exportMap')
      : fetchAndSave(FINDINGS, { filter: props.filter, format, lang: props.lang }, 'exportFindings');
    done.catch((e: unknown) => setError(t('failed', { detail: e instanceof Error ? e.message : String(e) })));
  };
  return (
    <div className="export-buttons" role="group" aria-label={t(props.what === 'map' ? 'mapLabel' : 'findingsLabel')}>
      <span className="export-label" aria-hidden="true">{t(props.what === 'map' ? 'mapLabel' : 'findingsLabel')}:</span>{' '}
      {formats.map((f) => (
        <button key={f} type="button" className="secondary small" onClick={() => save(f)}>{t(f.toLowerCase() as 'xlsx')}</button>
      ))}
      {props.what === 'map' ? <p className="edit-hint">{t('mapHelp')}</p> : null}
      {error ? <p role="alert" className="edit-alert">{error}</p> : null}
    </div>
  );
}
