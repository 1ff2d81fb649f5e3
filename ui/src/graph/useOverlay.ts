/** The gap overlay for a finding on a view, in the reader's language (the same hook in every view). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gapOverlay, type FindingLike, type GapOverlay, type OverlayWords } from './overlay';
import type { GraphEdge, GraphNode } from './vocabulary';

export function useOverlayWords(): OverlayWords {
  const { t } = useTranslation('overlay');
  return useMemo(() => ({
    missingArea: (name) => t('missingArea', { name }),
    missingMember: () => t('missingMember'),
    nextStep: () => t('nextStep'),
    noNetwork: () => t('noNetwork'),
    uncovered: (name) => t('uncovered', { name }),
    holds: (count) => t('holds', { count }),
    fragile: () => t('fragile'),
    shouldBe: () => t('shouldBe'),
    suggested: () => t('suggested'),
    broker: (count) => t('broker', { count }),
    stale: () => t('stale'),
  }), [t]);
}

export function useOverlay(
  finding: FindingLike | undefined,
  view: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] },
  areaName: (id: string) => string,
): GapOverlay | null {
  const words = useOverlayWords();
  return useMemo(() => (finding ? gapOverlay(finding, view, areaName, words) : null), [finding, view, areaName, words]);
}
