/**
 * Fuzz of the holes the security review found, one case family each: generated costly documents
 * (aliases, root fields, nesting, directives, token floods, fragments), imports with two files of
 * one kind, hostile sign-in and password form posts, and the request budget's arithmetic. Every
 * answer keeps the error contract (support.ts: checkAnswer); a refusal names one of the known
 * reasons; /healthz answers after every case.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE } from '../../src/auth/csrf.js';
import { readCookie, SESSION_COOKIE } from '../../src/auth/sessions.js';
import { RequestBudget } from '../../src/server/budget.js';
import { MAX_DIRECTIVES, MAX_TOKENS } from '../../src/server/document-limits.js';
import { MAX_ALIASES, MAX_DEPTH, MAX_ROOT_FIELDS } from '../../src/server/limits.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { BASE_FILES, CaseCounter, checkAnswer, checkInvariants, expectThat, forgetLogs, hostileString, IMPORT, params, post, startFuzzServer } from './support.js';

const counter = new CaseCounter();
let server: TestServer;
let signInServer: TestServer;
beforeAll(async () => {
  [server, signInServer] = await Promise.all([startFuzzServer(), startTestServer({ authMode: 'local' })]);
  forgetLogs(server);
});
afterAll(async () => {
  console.log(counter.report('limits.fuzz'));
  await Promise.all([server?.close(), signInServer?.close()]);
});

const REASONS = new Set(['TOO_MANY_TOKENS', 'TOO_MANY_DIRECTIVES', 'TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS', 'TOO_COSTLY']);

// ─── Costly documents ──────────────────────────────────────────────────────────

/** Root fields that do work in proportion to the map, with what they select. */
const COSTLY_FIELDS = [
  'graph { nodes { id label } edges { id source target } }',
  'graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } }',
  'actors(first: 1) { totalCount }',
  'actors(first: 500) { edges { node { id memberships { network { members { actor { id } } } } } } }',
  'networks { totalCount }',
  'stats { graphVersion }',
  'neighbourhood(id: "fz-ifo", depth: 3) { nodes { id } }',
  'referralPaths(from: "fz-skola", toKinds: [RESOURCE_CENTRE], maxHops: 8) { hops }',
  'areas { id children { id children { id } } }',
  '__typename',
];

const nested = (depth: number): string => (depth <= 0 ? 'id' : `memberships { network { members { actor { ${nested(depth - 1)} } } } }`);

const documentCase = fc.record({
  fields: fc.array(fc.record({ field: fc.constantFrom(...COSTLY_FIELDS), aliased: fc.boolean() }), { minLength: 1, maxLength: 3 * MAX_ALIASES }),
  directives: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * MAX_DIRECTIVES })),
  depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: MAX_DEPTH })),
  flood: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: MAX_TOKENS - 100, max: 2 * MAX_TOKENS }) }),
  viaFragment: fc.boolean(),
});

type DocumentCase = typeof documentCase extends fc.Arbitrary<infer T> ? T : never;

function documentOf(c: DocumentCase): string {
  const selections = c.fields.map((f, i) => `${f.aliased ? `a${i}: ` : ''}${f.field}`);
  if (c.depth > 0) selections.push(`actor(id: "fz-ifo") { ${nested(c.depth)} }`);
  const directives = ' @include(if: true)'.repeat(c.directives);
  const flood = ' __typename'.repeat(c.flood);
  const body = `${selections.join(' ')}${flood}`;
  return c.viaFragment ? `query Q { ...F ... on Query { ...F } } fragment F on Query { stats${directives} { graphVersion } ${body} }` : `query Q { stats${directives} { graphVersion } ${body} }`;
}

describe('costly documents', () => {
  it('are answered within the contract, refused with a known reason or answered in full, and /healthz keeps answering', async () => {
    await fc.assert(fc.asyncProperty(documentCase, async (c) => {
      counter.hit('costly documents');
      const request = JSON.stringify({ query: documentOf(c) });
      const answer = checkAnswer(await post(server.url, request), request);
      counter.answer('costly documents', answer);
      const reason = answer.body.errors?.[0]?.extensions.reason;
      if (answer.status === 400) expectThat(typeof reason === 'string' && (REASONS.has(reason) || reason.startsWith('GRAPHQL_')), 'a refusal names a known reason', answer, c);
      if (reason && REASONS.has(reason)) expectThat(answer.body.data === undefined, 'a refused operation runs nothing', answer, c);
      const aliases = c.fields.filter((f) => f.aliased).length * (c.viaFragment ? 2 : 1);
      if (aliases > MAX_ALIASES) expectThat(answer.status === 400, `more than ${MAX_ALIASES} aliases are refused`, answer, c);
      if (c.directives > MAX_DIRECTIVES) expectThat(reason === 'TOO_MANY_DIRECTIVES' || reason === 'TOO_MANY_TOKENS', 'too many directives are refused before parsing', answer, c);
      if (c.flood > MAX_TOKENS) expectThat(reason === 'TOO_MANY_TOKENS' || reason === 'TOO_MANY_DIRECTIVES', 'a token flood is refused before parsing', answer, c);
      const rootFields = (c.fields.length + 1 + (c.depth > 0 ? 1 : 0) + c.flood) * (c.viaFragment ? 2 : 1);
      if (rootFields > MAX_ROOT_FIELDS) expectThat(answer.status === 400, `more than ${MAX_ROOT_FIELDS} root fields are refused`, answer, c);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    }), params(120));
    await checkInvariants(server);
  });
});

