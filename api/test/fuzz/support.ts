/**
 * Shared pieces of the bad-input fuzz tests: a raw HTTP client that keeps the status and the body
 * as sent (the harness's `gql` assumes JSON), the checks every answer must pass, the invariants
 * the map must keep after every property, a small base map, and hostile values to throw.
 *
 * Runs are reproducible: the seed is fixed unless FUZZ_SEED is set (`FUZZ_SEED=random` for a new
 * one each run; fast-check prints the seed and path of a failure). FUZZ_SCALE multiplies every
 * numRuns (`FUZZ_SCALE=10` for a long soak). FUZZ_DEBUG=1 also tallies which import breaks ran.
 */
import { expectSameAsReload } from '../support/read-model-equality.js';
import fc from 'fast-check';
import { REL_ENDPOINTS } from '../../src/domain/model.js';
import type { NodeLabel, RelationshipType } from '../../src/domain/vocabulary.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

export const FUZZ_SEED = process.env['FUZZ_SEED'] === 'random' ? Date.now() % 2 ** 31 : Number(process.env['FUZZ_SEED'] ?? 20261125);
export const FUZZ_SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);

/** fast-check parameters for one property: the shared seed and this property's share of runs. */
export function params<Ts>(numRuns: number): fc.Parameters<Ts> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * FUZZ_SCALE)) };
}

