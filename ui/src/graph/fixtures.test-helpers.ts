/** A small map for the graph tests: two actors referring, a network with members, a unit, a topic. */
import type { GraphEdge, GraphNode, GraphView } from './vocabulary';

export const node = (id: string, patch: Partial<GraphNode> = {}): GraphNode => ({
  id, type: 'ACTOR', label: id, kind: 'PRESCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', status: null, areaId: 'berg', firstLine: true, ...patch,
});
export const edge = (id: string, type: GraphEdge['type'], source: string, target: string, patch: Partial<GraphEdge> = {}): GraphEdge => ({
  id, type, source, target, kind: null, status: null, role: null, ...patch,
});

export const SMALL_MAP: GraphView = {
  graphVersion: 1,
  nodes: [
    node('forskola'),
    node('socialtjanst', { kind: 'SOCIAL_SERVICES', firstLine: false }),
    node('kommun', { kind: 'MUNICIPALITY', firstLine: false }),
    node('kyrkan', { kind: 'FAITH_COMMUNITY', sector: 'FAITH', areaId: null }),
    node('natverk', { type: 'NETWORK', kind: 'NETWORK', sector: null, status: 'ACTIVE', firstLine: null }),
    node('hrv', { type: 'TOPIC', kind: null, sector: null, level: null, areaId: null, firstLine: null }),
  ],
  edges: [
    edge('r1', 'REFERS_TO', 'forskola', 'socialtjanst', { kind: 'STATUTORY', status: 'WORKING' }),
    edge('r2', 'REFERS_TO', 'kyrkan', 'socialtjanst', { kind: 'INFORMAL', status: 'BROKEN' }),
    edge('m1', 'MEMBER_OF', 'forskola', 'natverk', { role: 'MEMBER' }),
    edge('m2', 'MEMBER_OF', 'socialtjanst', 'natverk', { role: 'CHAIR' }),
    edge('p1', 'PART_OF', 'socialtjanst', 'kommun'),
    edge('w1', 'WORKS_ON', 'kyrkan', 'hrv'),
    edge('dangling', 'MEMBER_OF', 'forskola', 'not-shown'),
  ],
};
