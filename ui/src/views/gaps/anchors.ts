import type { FindingKind } from '../../components/shared/vocabulary';

/** The in-page anchor of a kind's group (the summary links to it). */
export const groupAnchor = (kind: FindingKind): string => `brister-${kind.toLowerCase().replace(/_/g, '-')}`;
