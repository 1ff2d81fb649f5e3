/**
 * `/rapport?area=…` — the gap report for one municipality, for the meeting: the summary, the map
 * with the most serious findings drawn (the same overlay as "Visa på kartan"), and every finding
 * in full. Prints cleanly (report.css hides the page furniture) and downloads as a PDF.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlState, VIEW_PATHS } from '../../app/router';
import { read, write, type Codec } from '../../app/url-state';
import { buildElements } from '../../graph/elements';
import { highlightFor } from '../../graph/highlight';
import { withOverlay } from '../../graph/highlight-overlay';
import type { CanvasApi } from '../../graph/MapCanvas';
import { gapOverlay, mergeOverlays } from '../../graph/overlay';
import { useOverlayWords } from '../../graph/useOverlay';
import { formatDate } from '../../i18n/i18next';
import { areaNamer, orderedAreas } from '../map/areas';
import { CHOICES_QUERY, GRAPH_QUERY, type ChoicesData, type GraphData } from '../map/queries';
import { DEFAULT_STATE, toGraphVariables } from '../map/state';
import { useGraphQL } from '../map/useGraphQL';
import { GapSummary } from './GapSummary';
import { reportPdf } from './pdf';
import { REPORT_QUERY, type ReportData, type ReportFinding } from './queries';
import './report.css';

const MapCanvas = lazy(() => import('../../graph/MapCanvas'));
const noop = () => undefined;
/** Drawn on the report's map: the most serious findings, one per kind, at most this many. */
const DRAWN = 3;
const SEVERITY_RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

interface ReportState { readonly area: string | undefined }
const codec: Codec<ReportState> = {
  parse: (params) => ({ area: read.string(params, 'area') }),
  serialize: (state) => write({ area: state.area }, {}),
};

/** The findings to draw: by severity, one per kind, so the picture shows different kinds of gap. */
export function drawnFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  const seen = new Set<string>();
  const out: ReportFinding[] = [];
  for (const f of [...findings].sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3))) {
    if (seen.has(f.kind) || f.kind === 'STALE_FACT' || f.kind === 'BROKER') continue;
    seen.add(f.kind);
    out.push(f);
    if (out.length === DRAWN) break;
  }
  return out;
}

