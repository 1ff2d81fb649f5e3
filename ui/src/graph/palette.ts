/**
 * How the map encodes meaning: sector → fill colour, actor kind → shape (a handful of families a
 * reader can learn from the legend), node type → shape for the non-actor nodes. The legend and the
 * Cytoscape stylesheet both read from here, so they cannot disagree.
 */
import type { ActorKind, NodeType, Sector } from './vocabulary';

/** The canvas background; every fill below keeps ≥ 3:1 against it (WCAG 1.4.11, non-text contrast). */
export const MAP_BACKGROUND = '#ffffff';

/**
 * Chosen so that every pair stays apart (CIELAB ΔE ≥ 15) for normal vision and simulated
 * deuteranopia, protanopia and tritanopia, and each reaches ≥ 3:1 on white — palette.test.ts
 * checks both. Colour is never the only cue: shapes, the legend and the table carry the same facts.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  MUNICIPAL: '#0072B2',
  REGIONAL: '#00A352',
  JOINT: '#B13875',
  STATE: '#3D3D3D',
  CIVIL_SOCIETY: '#E36908',
  PRIVATE: '#6B571D',
  FAITH: '#671E75',
  TARGET_GROUP: '#8188AE',
};

/** Networks and the other node types carry no sector: neutral fills, told apart by shape. */
export const NETWORK_FILL = '#ffffff';
export const NETWORK_BORDER = '#1d4a73';
export const OTHER_NODE_FILL = '#6b7480';

export const SHAPE_FAMILIES = ['FIRST_LINE', 'SPECIALISED', 'HEALTH', 'CIVIL', 'ORGANISATION', 'FUNCTION'] as const;
export type ShapeFamily = (typeof SHAPE_FAMILIES)[number];

/**
 * The ~28 actor kinds in six families, after how a coordinator thinks of them: who meets families
 * (first line), who gives specialised support, health care, civil society and private actors,
 * organisations and agencies, and functions or target groups.
 */
export const KIND_FAMILY: Record<ActorKind, ShapeFamily> = {
  PRESCHOOL: 'FIRST_LINE',
  SCHOOL: 'FIRST_LINE',
  SCHOOL_HEALTH: 'FIRST_LINE',
  LEISURE: 'FIRST_LINE',
  SFI: 'FIRST_LINE',
  LIBRARY: 'FIRST_LINE',
  FAMILY_CENTRE: 'FIRST_LINE',
  INTEGRATION: 'FIRST_LINE',
  ARENA: 'FIRST_LINE',
  SOCIAL_SERVICES: 'SPECIALISED',
  OPEN_CARE: 'SPECIALISED',
  RESOURCE_CENTRE: 'SPECIALISED',
  CHILD_HEALTH: 'HEALTH',
  MATERNITY_HEALTH: 'HEALTH',
  CHILD_PSYCHIATRY: 'HEALTH',
  HEALTH_CARE: 'HEALTH',
  PUBLIC_HEALTH: 'HEALTH',
  CIVIL_SOCIETY: 'CIVIL',
  FAITH_COMMUNITY: 'CIVIL',
  PRIVATE_PROVIDER: 'CIVIL',
  MUNICIPALITY: 'ORGANISATION',
  REGION: 'ORGANISATION',
  STATE_AGENCY: 'ORGANISATION',
  POLICE: 'ORGANISATION',
  UNIVERSITY: 'ORGANISATION',
  OTHER: 'ORGANISATION',
  COORDINATOR: 'FUNCTION',
  TARGET_GROUP: 'FUNCTION',
};

/** A shape as Cytoscape names it, with the polygon the HTML legend draws for it (unit box −1…1). */
export interface ShapeSpec {
  readonly cytoscape: string;
  /** Only for Cytoscape's 'polygon' shape. */
  readonly polygonPoints?: readonly number[];
  readonly legend: { readonly kind: 'circle' } | { readonly kind: 'polygon'; readonly points: readonly number[] };
}

