/**
 * The HTTP surface on one port: the UI, /graphql, /graphiql and /healthz.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createErrorFormatter } from './format-error.js';
import { responseCachePlugin } from './response-cache.js';
import type { AnalysisCache } from '../analysis/analyze.js';
import type { GraphQLContext } from '../graphql/context.js';
import { resolvers } from '../graphql/resolvers/index.js';
import type { Logger } from '../logger.js';
import type { MapService } from '../service/map-service.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../src/graphql/schema.graphql', import.meta.url));
export const UI_DIST = fileURLToPath(new URL('../../../ui/dist/', import.meta.url));
export const MAX_BODY = '12mb';

export interface AppOptions {
  readonly service: MapService;
  readonly analysis: AnalysisCache;
  readonly logger: Logger;
  readonly uiDir?: string;
}

export interface App {
  readonly express: Express;
  readonly apollo: ApolloServer<GraphQLContext>;
}

const securityHeaders: express.RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};

export async function createApp({ service, analysis, logger, uiDir = UI_DIST }: AppOptions): Promise<App> {
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers,
    formatError: createErrorFormatter(logger),
    // GraphiQL is served from the UI bundle at /graphiql; Apollo's landing page would load a CDN.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are unused (responses are cached per graph version instead); the default
      // cache-control plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin(),
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    try {
      const graphVersion = await service.store.graphVersion();
      res.json({ status: 'ok', engine: service.store.engine, graphVersion });
    } catch (error) {
      logger.error({ error: String(error) }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async () => ({ service, logger, analysis, snapshot: await service.snapshot() }),
    }),
  );

  const indexHtml = join(uiDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.get(['/graphiql', '/graphiql/'], (_req, res) => res.sendFile(join(uiDir, 'graphiql.html')));
    app.use(express.static(uiDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes of the single-page app all load the same page.
    app.get(/^\/(?!graphql|healthz|assets\/).*/, (_req, res) => res.sendFile(indexHtml));
  } else {
    logger.warn({ uiDir }, 'the UI is not built; serving the API only (run npm run build)');
  }

  const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, _next) => {
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
