/**
 * Bad-input fuzz of every mutation: thousands of generated malformed and hostile inputs (wrong
 * types, huge strings, control characters, unicode oddities, Cypher-looking text, unknown and
 * malformed ids, self-references and cycles, stale versions, enum values outside the vocabulary)
 * against one real server. Every answer must keep the error contract (support.ts: checkAnswer),
 * valid inputs must give valid results, and after each property the map's invariants must hold.
 *
 * Bugs this fuzzing found are kept at the end as regression tests.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../src/domain/vocabulary.js';
import * as v from '../../src/domain/vocabulary.js';
import type { TestServer } from '../support/harness.js';
import {
  forgetLogs, badId, CaseCounter, checkAnswer, checkInvariants, codes, dateish, describeRequest, enumish, expectThat,
  FORBIDDEN_CONTROL, hostileString, params, post, send, startFuzzServer, stored, stringish, validText, wrongScalar, wrongType, type Answer,
} from './support.js';

const counter = new CaseCounter();
let server: TestServer;

beforeAll(async () => {
  server = await startFuzzServer();
});
beforeEach(() => {
  if (server) forgetLogs(server);
});
afterAll(async () => {
  console.log(counter.report('mutations.fuzz'));
  await server?.close();
});

// ─── Symbolic references, resolved against the map as it is when a case runs ──

/** A reference to something in the map (or not), resolved when the case runs. */
class Ref {
  constructor(
    readonly kind: 'node' | 'anyNode' | 'rel' | 'relOf' | 'unknown' | 'literal' | 'fresh',
    readonly label: NodeLabel | null,
    readonly pick: number,
    readonly literal: unknown = undefined,
  ) {}
  toString(): string {
    return `Ref(${this.kind}${this.label ? `:${this.label}` : ''}#${this.pick}${this.kind === 'literal' ? ` ${describeRequest(JSON.stringify(this.literal) ?? 'undefined')}` : ''})`;
  }
}

let freshIds = 0;
/** Ids made by the fuzz itself: only these are ever really deleted. */
const FRESH = 'fz-gen-';

interface Pools {
  nodes: { id: string; label: NodeLabel; version: number }[];
  rels: { id: string; type: string; version: number }[];
}
async function pools(): Promise<Pools> {
  const s = await server.service.snapshot();
  return {
    nodes: [...s.nodes.values()].map((n) => ({ id: n.id, label: n.label, version: n.version })),
    rels: [...s.rels.values()].map((r) => ({ id: r.id, type: r.type, version: r.version })),
  };
}

function resolveRef(ref: Ref, p: Pools): unknown {
  switch (ref.kind) {
    case 'node': {
      const of = p.nodes.filter((n) => n.label === ref.label);
      return of.length ? of[ref.pick % of.length]!.id : 'fz-nothing-here';
    }
    case 'anyNode':
      return p.nodes[ref.pick % p.nodes.length]!.id;
    case 'rel':
      return p.rels.length ? p.rels[ref.pick % p.rels.length]!.id : 'fz-no-rel';
    case 'relOf': {
      const types = ref.literal as readonly string[];
      const of = p.rels.filter((r) => types.includes(r.type));
      return of.length ? of[ref.pick % of.length]!.id : 'fz-no-rel';
    }
    case 'unknown':
      return `fz-unknown-${ref.pick}`;
    case 'fresh':
      return `${FRESH}${++freshIds}`;
    case 'literal':
      return ref.literal;
  }
}

/** Replaces every Ref in a generated value with what it points at now. */
function resolve(value: unknown, p: Pools): unknown {
  if (value instanceof Ref) return resolveRef(value, p);
  if (Array.isArray(value)) return value.map((x) => resolve(x, p));
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, resolve(x, p)]));
  }
  return value;
}

/** A reference where an id of `label` is expected: mostly right, sometimes wrong, unknown or malformed. */
const refTo = (label: NodeLabel): fc.Arbitrary<Ref> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.nat().map((n) => new Ref('node', label, n)) },
    { weight: 2, arbitrary: fc.nat().map((n) => new Ref('anyNode', null, n)) },
    { weight: 1, arbitrary: fc.nat().map((n) => new Ref('rel', null, n)) },
    { weight: 1, arbitrary: fc.nat({ max: 1000 }).map((n) => new Ref('unknown', null, n)) },
    { weight: 2, arbitrary: fc.oneof(badId, wrongType).map((x) => new Ref('literal', null, 0, x)) },
  );
const validRefTo = (label: NodeLabel) => fc.nat().map((n) => new Ref('node', label, n));

// ─── What each node type takes ────────────────────────────────────────────────

type FieldKind =
  | { t: 'name' } | { t: 'text'; max: number } | { t: 'enum'; values: readonly string[] } | { t: 'bool' }
  | { t: 'enumList'; values: readonly string[] } | { t: 'strList' } | { t: 'ref'; label: NodeLabel }
  | { t: 'refList'; label: NodeLabel } | { t: 'date' };

interface NodeSpec {
  readonly label: NodeLabel;
  readonly type: string;
  readonly nameField: 'name' | 'pseudonym';
  readonly required: readonly string[];
  readonly fields: Readonly<Record<string, FieldKind>>;
}