/** How many generated cases each property ran, and what the server answered, printed at the end of each file. */
export class CaseCounter {
  private readonly counts = new Map<string, number>();
  private readonly outcomes = new Map<string, Map<string, number>>();
  hit(property: string): void {
    this.counts.set(property, (this.counts.get(property) ?? 0) + 1);
  }
  /** Tallies an answer as `200 ok`, `200 NOT_FOUND`, `400 BAD_USER_INPUT`, … */
  answer(property: string, answer: { status: number; body: { errors?: { extensions: { code: string } }[] } }): void {
    const codes = [...new Set((answer.body.errors ?? []).map((e) => e.extensions.code))].join('+') || 'ok';
    const key = `${answer.status} ${codes}`;
    const tally = this.outcomes.get(property) ?? this.outcomes.set(property, new Map()).get(property)!;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  /** Tallies any other outcome (an import report's status, …). */
  note(property: string, key: string): void {
    const tally = this.outcomes.get(property) ?? this.outcomes.set(property, new Map()).get(property)!;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  report(file: string): string {
    const rows = [...this.counts].map(([name, n]) => {
      const tally = [...(this.outcomes.get(name) ?? [])].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k}: ${c}`).join(', ');
      return `  ${String(n).padStart(6)}  ${name}${tally ? `  (${tally})` : ''}`;
    });
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    return `${file}: ${total} generated cases (seed ${FUZZ_SEED})\n${rows.join('\n')}`;
  }
}

// ─── Talking to the server ────────────────────────────────────────────────────

export const ERROR_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL']);

export interface GqlError {
  message: string;
  path?: unknown[];
  extensions: { code: string; reason?: string; fields?: { field: string; message: string }[] };
}
export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: Record<string, any> | null; errors?: GqlError[] };
}

const short = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** What a failure message shows of the request that caused it. */
export function describeRequest(body: string | Buffer): string {
  return short(typeof body === 'string' ? body : `<${body.length} bytes>`, 800);
}

/** POSTs a raw body to /graphql; nothing is parsed or checked yet. */
export async function post(url: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; text: string; contentType: string | null }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

/**
 * The contract every answer keeps, whatever was sent: one of the allowed statuses (never 5xx), a
 * JSON body, every error with a code from the enum and never INTERNAL, BAD_USER_INPUT from a
 * resolver naming its fields. GraphQL's own request errors (syntax, unknown fields, variable
 * types — they carry `reason`) name no fields: see the BUG note in mutations.fuzz.test.ts.
 */
export function checkAnswer(
  raw: { status: number; text: string; contentType: string | null },
  request: string | Buffer,
  allowedStatuses: readonly number[] = [200, 400, 413],
): Answer {
  const fail = (why: string): never => {
    throw new Error(`${why}\n  request: ${describeRequest(request)}\n  status: ${raw.status}\n  response: ${short(raw.text)}`);
  };
  if (raw.status >= 500) fail('the server answered 5xx');
  if (!allowedStatuses.includes(raw.status)) fail(`unexpected HTTP status (allowed: ${allowedStatuses.join(', ')})`);
  if (!raw.contentType?.includes('application/json')) fail('the answer is not JSON (content-type)');
  let body: Answer['body'];
  try {
    body = JSON.parse(raw.text) as Answer['body'];
  } catch {
    return fail('the answer body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('the answer body is not a JSON object');
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors) || body.errors.length === 0) fail('`errors` is present but not a non-empty array');
    for (const error of body.errors) {
      if (typeof error.message !== 'string') fail('an error has no message');
      const code = error.extensions?.code;
      if (typeof code !== 'string' || !ERROR_CODES.has(code)) fail(`an error has no code from the enum (got ${JSON.stringify(code)})`);
      if (code === 'INTERNAL') fail('an error is INTERNAL');
      if (code === 'BAD_USER_INPUT') {
        const fields = error.extensions.fields;
        // Body-parser errors (bad JSON, unsupported charset) come from the HTTP layer and carry
        // neither `reason` nor `fields`; everything that reached GraphQL carries `fields`.
        const httpLayer = raw.status !== 200 && error.extensions.reason === undefined && fields === undefined;
        if (!httpLayer && !Array.isArray(fields)) fail('a BAD_USER_INPUT error has no `fields` array');
        if (error.path !== undefined) {
          if (!fields || fields.length === 0) fail('a BAD_USER_INPUT error from a resolver names no field');
          for (const f of fields ?? []) {
            if (typeof f.field !== 'string' || f.field === '' || typeof f.message !== 'string') fail(`a field problem is malformed: ${JSON.stringify(f)}`);
          }
        }
      }
    }
  }
  if (raw.status === 200 && !('data' in body) && !body.errors) fail('a 200 answer with neither `data` nor errors');
  if (raw.status !== 200 && !body.errors?.length) fail('a non-200 answer without errors');
  return { status: raw.status, text: raw.text, body };
}

/** Sends one GraphQL request with variables as JSON and checks the answer's contract. */
export async function send(server: TestServer, query: string, variables?: unknown): Promise<Answer> {
  const request = JSON.stringify(variables === undefined ? { query } : { query, variables });
  return checkAnswer(await post(server.url, request), request);
}

/** The codes of an answer's errors. */
export const codes = (answer: Answer): string[] => (answer.body.errors ?? []).map((e) => e.extensions.code);

/** Throws with the request and answer when a condition about an answer does not hold. */
export function expectThat(condition: boolean, what: string, answer: Answer, request: unknown): asserts condition {
  if (!condition) throw new Error(`${what}\n  request: ${describeRequest(JSON.stringify(request) ?? String(request))}\n  status: ${answer.status}\n  response: ${short(answer.text)}`);
}

// ─── The base map every fuzz file starts from ────────────────────────────────

export const BASE_FILES = [
  {
    name: 'areas.csv',
    content: [
      'id,name,type,parent',
      'fz-sverige,Sverige,NATION,',
      'fz-lan,Fuzzlands län,COUNTY,fz-sverige',
      'fz-kommun-a,Kommun A,MUNICIPALITY,fz-lan',
      'fz-kommun-b,Kommun B,MUNICIPALITY,fz-lan',
      'fz-distrikt,Distrikt A1,DISTRICT,fz-kommun-a',
    ].join('\n'),
  },
  { name: 'topics.csv', content: 'id,name\nfz-topic-hrv,Hedersrelaterat våld\nfz-topic-vinr,Våld i nära relation\n' },
  { name: 'programmes.csv', content: 'id,name\nfz-prog-abc,ABC\n' },
  {
    name: 'actors.csv',
    content: [
      'id,name,kind,sector,level,area,partOf,firstLine,preventionLevels,supportPhases,targetGroups,languages,topics',
      'fz-kommun,Kommun A,MUNICIPALITY,MUNICIPAL,LOCAL,fz-kommun-a,,,,,,,',
      'fz-ifo,IFO Kommun A,SOCIAL_SERVICES,MUNICIPAL,LOCAL,fz-kommun-a,fz-kommun,,INDICATED,ACUTE;MIDDLE,,,fz-topic-hrv',
      'fz-skola,Skolan,SCHOOL,MUNICIPAL,LOCAL,fz-kommun-a,fz-kommun,true,UNIVERSAL,,föräldrar med tonåringar,arabiska;somaliska,fz-topic-hrv',
      'fz-forskola,Förskolan,PRESCHOOL,MUNICIPAL,LOCAL,fz-kommun-a,fz-kommun,true,UNIVERSAL,,,,',
      'fz-bvc,BVC Kommun B,CHILD_HEALTH,REGIONAL,LOCAL,fz-kommun-b,,true,UNIVERSAL;SELECTIVE,,,,',
      'fz-forening,Föreningen,CIVIL_SOCIETY,CIVIL_SOCIETY,LOCAL,fz-kommun-b,,true,,,,,fz-topic-vinr',
      'fz-polis,Polisen,POLICE,STATE,REGIONAL,fz-lan,,,,,,,',
      'fz-resurs,Resurscentrum,RESOURCE_CENTRE,REGIONAL,REGIONAL,fz-lan,,,INDICATED,LONG_TERM,,,fz-topic-hrv',
    ].join('\n'),
  },
  {
    name: 'networks.csv',
    content: [
      'id,name,kind,level,status,formal,area,conveners,topics,timeLimited,endsOn',
      'fz-net-lokal,Lokalt nätverk,NETWORK,LOCAL,ACTIVE,true,fz-kommun-a,fz-ifo,fz-topic-hrv,,',
      'fz-net-lan,Länsnätverk,FORUM,REGIONAL,ACTIVE,,fz-lan,fz-resurs,fz-topic-hrv;fz-topic-vinr,true,2027-06-30',
    ].join('\n'),
  },
  { name: 'routines.csv', content: 'id,name,kind,status,owners,topics\nfz-rutin,Rutin för orosanmälan,ROUTINE,ADOPTED,fz-skola;fz-forskola,fz-topic-hrv\n' },
  {
    name: 'memberships.csv',
    content: 'id,actor,network,role,since\nfz-mem-1,fz-ifo,fz-net-lokal,CHAIR,2024-01-01\nfz-mem-2,fz-skola,fz-net-lokal,,\nfz-mem-3,fz-resurs,fz-net-lan,,\nfz-mem-4,fz-polis,fz-net-lan,ADJUNCT,\n',
  },
  {
    name: 'referrals.csv',
    content: 'id,from,to,trigger,kind,status,phase,routine\nfz-ref-1,fz-skola,fz-ifo,REPORT_OF_CONCERN,STATUTORY,WORKING,ACUTE,fz-rutin\nfz-ref-2,fz-ifo,fz-resurs,HRV_SUSPICION,FORMAL,PLANNED,MIDDLE,\n',
  },
  { name: 'offers.csv', content: 'actor,programme\nfz-forening,fz-prog-abc\n' },
  { name: 'persons.csv', content: 'id,pseudonym,represents\nfz-person-1,Samordnare A,fz-ifo\n' },
  { name: 'seats.csv', content: 'id,person,network,role\nfz-seat-1,fz-person-1,fz-net-lan,MEMBER\nfz-seat-2,fz-person-1,fz-net-lokal,\n' },
];

export const IMPORT = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) { importData(files: $files, dryRun: $dryRun) {
  status graphVersion counts { file created updated unchanged } errors { file line column code message } } }`;

/** A test server on a fresh database holding the base map. */
export async function startFuzzServer(): Promise<TestServer> {
  const server = await startTestServer();
  const report = ok(await server.gql(IMPORT, { files: BASE_FILES })).importData as { status: string; errors: unknown[] };
  if (report.status !== 'APPLIED') {
    await server.close();
    throw new Error(`the base map was rejected: ${JSON.stringify(report.errors)}`);
  }
  return server;
}

// ─── The map's invariants ────────────────────────────────────────────────────

const NODE_FIELDS = 'id version createdAt updatedAt lastVerifiedAt source';
const REL_FIELDS = 'id type version createdAt updatedAt lastVerifiedAt source';
/** Every field of every record the API can serve: a stored value it cannot serve is a bug. */
// Pages of 50 keep each request under the server's query cost limit.
const READBACK = `query($after: String) {
  actors(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    ${NODE_FIELDS} name kind sector level description firstLine preventionLevels supportPhases targetGroups languages
    area { id } partOf { id } units { id } convenes { id } topics { id } programmes { id } routines { id } representatives { id }
    memberships { ${REL_FIELDS} role since until actor { id } network { id } }
    referralsOut { ${REL_FIELDS} trigger kind status phase description from { id } to { id } routine { id } }
    referralsIn { id }
  } } }
}`;
const READBACK_NETWORKS = `query($after: String) {
  networks(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    ${NODE_FIELDS} name kind level status formal purpose meetingRhythm timeLimited endsOn description
    area { id } conveners { id } topics { id } members { id }
    seats { ${REL_FIELDS} role person { id } network { id } }
  } } }
}`;
const READBACK_REST = `{
  persons { ${NODE_FIELDS} pseudonym note represents { id } seats { id } }
  areas { ${NODE_FIELDS} name type actorCount parent { id } children { id } }
  topics { ${NODE_FIELDS} name description }
  routines { ${NODE_FIELDS} name kind status description owners { id } topics { id } }
  programmes { ${NODE_FIELDS} name description offeredBy { id } }
  stats { graphVersion nodes { type count } relationships { type count } municipalities { actors networks area { id } } }
}`;

const logsSeen = new WeakMap<TestServer, number>();

/** Forgets what the server logged so far: each property answers only for its own log lines. */
export function forgetLogs(server: TestServer): void {
  logsSeen.set(server, server.logs.length);
}

export interface GraphShape {
  readonly version: number;
  readonly nodes: Map<string, string>;
  readonly edges: Map<string, { type: string; source: string; target: string }>;
}

const TYPE_OF_LABEL: Record<NodeLabel, string> = {
  Actor: 'ACTOR', Network: 'NETWORK', Person: 'PERSON', Area: 'AREA', Topic: 'TOPIC', Routine: 'ROUTINE', Programme: 'PROGRAMME',
};

/** The whole map as `graph` serves it. */
export async function readGraph(server: TestServer): Promise<GraphShape> {
  const answer = await send(server, '{ graph { graphVersion nodes { id type } edges { id type source target } } }');
  if (answer.body.errors) throw new Error(`graph failed: ${answer.text.slice(0, 500)}`);
  const graph = answer.body.data!['graph'] as { graphVersion: number; nodes: { id: string; type: string }[]; edges: { id: string; type: string; source: string; target: string }[] };
  const nodes = new Map<string, string>();
  const edges = new Map<string, { type: string; source: string; target: string }>();
  const problems: string[] = [];
  for (const n of graph.nodes) {
    if (nodes.has(n.id)) problems.push(`node id "${n.id}" appears twice`);
    nodes.set(n.id, n.type);
  }
  for (const e of graph.edges) {
    if (edges.has(e.id)) problems.push(`edge id "${e.id}" appears twice`);
    if (nodes.has(e.id)) problems.push(`edge id "${e.id}" is also a node id`);
    edges.set(e.id, e);
    const from = nodes.get(e.source);
    const to = nodes.get(e.target);
    if (!from) problems.push(`edge "${e.id}" starts at a missing node "${e.source}"`);
    if (!to) problems.push(`edge "${e.id}" ends at a missing node "${e.target}"`);
    const pairs = REL_ENDPOINTS[e.type as RelationshipType];
    if (!pairs) problems.push(`edge "${e.id}" has an unknown type ${e.type}`);
    else if (from && to && !pairs.some(([a, b]) => TYPE_OF_LABEL[a] === from && TYPE_OF_LABEL[b] === to)) {
      problems.push(`edge "${e.id}" (${e.type}) joins ${from} → ${to}`);
    }
    if (e.source === e.target) problems.push(`edge "${e.id}" (${e.type}) points at itself`);
  }
  if (problems.length) throw new Error(`the map's invariants are broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return { version: graph.graphVersion, nodes, edges };
}

/**
 * After every property: the graph's ends exist and ids are unique, the snapshot has no records
 * that do not fit the model and equals a full reload of the store, every stored record reads back without error, the analysis runs,
 * and nothing was logged as an unexpected error.
 */
export async function checkInvariants(server: TestServer): Promise<GraphShape> {
  const shape = await readGraph(server);
  const snapshot = await server.service.snapshot();
  if (snapshot.problems.length) throw new Error(`the snapshot has problems: ${JSON.stringify(snapshot.problems.slice(0, 10))}`);
  // Writes are applied to the read model, not reloaded: it must be what a reload would give.
  await expectSameAsReload(snapshot, server.store);
  if (snapshot.graphVersion !== shape.version) throw new Error(`graph says version ${shape.version}, the service ${snapshot.graphVersion}`);
  if (snapshot.nodes.size !== shape.nodes.size || snapshot.rels.size !== shape.edges.size) {
    throw new Error(`graph shows ${shape.nodes.size} nodes and ${shape.edges.size} edges, the snapshot holds ${snapshot.nodes.size} and ${snapshot.rels.size}`);
  }
  for (const [query, list] of [[READBACK, 'actors'], [READBACK_NETWORKS, 'networks']] as const) {
    let after: string | null = null;
    do {
      const page = await send(server, query, { after });
      if (page.body.errors) throw new Error(`reading every record of ${list} back failed: ${page.text.slice(0, 1500)}`);
      const connection = page.body.data![list] as { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
  }
  const rest = await send(server, READBACK_REST);
  if (rest.body.errors) throw new Error(`reading every record back failed: ${rest.text.slice(0, 1500)}`);
  const analysis = await send(server, '{ analysis { graphVersion summary { total } findings { id kind subjects { nodes relationships } } } }');
  if (analysis.body.errors) throw new Error(`the analysis failed: ${analysis.text.slice(0, 1500)}`);
  // Only what was logged since the last check, so one failure does not fail every later property.
  const unexpected = server.logs.slice(logsSeen.get(server) ?? 0).filter((l) => l.includes('"level":"error"'));
  logsSeen.set(server, server.logs.length);
  if (unexpected.length) throw new Error(`the server logged errors:\n  ${unexpected.slice(0, 5).map((l) => l.slice(0, 600)).join('\n  ')}`);
  return shape;
}

// The hostile values live in arbitraries.ts; the fuzz files import everything from here.
export * from './arbitraries.js';
