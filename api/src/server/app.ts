/**
 * The HTTP surface on one port: the UI, /graphql, /graphiql, /auth and /healthz, behind security
 * headers (helmet, with a Content-Security-Policy the UI passes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { AnalysisSource } from '../analysis/worker/analysis-runner.js';
import type { Accounts } from '../auth/accounts.js';
import type { Authenticator } from '../auth/authenticate.js';
import { authorizationPlugin } from '../auth/authorize.js';
import type { OidcSignIn } from '../auth/oidc.js';
import { authRoutes } from '../auth/routes.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { noteStaleAnalysis } from '../graphql/context.js';
import { ViewSets } from '../presentation/view-sets.js';
import { resolvers } from '../graphql/resolvers/index.js';
import type { Logger } from '../logger.js';
import type { MapService } from '../service/map-service.js';
import { DEFAULT_BUDGET, RequestBudget, type BudgetSettings } from './budget.js';
import { documentRefusal, MAX_TOKENS } from './document-limits.js';
import { createErrorFormatter } from './format-error.js';
import { limitsPlugin } from './limits.js';
import { responseCachePlugin, stringifyResult } from './response-cache.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../src/graphql/schema.graphql', import.meta.url));
export const UI_DIST = fileURLToPath(new URL('../../../ui/dist/', import.meta.url));
export const MAX_BODY = '12mb';

export interface AppOptions {
  readonly service: MapService;
  readonly analysis: AnalysisSource;
  readonly accounts: Accounts;
  readonly authenticator: Authenticator;
  readonly sessionSecret: string;
  readonly logger: Logger;
  readonly secureCookies?: boolean;
  readonly introspection?: boolean;
  readonly graphiql?: boolean;
  readonly uiDir?: string;
  readonly oidc?: OidcSignIn | null;
  /** Each caller's request budget (budget.ts); by default on with sign-in and off for the local demo. */
  readonly budget?: BudgetSettings | null;
}

export interface App {
  readonly express: Express;
  readonly apollo: ApolloServer<GraphQLContext>;
}

const HTTP_STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429,
};

export async function createApp(options: AppOptions): Promise<App> {
  const { service, analysis, accounts, authenticator, logger, uiDir = UI_DIST } = options;
  const viewSets = new ViewSets(service.store);
  const typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
  // The cost of a query is judged on the types alone.
  const typesOnly = buildSchema(typeDefs);
  const introspection = options.introspection ?? true;
  const budgetSettings = options.budget === undefined ? (authenticator.mode === 'none' ? null : DEFAULT_BUDGET) : options.budget;
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    formatError: createErrorFormatter(logger),
    introspection,
    // With introspection off, "Did you mean …?" hints would hand the schema out field by field,
    // to anonymous callers too (validation runs before authorization).
    hideSchemaDetailsFromClientErrors: !introspection,
    // A backstop for document-limits.ts, which refuses long documents before they reach Apollo.
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // GraphiQL is served from the UI bundle at /graphiql; Apollo's landing page would load a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are unused (responses are cached per graph version instead); the default
      // cache-control plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      authorizationPlugin(),
      limitsPlugin(typesOnly, budgetSettings ? new RequestBudget(budgetSettings) : null),
      responseCachePlugin(),
    ],
    includeStacktraceInErrorResponses: false,
    stringifyResult,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], connectSrc: ["'self'"],
        // React, Cytoscape and GraphiQL set style attributes; no inline script is allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'], fontSrc: ["'self'", 'data:'], workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: options.secureCookies ?? false,
  }));

  app.get('/healthz', async (_req, res) => {
    try {
      const graphVersion = await service.store.graphVersion();
      res.json({ status: 'ok', engine: service.store.engine, graphVersion });
    } catch (error) {
      logger.error({ error: String(error) }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use('/auth', authRoutes(accounts, authenticator, options.sessionSecret, options.secureCookies ?? false, logger, options.oidc ?? null));

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    (req, res, next) => {
      const query: unknown = req.method === 'GET' ? req.query['query'] : (req.body as { query?: unknown } | undefined)?.query;
      const refusal = typeof query === 'string' ? documentRefusal(query) : null;
      if (!refusal) return next();
      res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: refusal.reason, fields: [] } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const analysisNote = { stale: false };
        return {
          service, logger, analysis: noteStaleAnalysis(analysis, analysisNote), analysisNote, accounts, viewSets,
          principal: await authenticator.principalOf(req),
          address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          authMode: authenticator.mode,
          operation: 'unknown',
          snapshot: await service.snapshot(),
        };
      },
    }),
  );

  const indexHtml = join(uiDir, 'index.html');
  // With sign-in on, pages (not their assets) send an anonymous visitor to the sign-in page —
  // except a shared presentation (/visning/<token>), which its token opens (Query.sharedViewSet).
  if (authenticator.mode !== 'none') {
    app.get(/^\/(?!graphql|healthz|auth\/|assets\/|visning\/[A-Za-z0-9_-]+\/?$).*/, async (req, res, next) => {
      try {
        const principal = await authenticator.principalOf(req);
        if (principal.kind === 'anonymous') res.redirect(302, '/auth/sign-in');
        else if (principal.kind === 'account' && principal.mustChangePassword) res.redirect(302, '/auth/password');
        else next();
      } catch (error) {
        next(error);
      }
    });
  }
  if (existsSync(indexHtml)) {
    if (options.graphiql ?? true) app.get(['/graphiql', '/graphiql/'], (_req, res) => res.sendFile(join(uiDir, 'graphiql.html')));
    // Off means off: the page is not served under its file name either (it falls to the app page).
    else app.get('/graphiql.html', (_req, res) => res.sendFile(indexHtml));
    app.use(express.static(uiDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes of the single-page app all load the same page.
    app.get(/^\/(?!graphql|healthz|auth\/|assets\/).*/, (_req, res) => res.sendFile(indexHtml));
  } else {
    logger.warn({ uiDir }, 'the UI is not built; serving the API only (run npm run build)');
  }

  const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, _next) => {
    if (error instanceof AppError) {
      res.status(HTTP_STATUS[error.code] ?? 500).json({ errors: [{ message: error.code === ErrorCode.INTERNAL ? 'Internal error.' : error.message, extensions: { code: error.code, fields: error.fields } }] });
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ error: String(error) }, 'unexpected HTTP error');
    const message =
      error.type === 'entity.too.large' ? `The request is larger than ${MAX_BODY}.`
        : error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.'
          : status === 500 ? 'Internal error.' : 'Bad request.';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL' : 'BAD_USER_INPUT' } }] });
  };
  app.use(onError);
  return { express: app, apollo };
}
