/**
 * The visual grammar of a finding on the map, the same in every view (map, presentation, report):
 *
 *  - an absence is a ghost node (dashed outline, no fill) joined by a dashed "should be here"
 *    edge to where it belongs — a municipality missing from a county network, a next step a
 *    chain lacks, a network an actor is in none of;
 *  - a chain is its path drawn bold, with the break (a broken, planned or informal route) crossed;
 *  - duplicated networks are overlapping hulls round each network's members, the shared members
 *    between them ringed;
 *  - a fragile point is ringed and labelled with what it holds together; what would be cut off
 *    gets a hull of its own.
 *
 * Computed from the finding's kind and subjects and the graph the view shows — plain data here
 * (no Cytoscape), so it is tested in Node; graph/controller.ts draws it.
 */
import type { GraphEdge, GraphNode } from './vocabulary';

export interface FindingLike {
  readonly id: string;
  readonly kind: string;
  readonly rule: string;
  readonly subjects: { readonly nodes: readonly string[]; readonly relationships: readonly string[] };
}

export interface GhostNode {
  readonly id: string;
  readonly label: string;
  /** Real nodes it belongs beside; it is placed next to them. */
  readonly near: readonly string[];
}

export interface GhostEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}

export type HullTone = 'first' | 'second' | 'cut' | 'area';

export interface Hull {
  readonly id: string;
  readonly tone: HullTone;
  readonly members: readonly string[];
}

export interface NodeMark {
  readonly node: string;
  readonly text: string;
}

export interface GapOverlay {
  readonly findingId: string;
  readonly kind: string;
  readonly ghosts: readonly GhostNode[];
  readonly ghostEdges: readonly GhostEdge[];
  readonly hulls: readonly Hull[];
  /** Members of more than one hull. */
  readonly shared: ReadonlySet<string>;
  /** The chain's route edges, drawn bold. */
  readonly path: ReadonlySet<string>;
  /** Where the chain breaks (or a bridge that would). */
  readonly breaks: ReadonlySet<string>;
  readonly marks: readonly NodeMark[];
  /** Nodes to light up beyond the subjects (a network's members: who *is* in it). */
  readonly alsoLit: ReadonlySet<string>;
  readonly alsoLitEdges: ReadonlySet<string>;
}

/** The words the overlay writes on the map, in the reader's language. */
export interface OverlayWords {
  missingArea(name: string): string;
  missingMember(): string;
  nextStep(): string;
  noNetwork(): string;
  uncovered(name: string): string;
  holds(count: number): string;
  fragile(): string;
  shouldBe(): string;
  suggested(): string;
  broker(count: number): string;
  stale(): string;
}

export const EMPTY_OVERLAY: Omit<GapOverlay, 'findingId' | 'kind'> = {
  ghosts: [], ghostEdges: [], hulls: [], shared: new Set(), path: new Set(), breaks: new Set(), marks: [],
  alsoLit: new Set(), alsoLitEdges: new Set(),
};

interface View {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** At most this many ghosts per finding: a dead end with twenty sinks would bury the picture. */
const MAX_GHOSTS = 4;

const ghostId = (findingId: string, n: number) => `ghost:${findingId}:${n}`;

/** Members of a network in the view (MEMBER_OF/SITS_IN/CONVENES edges), with those edges. */
function membersOf(view: View, network: string): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const e of view.edges) {
    if (e.type !== 'MEMBER_OF' && e.type !== 'SITS_IN' && e.type !== 'CONVENES') continue;
    if (e.target === network) {
      nodes.push(e.source);
      edges.push(e.id);
    } else if (e.source === network) {
      nodes.push(e.target);
      edges.push(e.id);
    }
  }
  return { nodes: [...new Set(nodes)], edges };
}

/** A route is where a chain breaks when it does not work, or works only informally. */
const isBreak = (e: GraphEdge) => e.type === 'REFERS_TO' && (e.status === 'BROKEN' || e.status === 'PLANNED' || e.kind === 'INFORMAL');