// ─── Two files of one kind ─────────────────────────────────────────────────────

describe('imports with a file given twice', () => {
  it('are refused as bad input naming the second file, and write nothing', async () => {
    const before = (await server.service.snapshot()).graphVersion;
    await fc.assert(fc.asyncProperty(
      fc.shuffledSubarray(BASE_FILES, { minLength: 1 }), fc.nat(), fc.nat(), fc.constantFrom('', 'mapp/', 'C:\\export\\', '../../'), fc.boolean(),
      async (files, pick, at, folder, dryRun) => {
        counter.hit('duplicate files');
        const original = pick % files.length;
        const duplicate = files[original]!;
        const position = at % (files.length + 1);
        const sent = [...files.slice(0, position), { name: `${folder}${duplicate.name}`, content: duplicate.content }, ...files.slice(position)];
        const request = JSON.stringify({ query: IMPORT, variables: { files: sent, dryRun } });
        const answer = checkAnswer(await post(server.url, request), request);
        counter.answer('duplicate files', answer);
        const second = Math.max(position, position <= original ? original + 1 : original);
        expectThat(answer.body.errors?.[0]?.extensions.code === 'BAD_USER_INPUT', 'a duplicate file is bad input', answer, sent.map((f) => f.name));
        expectThat(answer.body.errors[0]!.extensions.fields?.[0]?.field === `files[${second}].name`, 'the error names the second copy', answer, sent.map((f) => f.name));
      },
    ), params(60));
    expect((await server.service.snapshot()).graphVersion).toBe(before);
  });
});

// ─── Hostile sign-in and password forms ────────────────────────────────────────

const formPost = fc.record({
  path: fc.constantFrom('/auth/sign-in', '/auth/password', '/auth/sign-out'),
  username: fc.oneof(hostileString, fc.constant('admin')),
  password: fc.oneof(hostileString, fc.string({ minLength: 12, maxLength: 40 })),
  token: fc.constantFrom('none', 'fresh', 'forged', 'other-cookie'),
  asJson: fc.boolean(),
});

describe('hostile sign-in and password posts', () => {
  it('never sign anyone in, never answer 5xx, and refuse every form without its matching token', async () => {
    await fc.assert(fc.asyncProperty(formPost, async (c) => {
      counter.hit('sign-in posts');
      const page = await fetch(`${signInServer.url}/auth/sign-in`);
      const token = (await page.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
      const cookie = readCookie(page.headers.get('set-cookie') ?? '', CSRF_COOKIE) ?? '';
      const sentToken = c.token === 'fresh' || c.token === 'other-cookie' ? token : c.token === 'forged' ? 'forged-token-value-forged-token' : undefined;
      const sentCookie = c.token === 'fresh' ? cookie : c.token === 'other-cookie' ? 'a-cookie-from-another-browser-xx' : undefined;
      const fields = { username: c.username, password: c.password, currentPassword: c.password, newPassword: c.password, repeatPassword: c.password };
      const response = await fetch(`${signInServer.url}${c.path}`, {
        method: 'POST', redirect: 'manual',
        headers: {
          'content-type': c.asJson ? 'application/json' : 'application/x-www-form-urlencoded',
          ...(sentCookie ? { cookie: `${CSRF_COOKIE}=${sentCookie}` } : {}),
        },
        body: c.asJson ? JSON.stringify(fields) : new URLSearchParams({ ...fields, ...(sentToken !== undefined ? { csrf: sentToken } : {}) }).toString(),
      });
      counter.note('sign-in posts', `${response.status}`);
      await response.arrayBuffer();
      expect(response.status).toBeLessThan(500);
      expect(readCookie(response.headers.get('set-cookie') ?? '', SESSION_COOKIE) ?? '').toBe('');
      // (413: a huge hostile value is refused by the body limit before the token is looked at.)
      if (!c.asJson && c.token !== 'fresh' && c.path !== '/auth/sign-out') expect([403, 413]).toContain(response.status);
    }), params(40));
  });
});

// ─── The request budget ────────────────────────────────────────────────────────

describe('the request budget', () => {
  it('never lets a caller spend more than its capacity plus what has refilled', () => {
    fc.assert(fc.property(
      fc.record({ capacity: fc.integer({ min: 1, max: 20 }), refill: fc.double({ min: 0.01, max: 5, noNaN: true }) }),
      fc.array(fc.record({ key: fc.constantFrom('a', 'b'), cost: fc.double({ min: 0, max: 25, noNaN: true }), wait: fc.integer({ min: 0, max: 30_000 }) }), { maxLength: 60 }),
      ({ capacity, refill }, spends) => {
        counter.hit('budget arithmetic');
        let now = 0;
        const budget = new RequestBudget({ capacity, refillPerSecond: refill }, () => now);
        const spent = { a: 0, b: 0 };
        for (const s of spends) {
          now += s.wait;
          const result = budget.spend(s.key, s.cost);
          if (result.ok) spent[s.key] += Math.min(s.cost, capacity);
          else expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          expect(spent[s.key]).toBeLessThanOrEqual(capacity + (now / 1000) * refill + 1e-9);
        }
      },
    ), params(300));
  });
});