const meta = { lastVerifiedAt: { t: 'date' }, source: { t: 'text', max: 500 } } as const;
const NODE_SPECS: readonly NodeSpec[] = [
  {
    label: 'Actor', type: 'Actor', nameField: 'name', required: ['name', 'kind', 'sector', 'level'],
    fields: {
      name: { t: 'name' }, kind: { t: 'enum', values: v.ACTOR_KINDS }, sector: { t: 'enum', values: v.SECTORS }, level: { t: 'enum', values: v.LEVELS },
      description: { t: 'text', max: 4000 }, firstLine: { t: 'bool' }, preventionLevels: { t: 'enumList', values: v.PREVENTION_LEVELS },
      supportPhases: { t: 'enumList', values: v.SUPPORT_PHASES }, targetGroups: { t: 'strList' }, languages: { t: 'strList' },
      areaId: { t: 'ref', label: 'Area' }, partOfId: { t: 'ref', label: 'Actor' }, topicIds: { t: 'refList', label: 'Topic' }, ...meta,
    },
  },
  {
    label: 'Network', type: 'Network', nameField: 'name', required: ['name', 'kind', 'level', 'status'],
    fields: {
      name: { t: 'name' }, kind: { t: 'enum', values: v.NETWORK_KINDS }, level: { t: 'enum', values: v.LEVELS }, status: { t: 'enum', values: v.NETWORK_STATUSES },
      formal: { t: 'bool' }, purpose: { t: 'text', max: 4000 }, meetingRhythm: { t: 'text', max: 300 }, timeLimited: { t: 'bool' }, endsOn: { t: 'date' },
      description: { t: 'text', max: 4000 }, areaId: { t: 'ref', label: 'Area' }, convenerIds: { t: 'refList', label: 'Actor' }, topicIds: { t: 'refList', label: 'Topic' }, ...meta,
    },
  },
  {
    label: 'Person', type: 'Person', nameField: 'pseudonym', required: ['pseudonym'],
    fields: { pseudonym: { t: 'name' }, note: { t: 'text', max: 1000 }, representsIds: { t: 'refList', label: 'Actor' }, ...meta },
  },
  {
    label: 'Area', type: 'Area', nameField: 'name', required: ['name', 'type'],
    fields: { name: { t: 'name' }, type: { t: 'enum', values: v.AREA_TYPES }, parentId: { t: 'ref', label: 'Area' }, ...meta },
  },
  { label: 'Topic', type: 'Topic', nameField: 'name', required: ['name'], fields: { name: { t: 'name' }, description: { t: 'text', max: 4000 }, ...meta } },
  {
    label: 'Routine', type: 'Routine', nameField: 'name', required: ['name', 'kind', 'status'],
    fields: {
      name: { t: 'name' }, kind: { t: 'enum', values: v.ROUTINE_KINDS }, status: { t: 'enum', values: v.ROUTINE_STATUSES }, description: { t: 'text', max: 4000 },
      ownerIds: { t: 'refList', label: 'Actor' }, topicIds: { t: 'refList', label: 'Topic' }, ...meta,
    },
  },
  {
    label: 'Programme', type: 'Programme', nameField: 'name', required: ['name'],
    fields: { name: { t: 'name' }, description: { t: 'text', max: 4000 }, offeredByIds: { t: 'refList', label: 'Actor' }, ...meta },
  },
];

function validValue(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind.t) {
    case 'name': return validText;
    case 'text': return fc.option(validText, { nil: null });
    case 'enum': return fc.constantFrom(...kind.values);
    case 'bool': return fc.boolean();
    case 'enumList': return fc.subarray([...kind.values]);
    case 'strList': return fc.array(validText, { maxLength: 3 });
    case 'ref': return fc.option(validRefTo(kind.label), { nil: null });
    case 'refList': return fc.array(validRefTo(kind.label), { maxLength: 3 });
    case 'date': return fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });
  }
}

/** `arbitrary` in `inTen` cases out of ten, otherwise `otherwise`. */
function sometimes<T>(inTen: number, arbitrary: fc.Arbitrary<T>, otherwise: T): fc.Arbitrary<T> {
  return fc.oneof({ weight: inTen, arbitrary }, { weight: 10 - inTen, arbitrary: fc.constant(otherwise) });
}

/** A reference of the right GraphQL type (a string id): right, wrong, unknown or malformed. */
const typedRefTo = (label: NodeLabel): fc.Arbitrary<Ref> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.nat().map((n) => new Ref('node', label, n)) },
    { weight: 2, arbitrary: fc.nat().map((n) => new Ref('anyNode', null, n)) },
    { weight: 1, arbitrary: fc.nat().map((n) => new Ref('rel', null, n)) },
    { weight: 1, arbitrary: fc.nat({ max: 1000 }).map((n) => new Ref('unknown', null, n)) },
    { weight: 2, arbitrary: badId.map((x) => new Ref('literal', null, 0, x)) },
  );

/** A value GraphQL lets through (the right type) that the map should still refuse or survive. */
function typedHostileValue(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind.t) {
    case 'name':
    case 'text': return fc.oneof(hostileString, fc.constant(null));
    case 'enum': return fc.constantFrom(...kind.values);
    case 'bool': return fc.oneof(fc.boolean(), fc.constant(null));
    case 'enumList': return fc.oneof(fc.subarray([...kind.values]), fc.array(fc.constantFrom(...kind.values), { maxLength: 8 }), fc.constant(Array(101).fill(kind.values[0])), fc.constant(null));
    case 'strList': return fc.oneof(fc.array(hostileString, { maxLength: 5 }), fc.constant(Array.from({ length: 101 }, (_, i) => `grupp ${i}`)), fc.constant(null));
    case 'ref': return fc.oneof(typedRefTo(kind.label), fc.constant(null));
    case 'refList': return fc.oneof(
      fc.array(typedRefTo(kind.label), { maxLength: 6 }),
      fc.integer({ min: 101, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => new Ref('node', kind.label, i))),
      fc.constant(null),
    );
    case 'date': return fc.oneof(dateish.filter((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))), fc.constant(null));
  }
}

/** A value of the wrong GraphQL type, or an enum value outside the vocabulary. */
function wrongTypedValue(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind.t) {
    case 'name':
    case 'text': return fc.oneof(wrongType.filter((x) => typeof x !== 'string'), fc.integer());
    case 'enum': return enumish(kind.values);
    case 'bool': return fc.oneof(wrongType, fc.constantFrom('true', 'ja', 1, 0));
    // Few enough values outside the vocabulary to stay under 50 errors: more trips a known bug (BUG test at the end).
    case 'enumList': return fc.oneof(fc.array(enumish(kind.values), { maxLength: 5 }), wrongScalar, fc.constant(Array(20).fill('NOPE')));
    case 'strList': return fc.oneof(fc.array(stringish, { maxLength: 5 }), wrongScalar);
    case 'ref': return refTo(kind.label);
    case 'refList': return fc.oneof(fc.array(refTo(kind.label), { maxLength: 6 }), wrongType);
    case 'date': return dateish;
  }
}

