/**
 * The load mix shared by `bench/load.ts` and `test/load/load-smoke.test.ts`: autocannon against
 * `/graphql` with a body chosen per request — 80 % reads (the whole map, a page of actors with
 * their areas and networks, searches), 20 % writes (markVerified, updateActor with the version
 * last seen) — and every response body read for GraphQL error codes.
 *
 * CONFLICT is a correct answer under concurrency (someone else wrote the actor first): it is
 * counted apart, the actor's version is refreshed (from the message, else from `refreshVersion`)
 * and the run goes on. Anything else — a 5xx, INTERNAL, any other code, a body that is not a
 * GraphQL answer, a connection error or timeout — is a failure (`failuresOf`). Besides the API's
 * own codes, the counts may hold the checker's: NO_DATA (neither data nor errors), NO_CODE (an
 * error without `extensions.code`), UNPARSEABLE_<status> (a body that is not JSON).
 *
 * Autocannon runs in the same process as the server: the figures include the load generator's
 * own CPU, so they are a lower bound of what the server alone manages.
 */
import autocannon from 'autocannon';

export const GRAPH_QUERY =
  '{ graph { graphVersion nodes { id type label kind sector status areaId } edges { id type source target kind status } } }';
export const ACTORS_QUERY =
  '{ actors(first: 50) { totalCount edges { node { id name area { name } memberships { role network { name } } } } } }';
export const SEARCH_QUERY = 'query($text: String!) { search(text: $text, first: 20) { id type label detail } }';
export const SEARCH_WORDS = ['Östersund', 'skola', 'socialtjänst', 'förskola', 'kyrkan', 'ostersund familj', 'BVC Strömsund'] as const;
export const MARK_VERIFIED = 'mutation($ids: [ID!]!) { markVerified(ids: $ids) }';
export const UPDATE_ACTOR =
  'mutation($id: ID!, $version: Int!, $patch: ActorPatch!) { updateActor(id: $id, version: $version, patch: $patch) { id version } }';
/** Not in the schema: only for checking that the checker fails (`bogusShare`). */
export const BOGUS_QUERY = '{ noSuchField { id } }';

export type Op = 'graph' | 'actors' | 'search' | 'markVerified' | 'updateActor' | 'bogus';
export const OPS: readonly Op[] = ['graph', 'actors', 'search', 'markVerified', 'updateActor', 'bogus'];

/** Shares of the mix (summing to 1 without `bogus`): 80 % reads, 20 % writes. */
const WEIGHTS: readonly (readonly [Op, number])[] = [
  ['graph', 0.3],
  ['actors', 0.3],
  ['search', 0.2],
  ['markVerified', 0.1],
  ['updateActor', 0.1],
];

export interface ActorVersion {
  readonly id: string;
  readonly version: number;
}

export interface MixOptions {
  /** The server's base URL; requests go to `${url}/graphql`. */
  readonly url: string;
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** The actors to write to, with the versions they are at now (e.g. from `service.snapshot()`). */
  readonly actors: readonly ActorVersion[];
  /** Where a version is read after a CONFLICT whose message does not carry it (e.g. the snapshot). */
  readonly refreshVersion?: (id: string) => Promise<number | undefined>;
  /** Replace this share of requests with a query the schema lacks, to see the run fail. Default 0. */
  readonly bogusShare?: number;
}

export interface OpStats {
  requests: number;
  conflicts: number;
  /** Responses with any other error, or none that a GraphQL client could read. */
  failed: number;
  latencies: number[];
}

export interface MixReport {
  readonly duration: number;
  readonly connections: number;
  /** Answered requests (responses). */
  readonly requests: number;
  readonly sent: number;
  readonly requestsPerSecond: number;
  /** From autocannon's histogram (whole milliseconds). */
  readonly latency: { readonly p50: number; readonly p97_5: number; readonly p99: number; readonly max: number };
  /** From the response times autocannon reports per response (fractional milliseconds). */
  readonly ownLatency: { readonly p50: number; readonly p95: number; readonly p97_5: number; readonly p99: number };
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly non2xx: number;
  readonly status5xx: number;
  /** HTTP errors on the connection and timeouts (no answer at all). */
  readonly connectionErrors: number;
  readonly timeouts: number;
  /** GraphQL error codes, one count per error (CONFLICT included). */
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly conflicts: number;
  readonly versionRefreshes: number;
  readonly byOp: Readonly<Record<Op, OpStats>>;
  /** A few examples of the unexpected answers, for the report. */
  readonly samples: readonly string[];
}

