import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { metaSchema, NODE_ID_PATTERN, nodePropsSchemas, REL_ENDPOINTS, REL_ID_PATTERN, relPropsSchemas } from '../domain/model.js';
import { NODE_LABELS } from '../domain/vocabulary.js';
import { planImport } from '../import/csv-import.js';
import { MapSnapshot } from '../readmodel/snapshot.js';
import type { StoredGraph, StoredProps } from '../store/graph-store.js';
import { COUNTIES } from './catalogue.js';
import { generateNationalMap, mapCounts, writeTemplateCsv } from './national-map.js';

const idOf = (x: { props: StoredProps }) => String(x.props['id']);
const actorsOf = (g: StoredGraph) => g.nodes.filter((n) => n.label === 'Actor');

/** Every record against the model, with schemas built once (as fromStored does, but fast at 100k records). */
function modelViolations(g: StoredGraph): string[] {
  const bad: string[] = [];
  const metaKeys = ['id', ...Object.keys(metaSchema.shape)];
  const nodeSchemas = new Map(NODE_LABELS.map((l) => [l, metaSchema.extend(nodePropsSchemas[l].shape)] as const));
  const labelOf = new Map<string, string>();
  const ids = new Set<string>();
  for (const n of g.nodes) {
    const id = idOf(n);
    if (!NODE_ID_PATTERN.test(id)) bad.push(`node id ${id}`);
    if (ids.has(id)) bad.push(`duplicate id ${id}`);
    ids.add(id);
    labelOf.set(id, n.label);
    const keys = [...metaKeys, ...Object.keys(nodePropsSchemas[n.label].shape)].sort();
    if (JSON.stringify(Object.keys(n.props).sort()) !== JSON.stringify(keys)) bad.push(`${id}: keys ${Object.keys(n.props).join(',')}`);
    const parsed = nodeSchemas.get(n.label)?.safeParse(n.props);
    if (!parsed?.success) bad.push(`${id}: ${parsed?.error.message}`);
    // Nothing the schema would trim or turn into null: the stored value is already the clean one.
    else if (Object.entries(parsed.data).some(([k, v]) => JSON.stringify(v) !== JSON.stringify(n.props[k]))) bad.push(`${id}: not normalised`);
  }
  const relSchemas = new Map(Object.entries(relPropsSchemas).map(([t, s]) => [t, metaSchema.extend(s.shape)] as const));
  for (const r of g.rels) {
    const id = idOf(r);
    if (!REL_ID_PATTERN.test(id)) bad.push(`rel id ${id}`);
    if (ids.has(id)) bad.push(`duplicate id ${id}`);
    ids.add(id);
    const keys = [...metaKeys, ...Object.keys(relPropsSchemas[r.type].shape)].sort();
    if (JSON.stringify(Object.keys(r.props).sort()) !== JSON.stringify(keys)) bad.push(`${id}: keys`);
    if (!relSchemas.get(r.type)?.safeParse(r.props).success) bad.push(`${id}: props`);
    const pair = [labelOf.get(r.from), labelOf.get(r.to)];
    if (!REL_ENDPOINTS[r.type].some(([a, b]) => a === pair[0] && b === pair[1])) bad.push(`${id}: ${pair.join(' → ')}`);
    if (r.type === 'REFERS_TO' && r.props['routineId'] !== null && labelOf.get(String(r.props['routineId'])) !== 'Routine') bad.push(`${id}: routine`);
  }
  return bad;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string, value: (item: T) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    const k = key(item);
    const set = out.get(k) ?? new Set<string>();
    set.add(value(item));
    out.set(k, set);
  }
  return out;
}

