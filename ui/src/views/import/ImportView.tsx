/**
 * `/importera` — import a mapping from the UI: download the template, choose one XLSX workbook or
 * CSV files, see the dry run (per file: new, changed, unchanged; every bad row by file, line and
 * column) and the likely duplicates, then import — through the API's one all-or-nothing importer.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { write, read, WriteError } from '../../editing/writeRequest';
import { base64Of, fetchAndSave } from '../../export/download';
import { DUPLICATES, IMPORT_CSV, IMPORT_XLSX, TEMPLATE_QUERY, type ImportReport, type LikelyDuplicate } from './queries';
import '../../editing/editing.css';

type Upload = { readonly kind: 'csv'; readonly files: { name: string; content: string }[] } | { readonly kind: 'xlsx'; readonly content: string };
type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string }
  | { readonly kind: 'preview'; readonly upload: Upload; readonly report: ImportReport; readonly duplicates: readonly LikelyDuplicate[] }
  | { readonly kind: 'applied'; readonly report: ImportReport };

async function readUpload(files: readonly File[]): Promise<Upload | 'mixed' | 'many'> {
  const books = files.filter((f) => /\.xlsx$/i.test(f.name));
  if (books.length > 0 && books.length < files.length) return 'mixed';
  if (books.length > 1) return 'many';
  if (books[0]) return { kind: 'xlsx', content: await base64Of(books[0]) };
  return { kind: 'csv', files: await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() }))) };
}

const run = (upload: Upload, dryRun: boolean) =>
  write<{ report: ImportReport }>(upload.kind === 'xlsx' ? IMPORT_XLSX : IMPORT_CSV, upload.kind === 'xlsx' ? { content: upload.content, dryRun } : { files: upload.files, dryRun });

export function ImportView() {
  const { t } = useTranslation('import');
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const fail = (e: unknown) =>
    setPhase({ kind: 'failed', text: e instanceof WriteError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') ? t('forbidden') : t('failed', { detail: e instanceof Error ? e.message : String(e) }) });

  async function choose(list: FileList | null) {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setPhase({ kind: 'busy', text: t('checking') });
    try {
      const upload = await readUpload(files);
      if (upload === 'mixed' || upload === 'many') {
        setPhase({ kind: 'failed', text: t(upload === 'mixed' ? 'mixed' : 'oneWorkbook') });
        return;
      }
      const [{ report }, { importDuplicates }] = await Promise.all([
        run(upload, true),
        read<{ importDuplicates: LikelyDuplicate[] }>(DUPLICATES, upload.kind === 'xlsx' ? { content: upload.content } : { files: upload.files }),
      ]);
      setPhase({ kind: 'preview', upload, report, duplicates: importDuplicates });
    } catch (e) {
      fail(e);
    }
  }

  async function apply(upload: Upload) {
    setPhase({ kind: 'busy', text: t('importing') });
    try {
      const { report } = await run(upload, false);
      if (report.status === 'APPLIED') setPhase({ kind: 'applied', report });
      else setPhase({ kind: 'preview', upload, report, duplicates: [] });
    } catch (e) {
      fail(e);
    }
  }

  const report = phase.kind === 'preview' || phase.kind === 'applied' ? phase.report : null;
  return (
    <section className="import-view" aria-labelledby="view-title">
      <h1 id="view-title">{t('title')}</h1>
      <p className="view-intro">{t('intro')}</p>
      <section aria-labelledby="import-template">
        <h2 id="import-template">{t('template')}</h2>
        <div className="edit-actions">
          <button type="button" onClick={() => void fetchAndSave(TEMPLATE_QUERY, { format: 'XLSX' }, 'importTemplate').catch(fail)}>{t('templateXlsx')}</button>
          <button type="button" className="secondary" onClick={() => void fetchAndSave(TEMPLATE_QUERY, { format: 'CSV' }, 'importTemplate').catch(fail)}>{t('templateCsv')}</button>
        </div>
        <p className="edit-hint">{t('templateHelp')}</p>
      </section>
      <div className="edit-field">
        <label htmlFor={inputId}>{t('choose')}</label>
        <input id={inputId} type="file" multiple accept=".xlsx,.csv,text/csv" aria-describedby={`${inputId}-help`}
          onChange={(e) => { void choose(e.target.files); }} />
        <p id={`${inputId}-help`} className="edit-hint">{t('chooseHelp')}</p>
      </div>
      <div role="status" aria-live="polite">
        {phase.kind === 'busy' ? <p>{phase.text}</p> : null}
        {phase.kind === 'applied' ? <p className="import-done">{t('applied')}</p> : null}
        {phase.kind === 'preview' ? <p>{phase.report.status === 'REJECTED' ? t('rejected') : t('previewOk')}</p> : null}
      </div>
      {phase.kind === 'failed' ? <p role="alert" className="edit-alert">{phase.text}</p> : null}
      {report && report.counts.length > 0 ? (
        <table className="import-counts">
          <caption>{t('preview')}</caption>
          <thead><tr><th scope="col">{t('file')}</th><th scope="col">{t('created')}</th><th scope="col">{t('updated')}</th><th scope="col">{t('unchanged')}</th></tr></thead>
          <tbody>
            {report.counts.map((c) => (
              <tr key={c.file}><th scope="row">{c.file}</th><td>{c.created}</td><td>{c.updated}</td><td>{c.unchanged}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report && report.errors.length > 0 ? (
        <table className="import-errors">
          <caption>{t('errors', { count: report.errors.length })}</caption>
          <thead><tr><th scope="col">{t('file')}</th><th scope="col">{t('line')}</th><th scope="col">{t('column')}</th><th scope="col">{t('problem')}</th></tr></thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={`${e.file}-${e.line}-${e.column ?? ''}-${i}`}><td>{e.file}</td><td>{e.line}</td><td>{e.column ?? '–'}</td><td>{e.message}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {phase.kind === 'preview' && phase.duplicates.length > 0 ? (
        <section aria-labelledby="import-duplicates" className="import-duplicates">
          <h2 id="import-duplicates">{t('duplicates', { count: phase.duplicates.length })}</h2>
          <p>{t('duplicatesHelp')}</p>
          <ul>
            {phase.duplicates.map((d) => (
              <li key={`${d.line}-${d.existing.id}`}>{t('duplicateRow', { line: d.line, file: d.file, name: d.name, existing: d.existing.name, id: d.existing.id })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {phase.kind === 'preview' && phase.report.status === 'DRY_RUN' ? (
        <button type="button" onClick={() => void apply(phase.upload)}>{t('apply')}</button>
      ) : null}
    </section>
  );
}
