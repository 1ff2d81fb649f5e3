/**
 * A synthetic actor map of all Sweden, for load tests and gap-analysis development: one nation,
 * 21 counties (real names), 290 municipalities (generated names), about 15,000 actors, 3,000
 * networks and 100,000 relationships at scale 1. Deterministic: the same seed and scale give the
 * same graph, byte for byte (a seeded PRNG; no clock, no Math.random).
 *
 * The structure follows the TryggVäxt and Jämtland 2024 reports, so the findings have something
 * to find: county networks missing municipalities, local HRV networks without the police or the
 * preschool, duplicated networks, persons in many networks, first-line actors with no route to
 * specialised support, informal, broken and cross-border referrals, missing routines, civil
 * society and private actors in no network at all.
 */
import { slugify } from '../domain/link-columns.js';
import type { NodeLabel, RelationshipType } from '../domain/vocabulary.js';
import type { StoredGraph } from '../store/graph-store.js';
import { countyActors, nationalActors, type CountyActors } from './actors.js';
import { GraphBuilder } from './builder.js';
import { COUNTIES, municipalityNames, PROGRAMMES, TOPICS, type CountySpec } from './catalogue.js';
import { municipalityActors, type Municipality, type Size } from './municipality.js';
import type { NetworkRecord } from './networks.js';
import { localNetworks } from './networks-local.js';
import { countyNetworks, nationalNetworks } from './networks-regional.js';
import { seatPersons } from './persons.js';
import { Rng } from './prng.js';
import { countyReferrals, municipalReferrals, ReferralWriter } from './referrals.js';
import { countyOffers, countyRoutines, municipalOffers, municipalRoutines } from './routines.js';

export { templateCsvFiles, writeTemplateCsv, type TemplateFile } from './template-csv.js';

export interface NationalMapOptions {
  readonly seed: number;
  /** 1 (the default) is all Sweden; 0.02 is about one county. At most 4. */
  readonly scale?: number;
}

export const NATION_ID = 'sverige';

interface CountyPlan {
  readonly spec: CountySpec;
  readonly municipalities: number;
}

/** Which counties, and how many municipalities in each, for a scale. */
function planCounties(rng: Rng, scale: number): CountyPlan[] {
  if (scale === 1) return COUNTIES.map((spec) => ({ spec, municipalities: spec.municipalities }));
  const total = COUNTIES.reduce((n, c) => n + c.municipalities, 0);
  const m = Math.max(1, Math.round(total * scale));
  const c = Math.min(COUNTIES.length, m, Math.max(1, Math.round(COUNTIES.length * scale)));
  const chosen = new Set(rng.sample(COUNTIES, c));
  const counties = COUNTIES.filter((x) => chosen.has(x));
  const weight = counties.reduce((n, x) => n + x.municipalities, 0);
  // Largest remainder, at least one municipality per county.
  const exact = counties.map((x) => 1 + ((m - counties.length) * x.municipalities) / weight);
  const counts = exact.map(Math.floor);
  let left = m - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counties.map((spec, i) => ({ spec, municipalities: counts[i] ?? 1 }));
}

export function generateNationalMap(options: NationalMapOptions): StoredGraph {
  const { seed } = options;
  const scale = options.scale ?? 1;
  if (!Number.isFinite(seed)) throw new Error('seed must be a finite number');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) throw new Error('scale must be in (0, 4]');
  const b = new GraphBuilder(seed);
  const layout = Rng.stream(seed, 'layout');
  const actorRng = Rng.stream(seed, 'actors');
  const networkRng = Rng.stream(seed, 'networks');

  for (const [id, name, description] of TOPICS) b.node('Topic', id, { name, description });
  for (const [id, name, description] of PROGRAMMES) b.node('Programme', id, { name, description });

  b.node('Area', NATION_ID, { name: 'Sverige', type: 'NATION' });
  const plan = planCounties(layout, scale);
  const reserved = new Set(COUNTIES.map((c) => slugify(c.short)));
  const names = municipalityNames(layout, plan.reduce((n, p) => n + p.municipalities, 0), reserved);
  const nation = nationalActors(b, actorRng, NATION_ID);

  const counties: { actors: CountyActors; area: string; spec: CountySpec; municipalities: Municipality[] }[] = [];
  let nameIndex = 0;
  for (const { spec, municipalities } of plan) {
    const area = b.node('Area', slugify(spec.name), { name: spec.name, type: 'COUNTY' });
    b.link('WITHIN', area, NATION_ID);
    const actors = countyActors(b, actorRng, spec, area);
    const ms: Municipality[] = [];
    for (let i = 0; i < municipalities; i++) {
      const name = names[nameIndex++] ?? `Kommun ${nameIndex}`;
      const id = b.node('Area', slugify(name), { name, type: 'MUNICIPALITY' });
      b.link('WITHIN', id, area);
      const size: Size = i === 0 ? 'large' : layout.weighted<Size>([['small', 55], ['medium', 33], ['large', 12]]);
      ms.push(municipalityActors(b, actorRng, nation, actors, area, id, name, size));
    }
    counties.push({ actors, area, spec, municipalities: ms });
  }

  const networks: NetworkRecord[] = [];
  for (const county of counties) {
    for (const m of county.municipalities) networks.push(...localNetworks(b, networkRng, m));
    networks.push(...countyNetworks(b, networkRng, county.actors, county.area, county.spec.name, county.municipalities));
  }
  networks.push(...nationalNetworks(b, networkRng, nation, counties.map((c) => c.actors)));

  const parentOf = new Map(b.rels.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to]));
  const alwaysSeated = new Set(counties.flatMap((c) => [c.actors.coordinator, ...c.municipalities.map((m) => m.coordinator)]));
  seatPersons(b, Rng.stream(seed, 'persons'), networks, { alwaysSeated, parentOf });

  const routineRng = Rng.stream(seed, 'routines');
  const referralRng = Rng.stream(seed, 'referrals');
  const writer = new ReferralWriter(b, referralRng);
  for (const county of counties) {
    const cr = countyRoutines(b, routineRng, county.actors, county.spec.name);
    county.municipalities.forEach((m, i, ms) => {
      const mr = municipalRoutines(b, routineRng, m);
      const neighbour = ms.length > 1 ? ms[(i + 1) % ms.length] ?? null : null;
      municipalReferrals(writer, referralRng, m, neighbour, mr, cr);
      municipalOffers(b, routineRng, m);
    });
    countyReferrals(writer, referralRng, county.actors, county.municipalities, cr);
    countyOffers(b, routineRng, county.actors);
  }
  return b.graph();
}

export interface MapCounts {
  readonly nodes: Partial<Record<NodeLabel, number>>;
  readonly rels: Partial<Record<RelationshipType, number>>;
  readonly totalNodes: number;
  readonly totalRels: number;
}

export function mapCounts(graph: StoredGraph): MapCounts {
  const nodes: Partial<Record<NodeLabel, number>> = {};
  const rels: Partial<Record<RelationshipType, number>> = {};
  for (const n of graph.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  for (const r of graph.rels) rels[r.type] = (rels[r.type] ?? 0) + 1;
  return { nodes, rels, totalNodes: graph.nodes.length, totalRels: graph.rels.length };
}