const polygon = (points: readonly number[]): ShapeSpec['legend'] => ({ kind: 'polygon', points });
// A plus sign: the familiar mark of health care.
const PLUS = [-0.33, -1, 0.33, -1, 0.33, -0.33, 1, -0.33, 1, 0.33, 0.33, 0.33, 0.33, 1, -0.33, 1, -0.33, 0.33, -1, 0.33, -1, -0.33, -0.33, -0.33];
const STAR = [0, -1, 0.235, -0.324, 0.951, -0.309, 0.38, 0.124, 0.588, 0.809, 0, 0.4, -0.588, 0.809, -0.38, 0.124, -0.951, -0.309, -0.235, -0.324];
const HEXAGON = [-1, 0, -0.5, -0.866, 0.5, -0.866, 1, 0, 0.5, 0.866, -0.5, 0.866];

export const FAMILY_SHAPES: Record<ShapeFamily, ShapeSpec> = {
  FIRST_LINE: { cytoscape: 'ellipse', legend: { kind: 'circle' } },
  SPECIALISED: { cytoscape: 'diamond', legend: polygon([0, -1, 1, 0, 0, 1, -1, 0]) },
  HEALTH: { cytoscape: 'polygon', polygonPoints: PLUS, legend: polygon(PLUS) },
  CIVIL: { cytoscape: 'triangle', legend: polygon([0, -1, 1, 1, -1, 1]) },
  ORGANISATION: { cytoscape: 'rectangle', legend: polygon([-1, -1, 1, -1, 1, 1, -1, 1]) },
  FUNCTION: { cytoscape: 'star', legend: polygon(STAR) },
};

/** Every node type but the actor (whose shape comes from its kind). */
export const TYPE_SHAPES: Record<Exclude<NodeType, 'ACTOR'>, ShapeSpec> = {
  NETWORK: { cytoscape: 'hexagon', legend: polygon(HEXAGON) },
  PERSON: { cytoscape: 'vee', legend: polygon([-1, -1, 0, -0.33, 1, -1, 0, 1]) },
  AREA: { cytoscape: 'round-rectangle', legend: polygon([-1, -0.6, 1, -0.6, 1, 0.6, -1, 0.6]) },
  TOPIC: { cytoscape: 'tag', legend: polygon([-1, -0.6, 0.4, -0.6, 1, 0, 0.4, 0.6, -1, 0.6]) },
  ROUTINE: { cytoscape: 'rhomboid', legend: polygon([-0.6, -0.7, 1, -0.7, 0.6, 0.7, -1, 0.7]) },
  PROGRAMME: { cytoscape: 'barrel', legend: polygon([-0.8, -0.8, 0.8, -0.8, 1, 0, 0.8, 0.8, -0.8, 0.8, -1, 0]) },
};

export function familyOf(kind: string | null): ShapeFamily {
  return kind !== null && kind in KIND_FAMILY ? KIND_FAMILY[kind as ActorKind] : 'ORGANISATION';
}

export function sectorColour(sector: Sector | null): string {
  return sector === null ? OTHER_NODE_FILL : SECTOR_COLOURS[sector];
}

/** The referral line styles (kind) and colours (status) the legend explains. */
export const REFERRAL_LINE = {
  STATUTORY: 'solid',
  FORMAL: 'dashed',
  INFORMAL: 'dotted',
} as const;

/**
 * The dash patterns (SVG stroke-dasharray) of the line samples that explain those styles: the
 * legend beside the map and the legend framed around an exported picture read these, so the two
 * never disagree. A solid line has none.
 */
export const LINE_DASHES = {
  solid: undefined,
  dashed: '6 3',
  dotted: '1.5 3',
} as const satisfies Record<(typeof REFERRAL_LINE)[keyof typeof REFERRAL_LINE], string | undefined>;

export const EDGE_COLOURS = {
  referral: '#1b1f24',
  /** Broken routes: red, with a ✕ on the line so colour is not the only cue. */
  broken: '#c0231b',
  /** Planned routes: a lighter grey, still ≥ 3:1 on white. */
  planned: '#767f8a',
  /** Memberships, conveners and the rest: light, so the referral routes stand out. */
  subdued: '#aab3bd',
  membership: '#7b8591',
} as const;