/** Mostly a value of the right type with hostile content; sometimes the wrong type. */
const hostileValue = (kind: FieldKind): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 9, arbitrary: typedHostileValue(kind) }, { weight: 1, arbitrary: wrongTypedValue(kind) });

/** Field values for relationship inputs: mostly the right type with hostile content, sometimes not. */
const rarelyWrong = <T, U>(typed: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: wrong });
const h = {
  enum: (values: readonly string[]) => rarelyWrong(fc.constantFrom(...values), enumish(values)),
  date: rarelyWrong(typedHostileValue({ t: 'date' }), dateish),
  str: rarelyWrong(fc.oneof(hostileString, fc.constant(null)), wrongType),
  ref: (label: NodeLabel) => rarelyWrong(typedRefTo(label), refTo(label)),
};

/** An input for a node: valid fields, some replaced with hostile ones, some required ones dropped. */
function nodeInput(spec: NodeSpec, withId: boolean): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(spec.fields);
  const valid = fc.record(Object.fromEntries(entries.map(([k, kind]) => [k, validValue(kind)])), { requiredKeys: [...spec.required] });
  const typed = fc.record(Object.fromEntries(entries.map(([k, kind]) => [k, typedHostileValue(kind)])), { requiredKeys: [] });
  const wrong = fc.record(Object.fromEntries(entries.map(([k, kind]) => [k, wrongTypedValue(kind)])), { requiredKeys: [] });
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constant(new Ref('fresh', null, 0)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.nat().map((n) => new Ref('anyNode', null, n)) },
    { weight: 2, arbitrary: badId },
  );
  return fc
    .record({
      valid,
      typed: sometimes(8, typed, {}),
      wrong: sometimes(1, wrong, {}),
      drop: sometimes(1, fc.subarray([...spec.required], { minLength: 1 }), []),
      extra: sometimes(1, fc.dictionary(fc.constantFrom('unknownField', '__proto__', 'version', 'createdAt', 'label', 'id2'), wrongType, { minKeys: 1, maxKeys: 2 }), {}),
      id: withId ? id : fc.constant(undefined),
    })
    .map(({ valid, typed, wrong, drop, extra, id }) => {
      const input: Record<string, unknown> = { ...valid, ...typed, ...wrong, ...extra };
      for (const key of drop) delete input[key];
      if (id !== undefined) input['id'] = id;
      return input;
    });
}

/** Whether the map must refuse a (GraphQL-valid) input because one of its texts is unacceptable. */
function textMustBeRefused(spec: NodeSpec, input: Record<string, unknown>): string | null {
  for (const [key, kind] of Object.entries(spec.fields)) {
    const value = input[key];
    if (typeof value !== 'string') continue;
    const max = kind.t === 'name' ? 300 : kind.t === 'text' ? kind.max : null;
    if (max === null) continue;
    const trimmed = value.trim();
    if (FORBIDDEN_CONTROL.test(trimmed)) return `${key} holds control characters`;
    if (trimmed.length > max) return `${key} is longer than ${max}`;
    if (kind.t === 'name' && trimmed === '') return `${key} is empty`;
  }
  return null;
}

const selection = (spec: NodeSpec) => `id version __typename ${spec.nameField}`;

/** Runs one property with its share of cases (times FUZZ_SCALE) and the shared seed. */
async function run<Ts extends unknown[]>(property: fc.IAsyncPropertyWithHooks<Ts>, numRuns: number): Promise<void> {
  await fc.assert(property, params(numRuns));
}

// ─── Properties ──────────────────────────────────────────────────────────────

