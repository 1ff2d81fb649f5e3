/**
 * The map (or a filtered view of it) for network-analysis tools: GraphML (yEd, Gephi, networkx,
 * igraph) and GEXF 1.2 (Gephi; the version networkx reads). Nodes carry their label, type, kind, sector and area; edges
 * their relationship type. Written by hand: both are small, fixed XML shapes.
 */
import type { GraphEdgeView, GraphNodeView, GraphViewRecord } from '../readmodel/graph-view.js';

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const NODE_ATTRIBUTES = ['label', 'type', 'kind', 'sector', 'level', 'area'] as const;
type NodeAttribute = (typeof NODE_ATTRIBUTES)[number];

function nodeValue(node: GraphNodeView, key: NodeAttribute): string | null {
  const value = key === 'area' ? node.areaId : (node as unknown as Record<string, unknown>)[key];
  return value === null || value === undefined ? null : String(value);
}

const edgeKind = (edge: GraphEdgeView): string | null => (edge.kind === null || edge.kind === undefined ? null : String(edge.kind));

export function toGraphml(view: GraphViewRecord, title: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_ATTRIBUTES.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="relationship" for="edge" attr.name="relationship" attr.type="string"/>',
    '  <key id="edgeKind" for="edge" attr.name="kind" attr.type="string"/>',
    `  <graph id="${xml(title)}" edgedefault="directed">`,
  ];
  for (const node of view.nodes) {
    const data = NODE_ATTRIBUTES.flatMap((k) => { const v = nodeValue(node, k); return v === null ? [] : [`<data key="${k}">${xml(v)}</data>`]; });
    lines.push(`    <node id="${xml(node.id)}">${data.join('')}</node>`);
  }
  for (const edge of view.edges) {
    const kind = edgeKind(edge);
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}"><data key="relationship">${edge.type}</data>${kind === null ? '' : `<data key="edgeKind">${xml(kind)}</data>`}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function toGexf(view: GraphViewRecord, title: string, today: string): string {
  const attributes = NODE_ATTRIBUTES.filter((k) => k !== 'label');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${today}"><creator>Aktörskartan</creator><description>${xml(title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...attributes.map((k, i) => `      <attribute id="${i}" title="${k}" type="string"/>`),
    '    </attributes>',
    '    <attributes class="edge"><attribute id="0" title="relationship" type="string"/><attribute id="1" title="kind" type="string"/></attributes>',
    '    <nodes>',
  ];
  for (const node of view.nodes) {
    const values = attributes.flatMap((k, i) => { const v = nodeValue(node, k); return v === null ? [] : [`<attvalue for="${i}" value="${xml(v)}"/>`]; });
    lines.push(`      <node id="${xml(node.id)}" label="${xml(node.label)}"><attvalues>${values.join('')}</attvalues></node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of view.edges) {
    const kind = edgeKind(edge);
    lines.push(`      <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}"><attvalues><attvalue for="0" value="${edge.type}"/>${kind === null ? '' : `<attvalue for="1" value="${xml(kind)}"/>`}</attvalues></edge>`);
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
