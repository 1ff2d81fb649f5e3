/**
 * The gap report as a PDF, made in the browser with jsPDF (loaded only when asked for): title,
 * date, the summary, the map picture with its gap overlay, then every finding in full. A4, the
 * standard Helvetica (WinAnsi: å ä ö and Swedish punctuation print; other symbols are replaced).
 */
import type { MapPicture } from '../../graph/picture';
import type { ReportFinding } from './queries';

export interface PdfReport {
  readonly title: string;
  readonly asOf: string;
  readonly summaryLines: readonly string[];
  readonly picture: MapPicture | null;
  readonly pictureCaption: string;
  readonly findingsHeading: string;
  readonly findings: readonly ReportFinding[];
  readonly kindName: (kind: string) => string;
  readonly severityLine: (f: ReportFinding) => string;
  readonly suggestionLabel: string;
  readonly footer: string;
}

/** Characters outside WinAnsi become their nearest printable kin. */
export function printable(text: string): string {
  return text
    .replace(/[✕✖×]/g, 'x')
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/[→]/g, '->')
    .replace(/[←]/g, '<-')
    .replace(/[\u2009\u202f]/g, ' ')
    .replace(/[^\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2022\u2026\u20ac\n]/g, '');
}

export async function reportPdf(report: PdfReport): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const page = { width: 210, height: 297, margin: 18 };
  const width = page.width - 2 * page.margin;
  let y = page.margin;
  const ensure = (height: number) => {
    if (y + height > page.height - page.margin) {
      doc.addPage();
      y = page.margin;
    }
  };
  const write = (text: string, size: number, style: 'normal' | 'bold' = 'normal', gap = 1.5) => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(printable(text), width) as string[];
    const lineHeight = size * 0.42;
    for (const line of lines) {
      ensure(lineHeight);
      doc.text(line, page.margin, y + lineHeight * 0.8);
      y += lineHeight;
    }
    y += gap;
  };

  doc.setProperties({ title: printable(report.title), creator: 'Aktörskartan' });
  write(report.title, 20, 'bold', 2);
  write(report.asOf, 10, 'normal', 4);
  for (const line of report.summaryLines) write(line, 11);
  y += 3;
  if (report.picture) {
    const ratio = report.picture.height / report.picture.width;
    const height = Math.min(150, width * ratio);
    const imageWidth = height / ratio;
    ensure(height + 12);
    doc.addImage(report.picture.dataUrl, 'JPEG', page.margin + (width - imageWidth) / 2, y, imageWidth, height);
    doc.setDrawColor(120);
    doc.rect(page.margin + (width - imageWidth) / 2, y, imageWidth, height);
    y += height + 2;
    write(report.pictureCaption, 9, 'normal', 5);
  }
  write(report.findingsHeading, 15, 'bold', 3);
  let kind = '';
  for (const finding of report.findings) {
    if (finding.kind !== kind) {
      kind = finding.kind;
      ensure(14);
      write(report.kindName(kind), 13, 'bold', 2);
    }
    ensure(12);
    write(finding.explanation, 10.5, 'bold', 1);
    write(report.severityLine(finding), 9, 'normal', 1);
    write(`${report.suggestionLabel} ${finding.suggestion}`, 10, 'normal', 4);
  }
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(printable(`${report.footer} · ${i}/${pages}`), page.margin, page.height - 8);
  }
  return doc.output('blob');
}