describe('node mutations under hostile input', () => {
  it('create…: hostile fields never break the contract; accepted input is stored as given', async () => {
    const cases = fc.constantFrom(...NODE_SPECS).chain((spec) => fc.tuple(fc.constant(spec), nodeInput(spec, true)));
    await run(fc.asyncProperty(cases, async ([spec, generated]) => {
      counter.hit('create<Node> with hostile fields');
      const p = await pools();
      const input = resolve(generated, p) as Record<string, unknown>;
      const query = `mutation($input: ${spec.type}Input!) { create${spec.type}(input: $input) { ${selection(spec)} } }`;
      const answer = await send(server, query, { input });
      counter.answer('create<Node> with hostile fields', answer);
      if (answer.status !== 200) return;
      const created = answer.body.data?.[`create${spec.type}`] as Record<string, unknown> | null | undefined;
      const refuse = textMustBeRefused(spec, input);
      if (refuse) expectThat(!created, `accepted although ${refuse}`, answer, input);
      if (created) {
        expectThat(/^[a-z0-9][a-z0-9-]{0,99}$/.test(String(created['id'])), 'created with an id outside the pattern', answer, input);
        expectThat(created['version'] === 1 && created['__typename'] === spec.type, 'a new node has version 1 and its type', answer, input);
        const name = input[spec.nameField];
        expectThat(typeof name === 'string' && created[spec.nameField] === stored(name), 'the name came back changed', answer, input);
        expectThat(!p.nodes.some((n) => n.id === created['id']), 'created over an existing id', answer, input);
      } else {
        expectThat(answer.body.errors!.length > 0, 'no data and no error', answer, input);
      }
    }), 400);
    await checkInvariants(server);
  });

  it('create…: valid input is accepted, reads back the same, and a second create with its id is a CONFLICT', async () => {
    const cases = fc.constantFrom(...NODE_SPECS).chain((spec) =>
      fc.tuple(fc.constant(spec), fc.record(Object.fromEntries(Object.entries(spec.fields).map(([k, kind]) => [k, validValue(kind)])), { requiredKeys: [...spec.required] })));
    await run(fc.asyncProperty(cases, async ([spec, generated]) => {
      counter.hit('create<Node> with valid input (round trip)');
      const p = await pools();
      const input: Record<string, unknown> = { ...(resolve(generated, p) as Record<string, unknown>), id: `${FRESH}${++freshIds}` };
      const query = `mutation($input: ${spec.type}Input!) { create${spec.type}(input: $input) { ${selection(spec)} lastVerifiedAt source } }`;
      const answer = await send(server, query, { input });
      counter.answer('create<Node> with valid input (round trip)', answer);
      expectThat(!answer.body.errors, 'valid input was refused', answer, input);
      const created = answer.body.data![`create${spec.type}`] as Record<string, unknown>;
      expectThat(created['id'] === input['id'] && created[spec.nameField] === stored(String(input[spec.nameField])), 'valid input came back changed', answer, input);
      expectThat((created['lastVerifiedAt'] ?? null) === (input['lastVerifiedAt'] ?? null), 'lastVerifiedAt came back changed', answer, input);
      const read = await send(server, `query($id: ID!) { node(id: $id) { ... on ${spec.type} { ${selection(spec)} } } }`, { id: input['id'] });
      expectThat(JSON.stringify(read.body.data?.['node']) === JSON.stringify({ id: created['id'], version: 1, __typename: spec.type, [spec.nameField]: created[spec.nameField] }), 'reading it back differs', read, input);
      const again = await send(server, query, { input });
      expectThat(codes(again).join() === 'CONFLICT', 'creating the same id twice is not a CONFLICT', again, input);
    }), 100);
    await checkInvariants(server);
  });

  it('update…: hostile patches, unknown and malformed ids, stale and odd versions', async () => {
    const version = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('current', 'current', 'stale', 'future') },
      { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1) },
      { weight: 1, arbitrary: fc.constantFrom(2 ** 31, 1.5, '1', null) },
    );
    const cases = fc.constantFrom(...NODE_SPECS).chain((spec) =>
      fc.tuple(
        fc.constant(spec),
        fc.oneof({ weight: 6, arbitrary: fc.nat().map((n) => new Ref('node', spec.label, n)) }, { weight: 2, arbitrary: refTo(spec.label) }),
        version,
        fc.record({
          patch: fc.record(Object.fromEntries(Object.entries(spec.fields).map(([k, kind]) => [k, fc.oneof(validValue(kind), typedHostileValue(kind))])), { requiredKeys: [] }),
          wrong: sometimes(1, fc.record(Object.fromEntries(Object.entries(spec.fields).map(([k, kind]) => [k, wrongTypedValue(kind)])), { requiredKeys: [] }), {}),
        }).map(({ patch, wrong }) => ({ ...patch, ...wrong })),
      ));
    await run(fc.asyncProperty(cases, async ([spec, target, versionChoice, patchGenerated]) => {
      counter.hit('update<Node> with hostile patch / id / version');
      const p = await pools();
      const id = resolve(target, p);
      const node = p.nodes.find((n) => n.id === id);
      const current = node?.version ?? 1;
      const versionValue = versionChoice === 'current' ? current : versionChoice === 'stale' ? current - 1 : versionChoice === 'future' ? current + 1 : versionChoice;
      const patch = resolve(patchGenerated, p) as Record<string, unknown>;
      const variables = { id, version: versionValue, patch };
      const query = `mutation($id: ID!, $version: Int!, $patch: ${spec.type}Patch!) { update${spec.type}(id: $id, version: $version, patch: $patch) { ${selection(spec)} } }`;
      const answer = await send(server, query, variables);
      counter.answer('update<Node> with hostile patch / id / version', answer);
      if (answer.status !== 200) return;
      const updated = answer.body.data?.[`update${spec.type}`] as Record<string, unknown> | null | undefined;
      if (!node || node.label !== spec.label) {
        expectThat(codes(answer).join() === 'NOT_FOUND', 'updating what is not there is not NOT_FOUND', answer, variables);
        return;
      }
      if (versionValue !== current) {
        expectThat(codes(answer).join() === 'CONFLICT', 'a stale or future version is not a CONFLICT', answer, variables);
        return;
      }
      const refuse = textMustBeRefused(spec, patch);
      if (refuse) expectThat(!updated, `accepted although ${refuse}`, answer, variables);
      if (updated) {
        expectThat(updated['version'] === current || updated['version'] === current + 1, 'the version did not move by at most one', answer, variables);
        const name = patch[spec.nameField];
        if (typeof name === 'string') expectThat(updated[spec.nameField] === stored(name), 'the name came back changed', answer, variables);
      }
    }), 350);
    await checkInvariants(server);
  });

  it('delete…: unknown, malformed and wrong-type ids and stale versions are refused; the fuzz\'s own nodes go with their links', async () => {
    const cases = fc.constantFrom(...NODE_SPECS).chain((spec) =>
      fc.tuple(fc.constant(spec), refTo(spec.label), fc.constantFrom('none', 'current', 'stale', 'future', 0, -5, 2 ** 31)));
    await run(fc.asyncProperty(cases, async ([spec, target, versionChoice]) => {
      counter.hit('delete<Node>');
      const p = await pools();
      const id = resolve(target, p);
      const node = p.nodes.find((n) => n.id === id);
      const current = node?.version ?? 1;
      // The base map stays: its nodes are only ever offered a version that cannot match.
      const own = typeof id === 'string' && id.startsWith(FRESH);
      const choice = node && !own && (versionChoice === 'none' || versionChoice === 'current') ? 'stale' : versionChoice;
      const version = choice === 'none' ? undefined : choice === 'current' ? current : choice === 'stale' ? current - 1 : choice === 'future' ? current + 1 : choice;
      const variables = version === undefined ? { id } : { id, version };
      const answer = await send(server, `mutation($id: ID!, $version: Int) { delete${spec.type}(id: $id, version: $version) { id removedLinks { id type source target } } }`, variables);
      counter.answer('delete<Node>', answer);
      if (answer.status !== 200) return;
      if (!node || node.label !== spec.label) {
        expectThat(codes(answer).join() === 'NOT_FOUND', 'deleting what is not there is not NOT_FOUND', answer, variables);
      } else if (version !== undefined && version !== current) {
        expectThat(codes(answer).join() === 'CONFLICT', 'deleting with a stale version is not a CONFLICT', answer, variables);
      } else {
        expectThat(!answer.body.errors, 'deleting the fuzz\'s own node failed', answer, variables);
        const s = await server.service.snapshot();
        expectThat(!s.nodes.has(String(id)) && s.linksOf(String(id)).length === 0, 'the node or its links are still there', answer, variables);
      }
    }), 250);
    await checkInvariants(server);
  });
});