interface MixContext {
  op?: Op;
  actorId?: string;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function runMix(options: MixOptions): Promise<MixReport> {
  const { url, connections, duration, refreshVersion } = options;
  const bogusShare = options.bogusShare ?? 0;
  if (options.actors.length === 0) throw new Error('the load mix needs at least one actor to write to');
  const versions = new Map<string, number>(options.actors.map((a) => [a.id, a.version]));
  const actorIds = options.actors.map((a) => a.id);
  const refreshing = new Set<string>();
  const byOp = Object.fromEntries(OPS.map((op) => [op, { requests: 0, conflicts: 0, failed: 0, latencies: [] }])) as unknown as Record<Op, OpStats>;
  const errorCodes: Record<string, number> = {};
  const samples: string[] = [];
  const allLatencies: number[] = [];
  let conflicts = 0;
  let versionRefreshes = 0;
  let writes = 0;
  /** The op of the response being recorded: onResponse runs just before the 'response' event, in the same tick. */
  let lastOp: Op | undefined;

  const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const chooseOp = (): Op => {
    if (bogusShare > 0 && Math.random() < bogusShare) return 'bogus';
    let r = Math.random();
    for (const [op, weight] of WEIGHTS) {
      if (r < weight) return op;
      r -= weight;
    }
    return 'graph';
  };
  const count = (code: string) => (errorCodes[code] = (errorCodes[code] ?? 0) + 1);
  const sample = (text: string) => {
    const line = text.trim().replace(/\s+/g, ' ');
    if (samples.length < 5) samples.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
  };

  const bodyFor = (context: MixContext): string => {
    const op = chooseOp();
    context.op = op;
    switch (op) {
      case 'graph':
        return JSON.stringify({ query: GRAPH_QUERY });
      case 'actors':
        return JSON.stringify({ query: ACTORS_QUERY });
      case 'search':
        return JSON.stringify({ query: SEARCH_QUERY, variables: { text: pick(SEARCH_WORDS) } });
      case 'markVerified': {
        const id = pick(actorIds);
        context.actorId = id;
        return JSON.stringify({ query: MARK_VERIFIED, variables: { ids: [id] } });
      }
      case 'updateActor': {
        const id = pick(actorIds);
        context.actorId = id;
        writes += 1;
        const patch = { description: `Lasttest ${new Date().toISOString()} #${writes}` };
        return JSON.stringify({ query: UPDATE_ACTOR, variables: { id, version: versions.get(id) ?? 1, patch } });
      }
      case 'bogus':
        return JSON.stringify({ query: BOGUS_QUERY });
    }
  };

  const refresh = (id: string, message: string | undefined) => {
    // "… it is at version 7, you edited version 5": the message names the current version.
    const named = message?.match(/at version (\d+)/)?.[1];
    if (named !== undefined) {
      versions.set(id, Number(named));
      versionRefreshes += 1;
      return;
    }
    if (!refreshVersion || refreshing.has(id)) return;
    refreshing.add(id);
    refreshVersion(id)
      .then((version) => {
        if (version !== undefined) {
          versions.set(id, version);
          versionRefreshes += 1;
        }
      })
      .catch((error: unknown) => sample(`refreshing the version of ${id} failed: ${String(error)}`))
      .finally(() => refreshing.delete(id));
  };

  const record = (status: number, body: string, context: MixContext) => {
    const op = context.op ?? 'graph';
    lastOp = op;
    const stats = byOp[op];
    stats.requests += 1;
    // Reads are large and almost always fine: parse only what may carry errors or a version.
    const mustParse = status < 200 || status >= 300 || op === 'updateActor' || op === 'markVerified' || op === 'bogus' || body.includes('"errors":');
    if (!mustParse) {
      if (!body.startsWith('{"data":{')) {
        stats.failed += 1;
        count('NO_DATA');
        sample(`${op} ${status}: ${body}`);
      }
      return;
    }
    let answer: GraphQLAnswer;
    try {
      answer = JSON.parse(body) as GraphQLAnswer;
    } catch {
      stats.failed += 1;
      count(`UNPARSEABLE_${status}`);
      sample(`${op} ${status}: ${body}`);
      return;
    }
    const errors = answer.errors ?? [];
    let unexpected = false;
    let conflicted = false;
    for (const error of errors) {
      const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE';
      count(code);
      if (code === 'CONFLICT') {
        conflicted = true;
        conflicts += 1;
        if (context.actorId) refresh(context.actorId, error.message);
      } else {
        unexpected = true;
      }
    }
    if (unexpected || (errors.length === 0 && (answer.data === undefined || answer.data === null))) {
      if (errors.length === 0) count('NO_DATA');
      stats.failed += 1;
      sample(`${op} ${status}: ${body}`);
    } else if (conflicted) {
      stats.conflicts += 1;
    }
    if (op === 'updateActor' && errors.length === 0) {
      const updated = answer.data?.['updateActor'] as { id?: unknown; version?: unknown } | undefined;
      if (typeof updated?.id === 'string' && typeof updated.version === 'number') versions.set(updated.id, updated.version);
    }
  };

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: `${url}/graphql`,
      connections,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => ({ ...request, body: bodyFor(context as MixContext) }),
          onResponse: (status, body, context) => record(status, body, context as MixContext),
        },
      ],
    }, (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      allLatencies.push(responseTime);
      if (lastOp) byOp[lastOp].latencies.push(responseTime);
      lastOp = undefined;
    });
  });

  allLatencies.sort((a, b) => a - b);
  for (const stats of Object.values(byOp)) stats.latencies.sort((a, b) => a - b);
  const statusCounts: Record<string, number> = {};
  for (const [status, { count: n }] of Object.entries(result.statusCodeStats ?? {})) statusCounts[status] = n ?? 0;
  const responses = allLatencies.length;
  return {
    duration: result.duration,
    connections: result.connections,
    requests: responses,
    sent: result.requests.sent,
    requestsPerSecond: responses / result.duration,
    latency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    ownLatency: {
      p50: quantile(allLatencies, 0.5), p95: quantile(allLatencies, 0.95),
      p97_5: quantile(allLatencies, 0.975), p99: quantile(allLatencies, 0.99),
    },
    statusCounts,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    errorCodes,
    conflicts,
    versionRefreshes,
    byOp,
    samples,
  };
}

