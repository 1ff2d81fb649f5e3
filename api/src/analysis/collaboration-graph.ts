/**
 * The collaboration graph the structural analyses share: actors, networks and persons as nodes;
 * memberships, convening, seats, representation and working referral routes as undirected edges.
 * Ended and dormant networks and broken routes hold nothing together, so they are left out.
 * PART_OF counts: a unit of a municipality that sits in Barnahus is not cut off from the map. The
 * fragility checks never report a whole organisation or a PART_OF link as the weak point, since an
 * organisation does not leave its own units.
 */
import { UndirectedGraph } from 'graphology';
import type { RelationshipType } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';

export const COLLABORATION_TYPES: readonly RelationshipType[] = ['MEMBER_OF', 'CONVENES', 'SITS_IN', 'REPRESENTS', 'REFERS_TO', 'PART_OF'];

export interface EdgeAttributes {
  /** The relationships this edge stands for (a member who also convenes: two). */
  readonly relationships: string[];
}

export type CollaborationGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

const graphs = new WeakMap<MapSnapshot, CollaborationGraph>();

export function collaborationGraph(snapshot: MapSnapshot): CollaborationGraph {
  const cached = graphs.get(snapshot);
  if (cached) return cached;
  const graph: CollaborationGraph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const a of snapshot.all('Actor')) graph.addNode(a.id);
  for (const n of snapshot.all('Network')) if (n.status === 'ACTIVE' || n.status === 'PLANNED') graph.addNode(n.id);
  for (const p of snapshot.all('Person')) graph.addNode(p.id);
  for (const type of COLLABORATION_TYPES) {
    for (const rel of snapshot.relsOfType(type)) {
      if (rel.type === 'REFERS_TO' && rel.status === 'BROKEN') continue;
      if (!graph.hasNode(rel.from) || !graph.hasNode(rel.to) || rel.from === rel.to) continue;
      const existing = graph.edge(rel.from, rel.to);
      if (existing) graph.getEdgeAttributes(existing).relationships.push(rel.id);
      else graph.addEdge(rel.from, rel.to, { relationships: [rel.id] });
    }
  }
  graphs.set(snapshot, graph);
  return graph;
}