describe('relationship mutations under hostile input', () => {
  const relId = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.constant(new Ref('fresh', null, 0)) },
    { weight: 1, arbitrary: fc.nat().map((n) => new Ref('rel', null, n)) },
    // Never an existing node id here: see the BUG test "a relationship id may equal a node id".
    { weight: 2, arbitrary: badId },
  );
  /** The second end: a reference, or the first end again (self-reference). */
  const end = (label: NodeLabel) => fc.oneof({ weight: 5, arbitrary: h.ref(label) }, { weight: 1, arbitrary: fc.constant('SELF' as const) });

  const membership = fc.record({
    id: relId, actorId: h.ref('Actor'), networkId: end('Network'), role: h.enum(v.MEMBERSHIP_ROLES),
    since: h.date, until: h.date, lastVerifiedAt: h.date, source: h.str,
  }, { requiredKeys: ['actorId', 'networkId'] }).map((input) => ({ mutation: 'createMembership', inputType: 'MembershipInput', from: 'actorId', to: 'networkId', type: 'MEMBER_OF', input }));
  const referral = fc.record({
    id: relId, fromId: h.ref('Actor'), toId: end('Actor'), trigger: h.enum(v.REFERRAL_TRIGGERS), kind: h.enum(v.REFERRAL_KINDS),
    status: h.enum(v.REFERRAL_STATUSES), phase: h.enum(v.SUPPORT_PHASES), routineId: h.ref('Routine'), description: h.str,
    lastVerifiedAt: h.date, source: h.str,
  }, { requiredKeys: ['fromId', 'toId', 'trigger', 'kind', 'status'] }).map((input) => ({ mutation: 'createReferral', inputType: 'ReferralInput', from: 'fromId', to: 'toId', type: 'REFERS_TO', input }));
  const LINK_ENDS: Record<string, [NodeLabel, NodeLabel]> = {
    SITS_IN: ['Person', 'Network'], REPRESENTS: ['Person', 'Actor'], CONVENES: ['Actor', 'Network'], PART_OF: ['Actor', 'Actor'],
    LOCATED_IN: ['Actor', 'Area'], WITHIN: ['Area', 'Area'], ADDRESSES: ['Network', 'Topic'], WORKS_ON: ['Actor', 'Topic'],
    OFFERS: ['Actor', 'Programme'], HAS_ROUTINE: ['Actor', 'Routine'], COVERS: ['Routine', 'Topic'],
  };
  const link = fc.constantFrom(...v.LINK_TYPES).chain((type) => {
    const [a, b] = LINK_ENDS[type]!;
    return fc.record({
      id: relId, type: fc.oneof({ weight: 8, arbitrary: fc.constant<unknown>(type) }, { weight: 2, arbitrary: fc.constantFrom(...v.LINK_TYPES) }, { weight: 1, arbitrary: enumish([...v.LINK_TYPES, 'MEMBER_OF', 'REFERS_TO']) }),
      sourceId: h.ref(a), targetId: end(b), role: h.enum(v.MEMBERSHIP_ROLES), lastVerifiedAt: h.date, source: h.str,
    }, { requiredKeys: ['type', 'sourceId', 'targetId'] });
  }).map((input) => ({ mutation: 'createLink', inputType: 'LinkInput', from: 'sourceId', to: 'targetId', type: String(input.type), input }));

  it('createMembership / createReferral / createLink: wrong ends, self-references and garbage are refused; what is accepted is a valid edge', async () => {
    await run(fc.asyncProperty(fc.oneof(membership, referral, link), async (c) => {
      counter.hit('create<Relationship>');
      const p = await pools();
      const input = resolve(c.input, p) as Record<string, unknown>;
      if (input[c.to] === 'SELF') input[c.to] = input[c.from];
      for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
      const answer = await send(server, `mutation($input: ${c.inputType}!) { ${c.mutation}(input: $input) { id version type } }`, { input });
      counter.answer('create<Relationship>', answer);
      if (answer.status !== 200) return;
      const created = answer.body.data?.[c.mutation] as { id: string; version: number; type: string } | null | undefined;
      if (input[c.from] === input[c.to]) expectThat(!created, 'a self-reference was accepted', answer, input);
      if (!created) return;
      const s = await server.service.snapshot();
      const rel = s.rels.get(created.id);
      expectThat(rel !== undefined && rel.from === input[c.from] && rel.to === input[c.to], 'the accepted relationship is not in the map as asked', answer, input);
      expectThat(created.version === 1 && rel.type === created.type, 'a new relationship has version 1 and the asked type', answer, input);
      expectThat(!p.rels.some((r) => r.id === created.id), 'created over an existing relationship id', answer, input);
      if (typeof input['id'] === 'string' && input['id'] !== '') expectThat(created.id === input['id'], 'the given id was not used', answer, input);
    }), 550);
    await checkInvariants(server);
  });

  it('updateMembership / updateReferral / delete…: hostile patches, wrong types, unknown ids, stale versions', async () => {
    const patch = fc.record({
      role: h.enum(v.MEMBERSHIP_ROLES), since: h.date, until: h.date, trigger: h.enum(v.REFERRAL_TRIGGERS), kind: h.enum(v.REFERRAL_KINDS),
      status: h.enum(v.REFERRAL_STATUSES), phase: h.enum(v.SUPPORT_PHASES), routineId: h.ref('Routine'), description: h.str,
      lastVerifiedAt: h.date, source: h.str,
    }, { requiredKeys: [] });
    const TYPES: Record<string, readonly string[]> = {
      updateMembership: ['MEMBER_OF'], updateReferral: ['REFERS_TO'], deleteMembership: ['MEMBER_OF'], deleteReferral: ['REFERS_TO'], deleteLink: v.LINK_TYPES,
    };
    const op = fc.constantFrom('updateMembership', 'updateReferral', 'deleteMembership', 'deleteReferral', 'deleteLink').chain((name) => fc.record({
      op: fc.constant(name),
      target: fc.oneof(
        { weight: 6, arbitrary: fc.nat().map((n) => new Ref('relOf', null, n, TYPES[name])) },
        { weight: 2, arbitrary: fc.nat().map((n) => new Ref('rel', null, n)) },
        { weight: 2, arbitrary: refTo('Actor') },
      ),
      version: fc.oneof({ weight: 8, arbitrary: fc.constantFrom<unknown>('current', 'current', 'stale', 'future', 'none', 0) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(2 ** 31, 'x', 1.5) }),
      patch,
    }));
    await run(fc.asyncProperty(op, async (c) => {
      counter.hit('update/delete<Relationship>');
      const p = await pools();
      const id = resolve(c.target, p);
      const rel = p.rels.find((r) => r.id === id);
      const current = rel?.version ?? 1;
      const isDelete = c.op.startsWith('delete');
      const own = typeof id === 'string' && id.startsWith(FRESH);
      // The base map's relationships are only ever deleted with a version that cannot match.
      const choice = isDelete && rel && !own && (c.version === 'none' || c.version === 'current') ? 'stale' : c.version === 'none' && !isDelete ? 'current' : c.version;
      const version = choice === 'none' ? undefined : choice === 'current' ? current : choice === 'stale' ? current - 1 : choice === 'future' ? current + 1 : choice;
      const patchValue = resolve(c.patch, p) as Record<string, unknown>;
      if (c.op === 'updateMembership') for (const k of ['trigger', 'kind', 'status', 'phase', 'routineId', 'description']) delete patchValue[k];
      if (c.op === 'updateReferral') for (const k of ['role', 'since', 'until']) delete patchValue[k];
      const variables: Record<string, unknown> = { id, ...(version === undefined ? {} : { version }), ...(isDelete ? {} : { patch: patchValue }) };
      const query = isDelete
        ? `mutation($id: ID!, $version: Int) { ${c.op}(id: $id, version: $version) { id removedLinks { id } } }`
        : `mutation($id: ID!, $version: Int!, $patch: ${c.op === 'updateMembership' ? 'MembershipPatch' : 'ReferralPatch'}!) { ${c.op}(id: $id, version: $version, patch: $patch) { id version } }`;
      const answer = await send(server, query, variables);
      counter.answer('update/delete<Relationship>', answer);
      if (answer.status !== 200) return;
      if (!rel || !TYPES[c.op]!.includes(rel.type)) {
        expectThat(codes(answer).join() === 'NOT_FOUND', 'changing a relationship that is not there is not NOT_FOUND', answer, variables);
      } else if (version !== undefined && version !== current) {
        expectThat(codes(answer).join() === 'CONFLICT', 'a stale version is not a CONFLICT', answer, variables);
      } else if (isDelete) {
        expectThat(!answer.body.errors, 'deleting the fuzz\'s own relationship failed', answer, variables);
      } else if (!answer.body.errors) {
        const updated = answer.body.data![c.op] as { version: number };
        expectThat(updated.version === current || updated.version === current + 1, 'the version did not move by at most one', answer, variables);
      }
    }), 300);
    await checkInvariants(server);
  });

  it('markVerified: unknown, malformed, duplicate and too many ids', async () => {
    const id = fc.oneof(
      { weight: 5, arbitrary: fc.nat().map((n) => new Ref('anyNode', null, n)) },
      { weight: 2, arbitrary: fc.nat().map((n) => new Ref('rel', null, n)) },
      { weight: 1, arbitrary: fc.nat({ max: 50 }).map((n) => new Ref('unknown', null, n)) },
      { weight: 1, arbitrary: badId },
      { weight: 1, arbitrary: wrongType },
    );
    const ids = fc.oneof(
      { weight: 8, arbitrary: fc.array(id, { maxLength: 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 990, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => new Ref('anyNode', null, i))) },
      { weight: 1, arbitrary: wrongType },
    );
    await run(fc.asyncProperty(ids, async (generated) => {
      counter.hit('markVerified');
      const p = await pools();
      const value = resolve(generated, p);
      const answer = await send(server, 'mutation($ids: [ID!]!) { markVerified(ids: $ids) }', { ids: value });
      counter.answer('markVerified', answer);
      if (answer.status !== 200) return;
      // GraphQL coerces a single value to a list of one.
      const list = Array.isArray(value) ? value : [value];
      const known = new Set([...p.nodes.map((n) => n.id), ...p.rels.map((r) => r.id)]);
      const allKnown = list.every((x) => known.has(String(x)));
      if (allKnown && list.length <= 1000) {
        expectThat(answer.body.data?.['markVerified'] === new Set(list.map(String)).size, 'verifying existing ids did not count each once', answer, list.slice(0, 20));
      } else {
        expectThat(codes(answer).join() === 'BAD_USER_INPUT', 'unknown ids or too many were not BAD_USER_INPUT', answer, list.slice(0, 20));
      }
    }), 200);
    await checkInvariants(server);
  });
});

