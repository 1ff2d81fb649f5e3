/**
 * The map's Cytoscape stylesheet, from the palette. Labels: networks and well-connected actors
 * are named from a moderate zoom; the rest only when zoomed in (min-zoomed-font-size), which keeps
 * the overview readable and the rendering fast. Edges other than referral routes stay light.
 */
import type { StylesheetJson } from 'cytoscape';
import { EDGE_COLOURS, FAMILY_SHAPES, NETWORK_BORDER, NETWORK_FILL, TYPE_SHAPES } from './palette';

const INK = '#1b1f24';
const HIGHLIGHT = '#ffbf1f';
const SELECTED = '#1d4a73';

function shapeRules(): StylesheetJson {
  const family = Object.entries(FAMILY_SHAPES).map(([name, spec]) => ({
    selector: `node.family-${name.toLowerCase()}`,
    style: { shape: spec.cytoscape, ...(spec.polygonPoints ? { 'shape-polygon-points': spec.polygonPoints.join(' ') } : {}) },
  }));
  const types = Object.entries(TYPE_SHAPES).map(([type, spec]) => ({
    selector: `node.${type.toLowerCase()}`,
    style: { shape: spec.cytoscape },
  }));
  return [...family, ...types] as StylesheetJson;
}

/** Presentation mode: labels larger, and black on white with darker lines. */
export interface LabelOptions {
  /** 1 = as drawn on the desk; 1.6 for a projector. */
  readonly scale?: number;
  readonly highContrast?: boolean;
}

export function mapStylesheet(options: LabelOptions = {}): StylesheetJson {
  const scale = options.scale ?? 1;
  const sheet = baseSheet();
  const extra: StylesheetJson = [];
  if (scale !== 1) {
    // Bigger letters: since min-zoomed-font-size is in screen pixels, they also show from further out.
    extra.push(
      { selector: 'node', style: { 'font-size': 11 * scale } },
      { selector: 'node.label-minor', style: { 'font-size': 14 * scale } },
      { selector: 'node.label-major', style: { 'font-size': 22 * scale } },
      { selector: 'node.ghost', style: { 'font-size': 16 * scale } },
    );
  }
  if (options.highContrast) {
    extra.push(
      { selector: 'node', style: { color: '#000000', 'text-background-opacity': 1 } },
      { selector: 'edge', style: { opacity: 1, 'line-color': '#3a3f45' } },
      { selector: 'edge.membership, edge.convenes', style: { 'line-color': '#1b1f24' } },
      { selector: '.dimmed', style: { opacity: 0.12 } },
    );
  }
  // Culled labels (labelCulling.ts) go last, so no size rule brings them back.
  extra.push({ selector: 'node.label-culled', style: { 'text-opacity': 0 } });
  return [...(sheet as unknown as unknown[]), ...(extra as unknown as unknown[])] as StylesheetJson;
}

function baseSheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: 'data(shortLabel)',
        'font-size': 11,
        'min-zoomed-font-size': 14,
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    // Rendered at ≥ 9 px or not at all: a smaller label is noise, not information.
    { selector: 'node.label-minor', style: { 'font-size': 14, 'min-zoomed-font-size': 13, 'z-index': 4 } },
    { selector: 'node.label-major', style: { 'font-size': 22, 'min-zoomed-font-size': 9, 'font-weight': 'bold', 'z-index': 5 } },
    ...shapeRules(),
    {
      selector: 'node.network',
      style: { 'background-color': NETWORK_FILL, 'border-width': 3, 'border-color': NETWORK_BORDER },
    },
    { selector: 'node.network-planned', style: { 'border-style': 'dashed' } },
    { selector: 'node.network-dormant, node.network-ended', style: { 'border-style': 'dotted', 'border-color': EDGE_COLOURS.planned } },
    {
      selector: 'edge',
      style: { width: 1, 'line-color': EDGE_COLOURS.subdued, 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.7 },
    },
    { selector: 'edge.membership', style: { width: 1, 'line-color': EDGE_COLOURS.membership, opacity: 1 } },
    { selector: 'edge.membership-chair', style: { width: 2.4 } },
    { selector: 'edge.convenes', style: { width: 2.4, 'line-color': EDGE_COLOURS.membership, opacity: 1 } },
    {
      selector: 'edge.referral',
      style: {
        width: 2.2,
        opacity: 1,
        'curve-style': 'straight',
        'line-color': EDGE_COLOURS.referral,
        'target-arrow-color': EDGE_COLOURS.referral,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'z-index': 8,
      },
    },
    { selector: 'edge.referral-formal', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.referral-informal', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge.referral-planned',
      style: { 'line-color': EDGE_COLOURS.planned, 'target-arrow-color': EDGE_COLOURS.planned, width: 1.8 },
    },
    {
      // Broken: red and crossed out, so the status does not rest on colour alone.
      selector: 'edge.referral-broken',
      style: {
        'line-color': EDGE_COLOURS.broken,
        'target-arrow-color': EDGE_COLOURS.broken,
        'target-arrow-shape': 'tee',
        width: 2.6,
        label: '✕',
        'font-size': 18,
        'font-weight': 'bold',
        color: EDGE_COLOURS.broken,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-shape': 'round-rectangle',
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
      },
    },
    { selector: '.dimmed', style: { opacity: 0.18, 'text-opacity': 0 } },
    {
      selector: 'node.highlighted',
      style: {
        'border-width': 3,
        'border-color': INK,
        'underlay-color': HIGHLIGHT,
        'underlay-padding': 9,
        'underlay-opacity': 0.9,
        'underlay-shape': 'ellipse',
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'edge.highlighted', style: { width: 4, opacity: 1, 'z-index': 19, 'underlay-color': HIGHLIGHT, 'underlay-padding': 4, 'underlay-opacity': 0.9 } },
    {
      selector: 'node.chosen',
      style: {
        'border-width': 4,
        'border-color': SELECTED,
        'underlay-color': SELECTED,
        'underlay-padding': 10,
        'underlay-opacity': 0.3,
        'underlay-shape': 'ellipse',
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
    ...overlayRules(),
    {
      selector: 'node.cluster-label',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': 30,
        'font-weight': 'bold',
        color: '#4a525c',
        'text-valign': 'center',
        'min-zoomed-font-size': 4,
        'text-background-opacity': 0,
        events: 'no',
      },
    },
  ] as StylesheetJson;
}

const GHOST = '#5b6470';
const BREAK = '#b22222';

/** The gap overlay's grammar (graph/overlay.ts): dashed ghosts, a bold path, a crossed break, rings. */
function overlayRules(): StylesheetJson {
  return [
    {
      selector: 'node.ghost',
      style: {
        shape: 'round-rectangle',
        width: 34,
        height: 34,
        'background-color': '#ffffff',
        'background-opacity': 0.6,
        'border-width': 3,
        'border-style': 'dashed',
        'border-color': GHOST,
        label: 'data(label)',
        'font-size': 16,
        'font-weight': 'bold',
        'font-style': 'italic',
        color: '#2f353c',
        'min-zoomed-font-size': 0,
        'text-wrap': 'wrap',
        'text-max-width': '180px',
        'text-background-opacity': 0.9,
        'z-index': 40,
      },
    },
    {
      selector: 'edge.ghost-edge',
      style: {
        width: 3,
        'line-color': GHOST,
        'line-style': 'dashed',
        'line-dash-pattern': [8, 6],
        'curve-style': 'straight',
        opacity: 1,
        'target-arrow-shape': 'none',
        'z-index': 39,
      },
    },
    { selector: 'edge.gap-path', style: { width: 5, opacity: 1, 'z-index': 25 } },
    {
      selector: 'edge.gap-break',
      style: {
        'line-color': BREAK,
        'target-arrow-color': BREAK,
        width: 5,
        label: '✕',
        'font-size': 26,
        'font-weight': 'bold',
        color: BREAK,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 0,
        'text-opacity': 1,
        'z-index': 26,
      },
    },
    { selector: 'node.gap-shared', style: { 'border-width': 4, 'border-color': '#6a1b9a', 'border-style': 'double', 'min-zoomed-font-size': 0 } },
    {
      selector: 'node.gap-mark',
      style: {
        label: 'data(markLabel)',
        'text-wrap': 'wrap',
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'border-width': 5,
        'border-color': BREAK,
        'border-style': 'double',
        'z-index': 35,
      },
    },
  ] as StylesheetJson;
}
