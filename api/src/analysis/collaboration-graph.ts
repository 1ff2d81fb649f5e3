/**
 * The collaboration graph the structural analyses share: actors, networks and persons as nodes;
 * memberships, convening, seats, representation and working referral routes as undirected edges.
 * Ended and dormant networks and broken routes hold nothing together, so they are left out.
 * PART_OF counts: a unit of a municipality that sits in Barnahus is not cut off from the map. The
 * fragility checks never report a whole organisation or a PART_OF link as the weak point, since an
 * organisation does not leave its own units.
 *
 * Held as a CSR (`structure/csr.ts`), built once per snapshot: cut vertices, bridges and
 * betweenness all read the same arrays.
 */
import type { RelationshipType } from '../domain/vocabulary.js';
import type { MapSnapshot } from '../readmodel/snapshot.js';
import { buildCsr, degreeAt, type Csr } from './structure/csr.js';

export const COLLABORATION_TYPES: readonly RelationshipType[] = ['MEMBER_OF', 'CONVENES', 'SITS_IN', 'REPRESENTS', 'REFERS_TO', 'PART_OF'];

export interface CollaborationGraph extends Csr {
  readonly index: ReadonlyMap<string, number>;
  /** The relationships each edge stands for (a member who also convenes: two), by edge index. */
  readonly relationships: readonly (readonly string[])[];
}

const graphs = new WeakMap<MapSnapshot, CollaborationGraph>();

export function collaborationGraph(snapshot: MapSnapshot): CollaborationGraph {
  const cached = graphs.get(snapshot);
  if (cached) return cached;
  const keys: string[] = [];
  for (const a of snapshot.all('Actor')) keys.push(a.id);
  for (const n of snapshot.all('Network')) if (n.status === 'ACTIVE' || n.status === 'PLANNED') keys.push(n.id);
  for (const p of snapshot.all('Person')) keys.push(p.id);
  const index = new Map(keys.map((k, i) => [k, i]));
  const relationships: string[][] = [];
  const csr = buildCsr(keys, (add) => {
    for (const type of COLLABORATION_TYPES) {
      for (const rel of snapshot.relsOfType(type)) {
        if (rel.type === 'REFERS_TO' && rel.status === 'BROKEN') continue;
        const x = index.get(rel.from);
        const y = index.get(rel.to);
        if (x === undefined || y === undefined || x === y) continue;
        const edge = add(x, y);
        (relationships[edge] ??= []).push(rel.id);
      }
    }
  });
  const graph: CollaborationGraph = { ...csr, index, relationships };
  graphs.set(snapshot, graph);
  return graph;
}

/** A node's degree in the graph (0 for a node not in it). */
export function degreeOf(graph: CollaborationGraph, id: string): number {
  const i = graph.index.get(id);
  return i === undefined ? 0 : degreeAt(graph, i);
}

/** A node's neighbours' ids, in the order their links were added. */
export function neighboursOf(graph: CollaborationGraph, id: string): string[] {
  const i = graph.index.get(id);
  if (i === undefined) return [];
  const found: string[] = [];
  for (let slot = graph.offsets[i]!; slot < graph.offsets[i + 1]!; slot++) found.push(graph.keys[graph.targets[slot]!]!);
  return found;
}