describe('self-references and cycles', () => {
  it('WITHIN and PART_OF: self-references are refused; cycles never hang or break a read', async () => {
    // A few areas and actors of the fuzz's own, so the base map's tree stays as it is.
    const areas = ['fz-gen-cyc-a', 'fz-gen-cyc-b', 'fz-gen-cyc-c', 'fz-gen-cyc-d'];
    const actors = ['fz-gen-cyc-x', 'fz-gen-cyc-y', 'fz-gen-cyc-z'];
    for (const id of areas) expect(codes(await send(server, `mutation { createArea(input: {id: "${id}", name: "${id}", type: DISTRICT}) { id } }`))).toEqual([]);
    for (const id of actors) {
      expect(codes(await send(server, `mutation { createActor(input: {id: "${id}", name: "${id}", kind: SCHOOL, sector: MUNICIPAL, level: LOCAL, areaId: "${areas[0]}", firstLine: true}) { id } }`))).toEqual([]);
    }
    const step = fc.record({ op: fc.constantFrom('withinLink', 'partOfLink', 'parentId', 'partOfId', 'unlink'), a: fc.nat({ max: 3 }), b: fc.nat({ max: 3 }) });
    await run(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
      counter.hit('cycles (sequences of WITHIN / PART_OF writes, then reads)');
      for (const { op, a, b } of steps) {
        const [x, y] = op === 'withinLink' || op === 'parentId' ? [areas[a]!, areas[b]!] : [actors[a % 3]!, actors[b % 3]!];
        const s = await server.service.snapshot();
        let answer: Answer;
        if (op === 'withinLink' || op === 'partOfLink') {
          answer = await send(server, 'mutation($i: LinkInput!) { createLink(input: $i) { id } }', { i: { type: op === 'withinLink' ? 'WITHIN' : 'PART_OF', sourceId: x, targetId: y } });
        } else if (op === 'unlink') {
          const rel = [...s.linksOf(x)].find((r) => r.type === 'PART_OF' || r.type === 'WITHIN');
          if (!rel) continue;
          answer = await send(server, 'mutation($id: ID!) { deleteLink(id: $id) { id } }', { id: rel.id });
        } else {
          const label = op === 'parentId' ? 'Area' : 'Actor';
          const version = s.node(x)!.version;
          answer = await send(server, `mutation($id: ID!, $v: Int!, $p: ${label}Patch!) { update${label}(id: $id, version: $v, patch: $p) { id } }`, { id: x, v: version, p: { [op]: y } });
        }
        counter.answer('cycles (sequences of WITHIN / PART_OF writes, then reads)', answer);
        if (x === y && op !== 'unlink') expectThat(answer.body.errors !== undefined, 'a self-reference was accepted', answer, { op, x, y });
        else expectThat(codes(answer).every((c) => c === 'CONFLICT' || c === 'BAD_USER_INPUT'), 'a WITHIN/PART_OF write failed unexpectedly', answer, { op, x, y });
        // Whatever was accepted, the hierarchy stays a forest: one parent at most, and no cycle.
        const after = await server.service.snapshot();
        for (const id of [...areas, ...actors]) {
          for (const type of ['WITHIN', 'PART_OF'] as const) {
            expectThat(after.out(id, type).length <= 1, `${id} has two ${type} parents`, answer, steps);
            const seen = new Set<string>();
            for (let at: string | undefined = id; at !== undefined; at = after.out(at, type)[0]?.to) {
              expectThat(!seen.has(at), `${type} cycle through ${id}`, answer, steps);
              if (seen.has(at)) break;
              seen.add(at);
            }
          }
        }
      }
      for (const area of areas) {
        const read = await send(server, `query($a: ID!) {
          area(id: $a) { actorCount parent { id parent { id parent { id } } } children { id children { id } } }
          actors(filter: {area: $a}) { totalCount edges { node { id partOf { id partOf { id } } units { id } } } }
          networks(filter: {area: $a}) { totalCount }
          graph(filter: {area: $a}) { nodes { id } edges { id } }
          neighbourhood(id: $a, depth: 3) { nodes { id } }
          analysis(filter: {area: $a}) { summary { total } }
        }`, { a: area });
        expectThat(!read.body.errors, 'reading an area with cycles failed', read, { area, steps });
      }
      const paths = await send(server, '{ referralPaths(from: "fz-gen-cyc-x", toKinds: [SOCIAL_SERVICES], maxHops: 4) { hops } brokers { brokers { degree } } }');
      expectThat(!paths.body.errors, 'paths and brokers failed with cycles', paths, steps);
    }), 40);
    await checkInvariants(server);
  });
});