export function ReportView() {
  const { t, i18n } = useTranslation('report');
  const [state, set] = useUrlState('report', codec);
  const lang = i18n.language === 'en' ? 'EN' : 'SV';
  const choices = useGraphQL<ChoicesData, Record<string, never>>(CHOICES_QUERY, {});
  const areas = useMemo(() => orderedAreas(choices.data?.areas ?? []).filter((a) => a.type === 'MUNICIPALITY'), [choices.data]);
  const areaName = useMemo(() => areaNamer(orderedAreas(choices.data?.areas ?? []), '–'), [choices.data]);
  const report = useGraphQL<ReportData, { filter: { area: string }; lang: string }>(REPORT_QUERY, state.area ? { filter: { area: state.area }, lang } : null);
  const graph = useGraphQL<GraphData, ReturnType<typeof toGraphVariables>>(GRAPH_QUERY, state.area ? toGraphVariables({ ...DEFAULT_STATE, area: state.area }) : null);
  const [canvas, setCanvas] = useState<CanvasApi | null>(null);
  const [pdf, setPdf] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const words = useOverlayWords();

  const view = graph.data?.graph;
  const findings = report.data?.analysis.findings ?? [];
  const drawn = useMemo(() => drawnFindings(findings), [findings]);
  const elements = useMemo(() => (view ? buildElements(view) : null), [view]);
  const overlay = useMemo(() => (view ? mergeOverlays(drawn.map((f) => gapOverlay(f, view, areaName, words))) : null), [drawn, view, areaName, words]);
  const highlight = useMemo(() => {
    const shown = new Set(view?.nodes.map((n) => n.id) ?? []);
    const base = highlightFor({ nodes: drawn.flatMap((f) => f.subjects.nodes), relationships: drawn.flatMap((f) => f.subjects.relationships) }, shown, view?.edges ?? []);
    return withOverlay(base, overlay);
  }, [drawn, view, overlay]);

  const name = state.area ? areaName(state.area) : '';
  const kindName = (kind: string) => t(`map:vocab.FindingKind.${kind}`);
  const severityName = (severity: string) => t(`map:vocab.Severity.${severity}`);
  const grouped = useMemo(() => [...findings].sort((a, b) => a.kind.localeCompare(b.kind) || (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3)), [findings]);
  const asOf = report.data ? t('asOf', { date: formatDate(report.data.analysis.asOf, i18n.language), version: report.data.analysis.graphVersion }) : '';
  const caption = drawn.length ? t('mapCaption', { area: name, findings: drawn.map((f) => kindName(f.kind).toLowerCase()).join(', ') }) : t('mapNone', { area: name });

  const downloadPdf = async () => {
    if (!report.data) return;
    setPdf({ busy: true });
    try {
      const summary = report.data.analysis.summary;
      const blob = await reportPdf({
        title: t('titleFor', { area: name }),
        asOf,
        summaryLines: [
          t('total', { count: summary.total }),
          `${t('bySeverity')}: ${summary.countsBySeverity.filter((s) => s.count > 0).map((s) => `${severityName(s.severity)} ${s.count}`).join(' · ')}`,
          `${t('byKind')}: ${summary.countsByKind.filter((k) => k.count > 0).map((k) => `${kindName(k.kind)} ${k.count}`).join(' · ')}`,
        ],
        picture: canvas ? await canvas.picture() : null,
        pictureCaption: caption,
        findingsHeading: t('findings'),
        findings: grouped,
        kindName,
        severityLine: (f) => `${t('severity', { severity: severityName(f.severity) })}. ${t('why', { reason: f.severityReason })}`,
        suggestionLabel: t('suggestion'),
        footer: t('source', { date: formatDate(new Date().toISOString(), i18n.language) }),
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `bristrapport-${state.area ?? 'karta'}-${new Date().toISOString().slice(0, 10)}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setPdf({ busy: false });
    } catch (error) {
      setPdf({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <article className="report" aria-labelledby="view-title">
      <h1 id="view-title">{state.area ? t('titleFor', { area: name }) : t('title')}</h1>
      <p className="view-intro no-print">{t('intro')}</p>
      <div className="report-controls no-print">
        <label htmlFor="report-area">{t('area')}</label>
        <select id="report-area" value={state.area ?? ''} onChange={(e) => set({ area: e.target.value || undefined })}>
          <option value="">{t('choose')}</option>
          {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
        <button type="button" disabled={!report.data} onClick={() => window.print()}>{t('print')}</button>
        <button type="button" disabled={!report.data || !canvas || pdf.busy} onClick={() => void downloadPdf()}>{pdf.busy ? t('making') : t('pdf')}</button>
        {pdf.error ? <p role="alert">{t('pdfFailed', { detail: pdf.error })}</p> : null}
      </div>
      {!state.area ? <p>{t('pickFirst')}</p>
        : report.error !== undefined ? <p role="alert">{t('failed', { detail: String(report.error) })}</p>
          : !report.data ? <p role="status">{t('loading')}</p>
            : (
              <>
                <p className="meta">{asOf}</p>
                <GapSummary summary={report.data.analysis.summary} area={state.area} />
                <section className="report-map" aria-labelledby="report-map-title">
                  <h2 id="report-map-title">{t('map')}</h2>
                  {elements && view ? (
                    <figure>
                      <Suspense fallback={<div className="map-canvas map-canvas--waiting" />}>
                        <MapCanvas
                          elements={elements} layout="fcose" highlight={highlight} overlay={overlay} chosen={undefined}
                          areaOrder={[]} areaName={areaName} label={caption} onChoose={noop} onReady={setCanvas}
                          layingOutLabel="" layoutFailedLabel={(detail) => detail}
                        />
                      </Suspense>
                      <figcaption>{caption}</figcaption>
                    </figure>
                  ) : null}
                </section>
                <section aria-labelledby="report-findings-title">
                  <h2 id="report-findings-title">{t('findings')}</h2>
                  {grouped.length === 0 ? <p>{t('none', { area: name })}</p> : null}
                  {Object.entries(groupBy(grouped)).map(([kind, list]) => (
                    <section key={kind} className="report-kind" aria-labelledby={`kind-${kind}`}>
                      <h3 id={`kind-${kind}`}>{kindName(kind)} ({list.length})</h3>
                      <ol className="report-findings">
                        {list.map((f) => (
                          <li key={f.id}>
                            <p className="report-explanation">{f.explanation}</p>
                            <p className="meta">{t('severity', { severity: severityName(f.severity) })}. {t('why', { reason: f.severityReason })}</p>
                            <p><strong>{t('suggestion')}</strong> {f.suggestion}</p>
                            <p className="no-print"><a href={`${VIEW_PATHS.map}?finding=${encodeURIComponent(f.id)}&area=${encodeURIComponent(state.area ?? '')}`}>{t('showOnMap')}</a></p>
                          </li>
                        ))}
                      </ol>
                    </section>
                  ))}
                </section>
              </>
            )}
    </article>
  );
}

function groupBy(findings: readonly ReportFinding[]): Record<string, ReportFinding[]> {
  const out: Record<string, ReportFinding[]> = {};
  for (const f of findings) (out[f.kind] ??= []).push(f);
  return out;
}
