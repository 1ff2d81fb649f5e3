/** Field resolvers of the node types: relationships are read from the request's snapshot. */
import type { NodeRecord } from '../../domain/model.js';
import type { Resolvers } from '../generated/types.js';
import { nodeTypeOf } from '../../readmodel/graph-view.js';

const byName = new Intl.Collator('sv');
const sorted = <T extends { name: string }>(list: T[]): T[] => list.sort((a, b) => byName.compare(a.name, b.name));

export const nodeTypeResolvers: Resolvers = {
  Node: {
    __resolveType: (node: NodeRecord) => node.label,
  },
  Actor: {
    area: (a, _, { snapshot }) => snapshot.areaOf(a.id) ?? null,
    partOf: (a, _, { snapshot }) => snapshot.targets(a.id, 'PART_OF', 'Actor')[0] ?? null,
    units: (a, _, { snapshot }) => sorted(snapshot.sources(a.id, 'PART_OF', 'Actor')),
    memberships: (a, _, { snapshot }) => snapshot.out(a.id, 'MEMBER_OF'),
    convenes: (a, _, { snapshot }) => sorted(snapshot.targets(a.id, 'CONVENES', 'Network')),
    referralsOut: (a, _, { snapshot }) => snapshot.out(a.id, 'REFERS_TO'),
    referralsIn: (a, _, { snapshot }) => snapshot.in(a.id, 'REFERS_TO'),
    topics: (a, _, { snapshot }) => sorted(snapshot.targets(a.id, 'WORKS_ON', 'Topic')),
    programmes: (a, _, { snapshot }) => sorted(snapshot.targets(a.id, 'OFFERS', 'Programme')),
    routines: (a, _, { snapshot }) => sorted(snapshot.targets(a.id, 'HAS_ROUTINE', 'Routine')),
    representatives: (a, _, { snapshot }) => snapshot.sources(a.id, 'REPRESENTS', 'Person'),
  },
  Network: {
    area: (n, _, { snapshot }) => snapshot.areaOf(n.id) ?? null,
    conveners: (n, _, { snapshot }) => sorted(snapshot.sources(n.id, 'CONVENES', 'Actor')),
    members: (n, _, { snapshot }) => snapshot.in(n.id, 'MEMBER_OF'),
    seats: (n, _, { snapshot }) => snapshot.in(n.id, 'SITS_IN'),
    topics: (n, _, { snapshot }) => sorted(snapshot.targets(n.id, 'ADDRESSES', 'Topic')),
  },
  Person: {
    represents: (p, _, { snapshot }) => sorted(snapshot.targets(p.id, 'REPRESENTS', 'Actor')),
    seats: (p, _, { snapshot }) => snapshot.out(p.id, 'SITS_IN'),
  },
  Area: {
    parent: (a, _, { snapshot }) => snapshot.targets(a.id, 'WITHIN', 'Area')[0] ?? null,
    children: (a, _, { snapshot }) => sorted(snapshot.sources(a.id, 'WITHIN', 'Area')),
    actorCount: (a, _, { snapshot }) => snapshot.all('Actor').filter((x) => snapshot.isInArea(x.id, a.id)).length,
  },
  Routine: {
    owners: (r, _, { snapshot }) => sorted(snapshot.sources(r.id, 'HAS_ROUTINE', 'Actor')),
    topics: (r, _, { snapshot }) => sorted(snapshot.targets(r.id, 'COVERS', 'Topic')),
  },
  Programme: {
    offeredBy: (p, _, { snapshot }) => sorted(snapshot.sources(p.id, 'OFFERS', 'Actor')),
  },
  SearchHit: {},
  GraphView: {},
};

export { nodeTypeOf };