describe('the HTTP surface under hostile bodies', () => {
  const TOKENS = [
    '{', '}', '(', ')', '[', ']', ':', '$x', '$id', '!', '=', '...', '@include(if: true)', '@skip(if: $x)', 'query', 'mutation', 'subscription',
    'fragment', 'F', 'on', 'Actor', 'Query', 'actors', 'graph', 'search', 'text', 'first', 'nodes', 'edges', 'node', 'id', 'name', '__typename',
    '__schema', '__type', 'types', 'createTopic', 'input', 'deleteActor', 'markVerified', 'ids', '"str"', '"""block"""', '1', '-1', '1e999', 'true',
    'null', '#', '\n', ',', ' ', '"\\u0000"', '"\\ud800"', 'ID!', 'Int', 'String', 'analysis', 'importData', 'files',
  ];
  const document = fc.oneof(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(' ')),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '{ __schema { types { name fields { name } } } }', '{ actors(first: -1) { totalCount } }', '{ actors(first: 2147483648) { totalCount } }',
      '{ search(text: "") { id } }', `{ search(text: "${'a'.repeat(5000)}") { id } }`, '{ neighbourhood(id: "fz-ifo", depth: 1000000) { nodes { id } } }',
      '{ referralPaths(from: "fz-skola", maxHops: 99999) { hops } }', '{ actors(after: "\\u0000") { totalCount } }', '{ actors(after: "eyJ4Ijo1fQ==") { totalCount } }',
      'subscription { x }', 'mutation { __typename }', '{ node(id: "fz-ifo") { id ... on Actor { name } ... on Network { status } } }',
      `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: graph { nodes { id } }`).join(' ')} }`,
      `{ areas ${'{ children '.repeat(1200)}{ id }${' }'.repeat(1200)} }`,
    ),
  );
  /** Deep JSON nests, kept under the depth that trips a known bug (see the BUG tests below). */
  const deep = fc.integer({ min: 1, max: 1000 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown);
  const body = fc.oneof(
    { weight: 3, arbitrary: fc.record({ query: document, variables: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 4 }), deep), { nil: undefined }), operationName: fc.option(fc.oneof(fc.string({ maxLength: 10 }), wrongType), { nil: undefined }) }, { requiredKeys: ['query'] }).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"query":', '{"query": "{ stats { graphVersion } }"', '\ufeff{"query": "{ stats { graphVersion } }"}', 'null', '[]', '[{}]', '"query"', '{"query": null}', '{"query": "{ stats { graphVersion } }", "variables": "{}"}', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}') },
  );
  const headers = fc.constantFrom<Record<string, string>>(
    { 'content-type': 'application/json' }, { 'content-type': 'application/json; charset=utf-8' }, { 'content-type': 'application/graphql-response+json' },
    { 'content-type': 'application/json; charset=latin1' }, { 'content-type': 'text/plain' }, { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
    { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'multipart/form-data; boundary=x' }, { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    {},
  );

  it('any body, any content type: a JSON answer with a code, never a 5xx or INTERNAL', async () => {
    await run(fc.asyncProperty(body, headers, async (b, h) => {
      counter.hit('raw HTTP bodies and content types');
      // 415 (unsupported charset or encoding) is as right as 400 for the HTTP layer's refusals.
      counter.answer('raw HTTP bodies and content types', checkAnswer(await post(server.url, b, h), `${JSON.stringify(h)} ${b}`, [200, 400, 413, 415]));
    }), 400);
    const huge = JSON.stringify({ query: '{ stats { graphVersion } }', variables: { pad: 'x'.repeat(13 * 1024 * 1024) } });
    checkAnswer(await post(server.url, huge), '<13 MB body>', [413]);
    counter.hit('raw HTTP bodies and content types');
    await checkInvariants(server);
  });
});

// ─── Bugs found by this fuzzing: skipped until fixed ──────────────────────────

describe('known bugs (skipped until fixed)', () => {
  // Fixed: a document with two named operations and no operationName answers HTTP 500 INTERNAL
  // instead of 400 "Must provide operation name…". The response cache plugin reads
  // `rc.operation.operation` in responseForOperation while `rc.operation` is undefined
  // (src/server/response-cache.ts): TypeError "Cannot read properties of undefined (reading 'operation')".
  it('regression: two named operations without operationName are BAD_USER_INPUT, not a 500', async () => {
    const request = JSON.stringify({ query: 'query A { stats { graphVersion } } query B { stats { graphVersion } }' });
    const answer = checkAnswer(await post(server.url, request), request);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  // Fixed: `variables` nested about 5,000 levels deep (any variable, declared or not; a 10 kB body)
  // answers HTTP 500 INTERNAL: the response cache key is JSON.stringify(variables)
  // (src/server/response-cache.ts keyOf), which throws RangeError "Maximum call stack size exceeded".
  it('regression: deeply nested variables are refused as bad input, not a 500', async () => {
    for (const depth of [5000, 100_000]) {
      const request = `{"query": "{ stats { graphVersion } }", "variables": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}}`;
      const answer = checkAnswer(await post(server.url, request), request);
      expect([200, 400]).toContain(answer.status);
    }
  });

  // Fixed: errors that Apollo or graphql-js raise without an error code reach clients as INTERNAL
  // (HTTP 400, "Internal error. It has been logged…", and logged as "unexpected error"), because
  // src/server/format-error.ts maps only known codes to BAD_USER_INPUT:
  //   - more than 50 invalid values in the variables, e.g. createActor with preventionLevels of 51
  //     unknown values: 50 BAD_USER_INPUT errors, then INTERNAL for graphql-js's
  //     "Too many errors processing variables, error limit reached. Execution aborted.";
  //   - a persistedQuery extension whose sha256Hash does not match the query
  //     ("provided sha does not match query"), or whose version is not 1
  //     ("Unsupported persisted query version").
  it('regression: more than 50 invalid variable values, or a bad persisted-query hash, are BAD_USER_INPUT, not INTERNAL', async () => {
    const tooMany = await send(server, 'mutation($input: ActorInput!) { createActor(input: $input) { id } }', {
      input: { name: 'x', kind: 'SCHOOL', sector: 'MUNICIPAL', level: 'LOCAL', preventionLevels: Array.from({ length: 51 }, (_, i) => `x${i}`) },
    });
    expect(tooMany.status).toBe(400);
    for (const body of [
      '{"query": "{ stats { graphVersion } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
      '{"query": "{ stats { graphVersion } }", "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "abc"}}}',
    ]) checkAnswer(await post(server.url, body), body);
  });

  // Fixed: a relationship may take an id that a node already has (createMembership(input: {id: "fz-ifo", …})
  // is accepted), although ids are meant to be unique across the map ("Ids are unique across all
  // files", seed/README.md); markVerified(ids: ["fz-ifo"]) then verifies only the node.
  it('regression: a relationship cannot take the id of a node', async () => {
    const answer = await send(server, 'mutation { createMembership(input: {id: "fz-ifo", actorId: "fz-polis", networkId: "fz-net-lokal"}) { id } }');
    expect(codes(answer)).toEqual(['CONFLICT']);
    await checkInvariants(server);
  });

  // Fixed: cycles of WITHIN and PART_OF are accepted — an area within its own
  // sub-area, an actor part of its own unit — through createLink and through updateArea(parentId)
  // / updateActor(partOfId); only a direct self-reference is refused. Reads survive it (the
  // property above), but `actorCount` and the area filter then count the whole cycle, e.g. after
  // createLink(WITHIN fz-lan → fz-kommun-a) the municipality "contains" the county.
  // Also: createLink(WITHIN) gives an area a second parent (`parent` shows only the first).
  it('regression: a WITHIN or PART_OF cycle, or a second parent, is refused', async () => {
    const within = await send(server, 'mutation { createLink(input: {type: WITHIN, sourceId: "fz-lan", targetId: "fz-kommun-a"}) { id } }');
    expect(codes(within)).toEqual(['BAD_USER_INPUT']);
    const partOf = await send(server, 'mutation { createLink(input: {type: PART_OF, sourceId: "fz-kommun", targetId: "fz-ifo"}) { id } }');
    expect(codes(partOf)).toEqual(['BAD_USER_INPUT']);
    const secondParent = await send(server, 'mutation { createLink(input: {type: WITHIN, sourceId: "fz-kommun-a", targetId: "fz-sverige"}) { id } }');
    expect(codes(secondParent)).toEqual(['BAD_USER_INPUT']);
  });

  // Fixed: GraphQL's own request errors — a variable of the wrong type, an unknown input
  // field — reach clients as BAD_USER_INPUT with `fields: []`, although the message names the
  // field ('Variable "$input" got invalid value 12 at "input.name"'): the README promises
  // extensions.fields naming each bad field.
  it('regression: a variable of the wrong type names its field', async () => {
    const answer = await send(server, 'mutation($input: TopicInput!) { createTopic(input: $input) { id } }', { input: { name: 12 } });
    expect(answer.body.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ field: 'input.name' })]);
  });
});
