/**
 * A real server for tests: a fresh Kuzu database in a temp folder, the same app as `npm start`,
 * listening on a free loopback port, and a small GraphQL client. In the `neo4j` vitest project
 * (TEST_ENGINE=neo4j) the database is the run's Neo4j server instead, emptied first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisSettings } from '../../src/analysis/settings.js';
import { AnalysisRunner, type AnalysisSource } from '../../src/analysis/worker/analysis-runner.js';
import { Accounts } from '../../src/auth/accounts.js';
import { createAuthenticator, type AuthMode } from '../../src/auth/authenticate.js';
import { OidcSignIn, type OidcSettings } from '../../src/auth/oidc.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createApp } from '../../src/server/app.js';
import type { BudgetSettings } from '../../src/server/budget.js';
import { seed } from '../../src/server/seed.js';
import { MapService } from '../../src/service/map-service.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { neo4jOptions, onNeo4j, wipeNeo4j } from './neo4j.js';

export const DEMO_SEED = fileURLToPath(new URL('../../../seed/jamtland-2024/', import.meta.url));
const SEED_ROOT = fileURLToPath(new URL('../../../seed/', import.meta.url));
/** The day the tests count as today, so findings about staleness and project ends are fixed. */
export const TEST_TODAY = '2026-11-25';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: { message: string; path?: unknown[]; extensions: { code: string; fields?: { field: string; message: string }[]; reason?: string } }[];
}

export interface TestServer {
  readonly url: string;
  readonly accounts: Accounts;
  readonly service: MapService;
  readonly store: GraphStore;
  /** The analysis worker's runner: `await analysis.settled()` before asking for findings of the latest write. */
  readonly analysis: AnalysisRunner;
  readonly logs: string[];
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly seedDemo?: boolean;
  /** Default none: the local demo, where every request may do anything. */
  readonly authMode?: AuthMode;
  readonly introspection?: boolean;
  /** AUTH_MODE=oidc against this provider. */
  readonly oidc?: OidcSettings;
  /** A fixed port (an OIDC redirect URI must be known before the server starts). */
  readonly port?: number;
  /** Wraps the store, e.g. to count or break its calls. */
  readonly wrapStore?: (store: GraphStore) => GraphStore;
  /** Wraps the analysis the API answers from, e.g. to hold it stale. */
  readonly wrapAnalysis?: (analysis: AnalysisSource) => AnalysisSource;
  /** GraphiQL on (the default) or off, as GRAPHIQL sets it. */
  readonly graphiql?: boolean;
  /** The folder of the built UI (default ui/dist). */
  readonly uiDir?: string;
  /** The per-caller request budget (default: on with sign-in, off with AUTH_MODE=none). */
  readonly budget?: BudgetSettings | null;
  /**
   * A store another test server opened: this server is a second API instance over the same
   * database (Kuzu allows one Database per directory per process, so they share the object).
   * Closing this server leaves the store open.
   */
  readonly sharedStore?: GraphStore;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dir = options.sharedStore || onNeo4j ? null : mkdtempSync(join(tmpdir(), 'aktorskartan-test-'));
  if (onNeo4j && !options.sharedStore) await wipeNeo4j();
  const ownStore: GraphStore | null = options.sharedStore ? null : onNeo4j ? new Neo4jStore(neo4jOptions()) : new KuzuStore(dir!);
  await ownStore?.init();
  const opened = options.sharedStore ?? ownStore!;
  const store = options.wrapStore ? options.wrapStore(opened) : opened;
  const logs: string[] = [];
  const logger: Logger = createLogger('warn', (line) => logs.push(line));
  const service = new MapService(store, logger);
  // As in main.ts: the analysis worker follows the read model from the first write on.
  const analysis = new AnalysisRunner(analysisSettings({
    representationRules: `${SEED_ROOT}/representation-rules.csv`, coverageRules: `${SEED_ROOT}/coverage-rules.csv`,
    staleAfterDays: 365, chainMaxHops: 3,
  }, () => TEST_TODAY), service, logger);
  if (options.seedDemo) {
    const report = await seed(service, DEMO_SEED);
    if (report.status !== 'APPLIED') throw new Error(`demo seed rejected: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
  const accounts = new Accounts(store);
  const sessionSecret = 'test-session-secret-0123456789abcdef';
  const authenticator = createAuthenticator(options.authMode ?? 'none', accounts, sessionSecret);
  const { express } = await createApp({
    service, analysis: options.wrapAnalysis ? options.wrapAnalysis(analysis) : analysis, logger, accounts, authenticator, sessionSecret,
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    ...(options.graphiql !== undefined ? { graphiql: options.graphiql } : {}),
    ...(options.uiDir !== undefined ? { uiDir: options.uiDir } : {}),
    ...(options.budget !== undefined ? { budget: options.budget } : {}),
    oidc: options.oidc ? await OidcSignIn.discover(options.oidc, sessionSecret) : null,
  });
  const server: Server = await new Promise((resolve) => {
    const s = express.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    accounts,
    service,
    store,
    analysis,
    logs,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await analysis.close();
      await ownStore?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The data of a response that must have no errors. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The one error of a response that must have failed. */
export function failure(response: GraphQLResponse) {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return error;
}