describe('generateNationalMap: determinism and scale', () => {
  it('gives byte-identical output for the same seed, and a different map for another seed', () => {
    const a = JSON.stringify(generateNationalMap({ seed: 7, scale: 0.1 }));
    const b = JSON.stringify(generateNationalMap({ seed: 7, scale: 0.1 }));
    const c = JSON.stringify(generateNationalMap({ seed: 8, scale: 0.1 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('refuses a scale outside (0, 4]', () => {
    expect(() => generateNationalMap({ seed: 1, scale: 0 })).toThrow(/scale/);
    expect(() => generateNationalMap({ seed: 1, scale: 5 })).toThrow(/scale/);
  });

  it('shrinks proportionally at scale 0.02: one county, six municipalities, a few hundred actors', () => {
    const g = generateNationalMap({ seed: 42, scale: 0.02 });
    const areas = g.nodes.filter((n) => n.label === 'Area');
    expect(areas.filter((a) => a.props['type'] === 'COUNTY')).toHaveLength(1);
    expect(areas.filter((a) => a.props['type'] === 'MUNICIPALITY')).toHaveLength(6);
    const counts = mapCounts(g);
    // Proportional to the national targets (15,000 / 3,000 / 100,000 × 0.02), give or take the
    // county and national bodies every map has.
    expect(counts.nodes.Actor).toBeGreaterThan(300 * 0.75);
    expect(counts.nodes.Actor).toBeLessThan(300 * 1.45);
    expect(counts.nodes.Network).toBeGreaterThan(60 * 0.75);
    expect(counts.nodes.Network).toBeLessThan(60 * 1.45);
    expect(counts.totalRels).toBeGreaterThan(2000 * 0.75);
    expect(counts.totalRels).toBeLessThan(2000 * 1.45);
    expect(MapSnapshot.fromStored(g).problems).toEqual([]);
  });

  it('fits the model at scale 0.1 as the read model sees it (MapSnapshot.fromStored)', () => {
    const g = generateNationalMap({ seed: 3, scale: 0.1 });
    const snapshot = MapSnapshot.fromStored(g);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.nodes.size).toBe(g.nodes.length);
    expect(snapshot.rels.size).toBe(g.rels.length);
  });
});

describe('generateNationalMap at scale 1 (all Sweden)', () => {
  // Generation takes about half a second here; the repository's tests never time things (the
  // machines are shared), so `scripts/synthetic-map.ts` prints the time instead.
  let g: StoredGraph;
  beforeAll(() => {
    g = generateNationalMap({ seed: 42 });
  });

  it('hits the national targets: 21 counties, 290 municipalities, ~15,000 actors, ~3,000 networks, ~100,000 relationships', () => {
    const counts = mapCounts(g);
    const areas = g.nodes.filter((n) => n.label === 'Area');
    expect(areas.filter((a) => a.props['type'] === 'NATION')).toHaveLength(1);
    expect(areas.filter((a) => a.props['type'] === 'COUNTY').map((a) => a.props['name'])).toEqual(COUNTIES.map((c) => c.name));
    expect(areas.filter((a) => a.props['type'] === 'MUNICIPALITY')).toHaveLength(290);
    expect(counts.nodes.Actor).toBeGreaterThanOrEqual(14_250);
    expect(counts.nodes.Actor).toBeLessThanOrEqual(15_750);
    expect(counts.nodes.Network).toBeGreaterThanOrEqual(2_850);
    expect(counts.nodes.Network).toBeLessThanOrEqual(3_150);
    expect(counts.totalRels).toBeGreaterThanOrEqual(95_000);
    expect(counts.totalRels).toBeLessThanOrEqual(110_000);
  });

  it('is the same map when generated again', () => {
    expect(JSON.stringify(generateNationalMap({ seed: 42, scale: 1 }))).toBe(JSON.stringify(g));
  });

  it('satisfies the model: ids, every property, endpoint labels, routine references', () => {
    expect(modelViolations(g)).toEqual([]);
    expect(new Set(g.nodes.map((n) => n.props['source']))).toEqual(new Set(['synthetic']));
    const verified = g.nodes.map((n) => n.props['lastVerifiedAt']).filter((d): d is string => typeof d === 'string').sort();
    expect(verified[0]! >= '2023-01-01' && verified.at(-1)! <= '2026-10-31').toBe(true);
    expect(g.nodes.some((n) => n.props['lastVerifiedAt'] === null)).toBe(true);
  });

  it('puts every actor and network in an area, and every area but the nation within its parent', () => {
    const located = new Set(g.rels.filter((r) => r.type === 'LOCATED_IN').map((r) => r.from));
    expect(g.nodes.filter((n) => (n.label === 'Actor' || n.label === 'Network') && !located.has(idOf(n)))).toEqual([]);
    const within = new Set(g.rels.filter((r) => r.type === 'WITHIN').map((r) => r.from));
    expect(g.nodes.filter((n) => n.label === 'Area' && n.props['type'] !== 'NATION' && !within.has(idOf(n)))).toEqual([]);
  });

  it('has the gaps the analysis looks for', () => {
    const members = groupBy(g.rels.filter((r) => r.type === 'MEMBER_OF'), (r) => r.to, (r) => r.from);
    const areaOf = new Map(g.rels.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]));
    const parentOf = new Map(g.rels.filter((r) => r.type === 'WITHIN').map((r) => [r.from, r.to]));
    const municipalities = g.nodes.filter((n) => n.props['type'] === 'MUNICIPALITY').map(idOf);
    // County networks for parental support that lack some of the county's municipalities (but not most).
    const parentalSupport = g.nodes.filter((n) => idOf(n).endsWith('-lansnatverk-foraldraskapsstod')).map((n) => {
      const county = areaOf.get(idOf(n));
      const represented = new Set([...(members.get(idOf(n)) ?? [])].map((a) => areaOf.get(a)));
      const inCounty = municipalities.filter((m) => parentOf.get(m) === county);
      return inCounty.filter((m) => !represented.has(m)).length / inCounty.length;
    });
    expect(parentalSupport).toHaveLength(21);
    expect(parentalSupport.filter((missing) => missing > 0).length).toBeGreaterThan(10);
    expect(parentalSupport.every((missing) => missing < 0.6)).toBe(true);
    // A person in five or more networks.
    const seats = new Map<string, number>();
    for (const r of g.rels) if (r.type === 'SITS_IN') seats.set(r.from, (seats.get(r.from) ?? 0) + 1);
    expect(Math.max(...seats.values())).toBeGreaterThanOrEqual(5);
    // A first-line actor with no outgoing referral, and a broken referral.
    const referring = new Set(g.rels.filter((r) => r.type === 'REFERS_TO').map((r) => r.from));
    expect(actorsOf(g).some((a) => a.props['firstLine'] === true && !referring.has(idOf(a)))).toBe(true);
    expect(g.rels.some((r) => r.type === 'REFERS_TO' && r.props['status'] === 'BROKEN')).toBe(true);
    // Two networks in the same area sharing most of their members (Jaccard ≥ 0.7).
    const byArea = groupBy(members.keys(), (network) => areaOf.get(network) ?? '', (network) => network);
    const jaccard = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    const duplicate = [...byArea.values()].map((set) => [...set]).some((ids) =>
      ids.some((x, i) => ids.slice(i + 1).some((y) => jaccard(members.get(x)!, members.get(y)!) >= 0.7)));
    expect(duplicate).toBe(true);
    // Private and civil-society actors in no network at all; a local HRV network without police.
    expect(actorsOf(g).some((a) => a.props['sector'] === 'PRIVATE' && !g.rels.some((r) => r.type === 'MEMBER_OF' && r.from === idOf(a)))).toBe(true);
    const kindOf = new Map(actorsOf(g).map((a) => [idOf(a), a.props['kind']]));
    const hrv = [...members].filter(([id]) => id.endsWith('-vald-hrv'));
    expect(hrv.some(([, m]) => ![...m].some((a) => kindOf.get(a) === 'POLICE'))).toBe(true);
    expect(hrv.some(([, m]) => ![...m].some((a) => kindOf.get(a) === 'PRESCHOOL'))).toBe(true);
  });
});

describe('writeTemplateCsv', () => {
  it('round-trips through the real importer at scale 0.01 with no errors', () => {
    const g = generateNationalMap({ seed: 11, scale: 0.01 });
    const dir = mkdtempSync(join(tmpdir(), 'aktorskartan-synthetic-'));
    try {
      writeTemplateCsv(g, dir);
      const files = readdirSync(dir).sort().map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
      expect(files.map((f) => f.name)).toEqual([
        'actors.csv', 'areas.csv', 'memberships.csv', 'networks.csv', 'offers.csv', 'persons.csv', 'programmes.csv',
        'referrals.csv', 'routines.csv', 'seats.csv', 'topics.csv',
      ]);
      const plan = planImport(new MapSnapshot(0, [], []), files);
      expect(plan.errors).toEqual([]);
      const counts = mapCounts(g);
      const created = Object.fromEntries(plan.counts.map((c) => [c.file, c.created]));
      expect(created).toEqual({
        'areas.csv': counts.nodes.Area, 'topics.csv': counts.nodes.Topic, 'programmes.csv': counts.nodes.Programme,
        'actors.csv': counts.nodes.Actor, 'networks.csv': counts.nodes.Network, 'routines.csv': counts.nodes.Routine,
        'persons.csv': counts.nodes.Person, 'memberships.csv': counts.rels.MEMBER_OF, 'referrals.csv': counts.rels.REFERS_TO,
        'offers.csv': counts.rels.OFFERS, 'seats.csv': counts.rels.SITS_IN,
      });
      // The planned writes are the graph: same ids, same properties (less what the store stamps).
      const stamped = new Set(['id', 'version', 'createdAt', 'updatedAt']);
      const strip = (p: StoredProps) => Object.fromEntries(Object.entries(p).filter(([k]) => !stamped.has(k)));
      const planned = new Map(plan.ops.flatMap((op) => (op.op === 'upsertNode' || op.op === 'upsertRel' ? [[op.id, op] as const] : [])));
      expect(planned.size).toBe(g.nodes.length + g.rels.length);
      for (const n of g.nodes) {
        const op = planned.get(idOf(n));
        expect(op?.op === 'upsertNode' && op.label === n.label ? strip(op.props) : null, idOf(n)).toEqual(strip(n.props));
      }
      for (const r of g.rels) {
        const op = planned.get(idOf(r));
        const got = op?.op === 'upsertRel' ? { type: op.type, from: op.from, to: op.to, props: strip(op.props) } : null;
        expect(got, idOf(r)).toEqual({ type: r.type, from: r.from, to: r.to, props: strip(r.props) });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