/** What makes the run a failure; empty when it passed. CONFLICT never does. */
export function failuresOf(report: MixReport): string[] {
  const failures: string[] = [];
  if (report.requests === 0) failures.push('no responses at all');
  if (report.status5xx > 0) failures.push(`${report.status5xx} responses with a 5xx status`);
  const internal = report.errorCodes['INTERNAL'] ?? 0;
  if (internal > 0) failures.push(`${internal} INTERNAL errors`);
  for (const [code, n] of Object.entries(report.errorCodes)) {
    if (code !== 'CONFLICT' && code !== 'INTERNAL') failures.push(`${n} × ${code}`);
  }
  if (report.connectionErrors > 0) failures.push(`${report.connectionErrors} connection errors`);
  if (report.timeouts > 0) failures.push(`${report.timeouts} timeouts`);
  return failures;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');

export function formatReport(report: MixReport): string {
  const otherCodes = Object.entries(report.errorCodes).filter(([code]) => code !== 'CONFLICT');
  const non409 = report.non2xx - (report.statusCounts['409'] ?? 0);
  const rows: [string, string][] = [
    ['duration', `${report.duration} s`],
    ['connections', String(report.connections)],
    ['requests answered (sent)', `${report.requests} (${report.sent})`],
    ['requests per second', report.requestsPerSecond.toFixed(1)],
    ['latency p50 / p97.5 / p99 (autocannon)', `${ms(report.latency.p50)} / ${ms(report.latency.p97_5)} / ${ms(report.latency.p99)} (max ${ms(report.latency.max)})`],
    ['latency p50 / p95 / p99 (per response)', `${ms(report.ownLatency.p50)} / ${ms(report.ownLatency.p95)} / ${ms(report.ownLatency.p99)}`],
    ['HTTP status', Object.entries(report.statusCounts).map(([s, n]) => `${s}: ${n}`).join(', ') || '—'],
    ['non-2xx (of which not 409 CONFLICT)', `${report.non2xx} (${non409})`],
    ['5xx', String(report.status5xx)],
    ['connection errors / timeouts', `${report.connectionErrors} / ${report.timeouts}`],
    ['CONFLICT (expected under concurrency)', `${report.conflicts} (versions refreshed ${report.versionRefreshes} times)`],
    ['other errors by code', otherCodes.length ? otherCodes.map(([c, n]) => `${c}: ${n}`).join(', ') : 'none'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  lines.push('', `${'operation'.padEnd(14)}${'requests'.padStart(10)}${'conflicts'.padStart(11)}${'failed'.padStart(8)}${'p50'.padStart(11)}${'p99'.padStart(11)}`);
  for (const op of OPS) {
    const s = report.byOp[op];
    if (s.requests === 0) continue;
    lines.push(`${op.padEnd(14)}${String(s.requests).padStart(10)}${String(s.conflicts).padStart(11)}${String(s.failed).padStart(8)}` +
      `${ms(quantile(s.latencies, 0.5)).padStart(11)}${ms(quantile(s.latencies, 0.99)).padStart(11)}`);
  }
  if (report.samples.length) lines.push('', 'unexpected answers (first few):', ...report.samples.map((s) => `  ${s}`));
  return lines.join('\n');
}
