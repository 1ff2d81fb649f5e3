/**
 * Start-up: configuration, storage, the demo map on first start, then the HTTP server.
 *   node dist/main.js [--empty]
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { randomBytes } from 'node:crypto';
import { createAnalysisCache } from './analysis/settings.js';
import { Accounts } from './auth/accounts.js';
import { createAuthenticator } from './auth/authenticate.js';
import { OidcSignIn } from './auth/oidc.js';
import { createLogger, type Logger } from './logger.js';
import { createApp } from './server/app.js';
import { seed } from './server/seed.js';
import { MapService } from './service/map-service.js';
import type { GraphStore } from './store/graph-store.js';
import { KuzuStore } from './store/kuzu/kuzu-store.js';
import { Neo4jStore } from './store/neo4j/neo4j-store.js';

/** How soon an account change made on another instance (a disabled account) takes effect here. */
const ACCOUNTS_REFRESH_MS = 10_000;

export function openStore(config: Config): GraphStore {
  return config.neo4j ? new Neo4jStore(config.neo4j) : new KuzuStore(config.dataDir);
}

async function seedIfEmpty(service: MapService, config: Config, logger: Logger): Promise<void> {
  if ((await service.store.graphVersion()) > 0) return;
  const report = await seed(service, config.seedDir);
  if (report.status !== 'APPLIED') {
    for (const e of report.errors) logger.error({ ...e }, 'seed row rejected');
    throw new Error(`the demo map in ${config.seedDir} was rejected (${report.errors.length} problems); nothing was written`);
  }
  const created = report.counts.reduce((sum, c) => sum + c.created, 0);
  logger.info({ seedDir: config.seedDir, created }, 'seeded the empty map with the demo data');
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  // Rules are checked before anything else starts: a bad rules file names its line and column.
  const analysis = createAnalysisCache(config.analysis);
  const store = openStore(config);
  await store.init();
  const service = new MapService(store, logger);
  if (!argv.includes('--empty')) await seedIfEmpty(service, config, logger);
  const snapshot = await service.snapshot();
  const accounts = new Accounts(store);
  // Several instances share one Neo4j database: take in account changes made by the others.
  if (store.engine === 'neo4j') {
    setInterval(() => accounts.refresh().catch((error: unknown) => logger.warn({ error: String(error) }, 'refreshing accounts failed')), ACCOUNTS_REFRESH_MS).unref();
  }
  if (config.auth.mode === 'local') {
    const password = await accounts.bootstrapAdmin();
    if (password) {
      // Printed once, on the console of whoever started the server; it must be changed at first sign-in.
      process.stderr.write(`\nFirst start with AUTH_MODE=local: an administrator account was created.\n  user name: admin\n  one-time password: ${password}\nSign in at /auth/sign-in and change it.\n\n`);
    }
  }
  if (config.auth.mode !== 'none' && !config.auth.sessionSecret) {
    logger.warn({}, 'SESSION_SECRET is not set: sessions end when the server restarts');
  }
  const sessionSecret = config.auth.sessionSecret ?? randomBytes(32).toString('base64url');
  const authenticator = createAuthenticator(config.auth.mode, accounts, sessionSecret);
  const oidc = config.auth.oidc ? await OidcSignIn.discover(config.auth.oidc, sessionSecret) : null;
  const { express } = await createApp({
    service, analysis, accounts, authenticator, sessionSecret, logger,
    secureCookies: config.auth.secureCookies, introspection: config.introspection, graphiql: config.graphiql, oidc,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = express.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  logger.info(
    { url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/`, engine: store.engine,
      nodes: snapshot.nodes.size, relationships: snapshot.rels.size, auth: config.auth.mode, startupMs: Date.now() - started },
    'Aktörskartan is serving',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.close();
    server.closeAllConnections();
    store.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: String(error) }, 'closing the store failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`Aktörskartan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