export function gapOverlay(
  finding: FindingLike,
  view: View,
  areaName: (id: string) => string,
  words: OverlayWords,
): GapOverlay {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const shownSubjects = finding.subjects.nodes.filter((id) => byId.has(id));
  const hiddenSubjects = finding.subjects.nodes.filter((id) => !byId.has(id));
  const named = new Set(finding.subjects.relationships);
  const namedEdges = view.edges.filter((e) => named.has(e.id));
  const ghosts: GhostNode[] = [];
  const ghostEdges: GhostEdge[] = [];
  const addGhost = (label: string, near: readonly string[], edgeLabel = words.shouldBe()) => {
    if (ghosts.length >= MAX_GHOSTS || near.length === 0) return;
    const id = ghostId(finding.id, ghosts.length);
    ghosts.push({ id, label, near });
    for (const to of near) ghostEdges.push({ id: `${id}->${to}`, source: id, target: to, label: edgeLabel });
  };
  const base = { ...EMPTY_OVERLAY, findingId: finding.id, kind: finding.kind };

  switch (finding.kind) {
    case 'MISSING_REPRESENTATION': {
      const networks = shownSubjects.filter((id) => byId.get(id)?.type === 'NETWORK');
      const lit = new Set<string>();
      const litEdges = new Set<string>();
      for (const network of networks) {
        const members = membersOf(view, network);
        members.nodes.forEach((m) => lit.add(m));
        members.edges.forEach((e) => litEdges.add(e));
      }
      // The missing one is the subject the map cannot show (an area); without one, a kind of actor is missing.
      const missing = hiddenSubjects.length > 0 ? hiddenSubjects.map((id) => words.missingArea(areaName(id))) : [words.missingMember()];
      for (const label of missing) addGhost(label, networks);
      return { ...base, ghosts, ghostEdges, alsoLit: lit, alsoLitEdges: litEdges, hulls: networks.slice(0, 1).map((n) => ({ id: `hull:${n}`, tone: 'first' as const, members: [n, ...membersOf(view, n).nodes] })) };
    }
    case 'DUPLICATED_NETWORKS': {
      const networks = shownSubjects.filter((id) => byId.get(id)?.type === 'NETWORK').slice(0, 2);
      const hulls = networks.map((n, i): Hull => ({ id: `hull:${n}`, tone: i === 0 ? 'first' : 'second', members: [n, ...membersOf(view, n).nodes] }));
      const count = new Map<string, number>();
      for (const hull of hulls) for (const m of hull.members) count.set(m, (count.get(m) ?? 0) + 1);
      const shared = new Set([...count].filter(([, c]) => c > 1).map(([id]) => id));
      const litEdges = new Set(networks.flatMap((n) => membersOf(view, n).edges));
      return { ...base, hulls, shared, alsoLit: new Set(hulls.flatMap((h) => h.members)), alsoLitEdges: litEdges };
    }
    case 'BROKEN_CHAIN': {
      const path = new Set(namedEdges.map((e) => e.id));
      const breaks = new Set(namedEdges.filter(isBreak).map((e) => e.id));
      if (breaks.size === 0) {
        // Nothing on the path is broken, so the chain stops short: the next step is what is missing.
        const actors = shownSubjects.filter((id) => byId.get(id)?.type === 'ACTOR');
        const sources = new Set(namedEdges.filter((e) => e.type === 'REFERS_TO').map((e) => e.source));
        const sinks = actors.filter((id) => !sources.has(id) && (namedEdges.length === 0 || namedEdges.some((e) => e.target === id)));
        const ends = sinks.length > 0 ? sinks : actors.slice(0, 1);
        addGhost(words.nextStep(), ends.slice(0, 3));
      }
      return { ...base, path, breaks, ghosts, ghostEdges };
    }
    case 'UNCONNECTED_ACTOR': {
      const actors = shownSubjects.filter((id) => byId.get(id)?.type === 'ACTOR');
      const label = finding.rule.includes('route') ? words.nextStep() : words.noNetwork();
      addGhost(label, actors.slice(0, 1));
      return { ...base, ghosts, ghostEdges };
    }
    case 'COVERAGE_GAP': {
      const areas = finding.subjects.nodes;
      const inArea = view.nodes.filter((n) => n.type === 'ACTOR' && n.areaId !== null && areas.includes(n.areaId)).map((n) => n.id);
      const hulls: Hull[] = inArea.length ? [{ id: `hull:area:${areas[0] ?? ''}`, tone: 'area', members: inArea }] : [];
      // The ghost stands beside the municipality's best-connected actor: no one there reaches the group.
      const anchor = [...inArea].sort((a, b) => degreeIn(view, b) - degreeIn(view, a))[0];
      if (anchor) addGhost(words.uncovered(areaName(areas[0] ?? '')), [anchor]);
      return { ...base, hulls, ghosts, ghostEdges, alsoLit: new Set(inArea) };
    }
    case 'FRAGILITY': {
      const [holder, ...rest] = shownSubjects;
      const breaks = new Set(namedEdges.filter((e) => e.type !== 'SITS_IN').map((e) => e.id));
      const marks: NodeMark[] = holder === undefined ? [] : [{ node: holder, text: rest.length > 0 ? words.holds(rest.length) : words.fragile() }];
      const cutOff = rest.filter((id) => byId.get(id)?.type !== 'NETWORK' || finding.rule.includes('cut-vertex'));
      const hulls: Hull[] = cutOff.length > 0 && breaks.size === 0 ? [{ id: `hull:cut:${holder ?? ''}`, tone: 'cut', members: cutOff }] : [];
      return { ...base, marks, hulls, breaks, path: new Set(namedEdges.map((e) => e.id)) };
    }
    case 'SUGGESTED_LINK': {
      const [a, b] = shownSubjects;
      if (a !== undefined && b !== undefined) ghostEdges.push({ id: `ghost:${finding.id}:link`, source: a, target: b, label: words.suggested() });
      return { ...base, ghostEdges };
    }
    case 'BROKER': {
      const [node] = shownSubjects;
      return { ...base, marks: node === undefined ? [] : [{ node, text: words.broker(degreeIn(view, node)) }] };
    }
    case 'STALE_FACT':
      return { ...base, marks: shownSubjects.slice(0, 1).map((node) => ({ node, text: words.stale() })) };
    default:
      return base;
  }
}

function degreeIn(view: View, id: string): number {
  let d = 0;
  for (const e of view.edges) if (e.source === id || e.target === id) d++;
  return d;
}

/** Several findings drawn at once (the report's map): their ghosts, paths and marks together, hulls of the first two. */
export function mergeOverlays(overlays: readonly GapOverlay[]): GapOverlay | null {
  if (overlays.length === 0) return null;
  const union = <T>(pick: (o: GapOverlay) => ReadonlySet<T>) => new Set(overlays.flatMap((o) => [...pick(o)]));
  return {
    findingId: overlays.map((o) => o.findingId).join('+'),
    kind: 'MANY',
    ghosts: overlays.flatMap((o) => o.ghosts),
    ghostEdges: overlays.flatMap((o) => o.ghostEdges),
    hulls: overlays.flatMap((o) => o.hulls).slice(0, 2),
    shared: union((o) => o.shared),
    path: union((o) => o.path),
    breaks: union((o) => o.breaks),
    marks: overlays.flatMap((o) => o.marks),
    alsoLit: union((o) => o.alsoLit),
    alsoLitEdges: union((o) => o.alsoLitEdges),
  };
}
