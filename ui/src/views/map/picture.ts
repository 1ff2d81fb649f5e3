/** The frame of an exported map picture: title, what the filter shows, legend, date and source. */
import type { TFunction } from 'i18next';
import { EDGE_COLOURS, SECTOR_COLOURS } from '../../graph/palette';
import type { LegendEntry, PictureFrame } from '../../graph/pictureFrame';
import { SECTORS } from '../../graph/vocabulary';

export interface PictureScope {
  /** The area filtered to, by name. */
  readonly area?: string;
  /** The node the map is focused on, by name. */
  readonly focus?: string;
  /** The first sentence of the finding shown. */
  readonly finding?: string;
  readonly nodes: number;
  readonly edges: number;
}

export function pictureLegend(t: TFunction<'map'>): LegendEntry[] {
  return [
    ...SECTORS.map((sector): LegendEntry => ({ label: t(`vocab.Sector.${sector}`), colour: SECTOR_COLOURS[sector], mark: 'dot' })),
    { label: t('legend.statutory'), colour: EDGE_COLOURS.referral, mark: 'line' },
    { label: t('legend.formal'), colour: EDGE_COLOURS.referral, mark: 'dashed' },
    { label: t('legend.informal'), colour: EDGE_COLOURS.referral, mark: 'dotted' },
    { label: t('legend.broken'), colour: EDGE_COLOURS.broken, mark: 'line' },
    { label: t('legend.planned'), colour: EDGE_COLOURS.planned, mark: 'line' },
    { label: t('legend.membership'), colour: EDGE_COLOURS.membership, mark: 'line' },
  ];
}

export function mapPictureFrame(t: TFunction<'map'>, language: string, scope: PictureScope, now: Date = new Date()): PictureFrame {
  const where = scope.focus !== undefined ? t('picture.focus', { name: scope.focus }) : scope.area ?? t('picture.wholeMap');
  const shown = t('picture.shown', { nodes: scope.nodes, edges: scope.edges });
  return {
    title: t('picture.title', { scope: scope.area && scope.focus !== undefined ? `${scope.area}, ${where}` : where }),
    caption: scope.finding ? `${scope.finding} ${shown}.` : `${shown}.`,
    date: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long' }).format(now),
    source: t('picture.source'),
    legend: pictureLegend(t),
  };
}
