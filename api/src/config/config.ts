/**
 * Configuration, parsed once at start-up from the environment. Every problem is reported
 * together, each naming its variable; the rest of the code gets a typed, frozen object.
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { parseRoleMap, type OidcSettings } from '../auth/oidc.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    SEED_DIR: z.string().min(1).default('./seed/jamtland-2024'),
    REPRESENTATION_RULES: z.string().min(1).default('./seed/representation-rules.csv'),
    COVERAGE_RULES: z.string().min(1).default('./seed/coverage-rules.csv'),
    STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    CHAIN_MAX_HOPS: z.coerce.number().int().min(1).max(8).default(3),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/\S+$/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    AUTH_MODE: z.enum(['none', 'local', 'oidc']).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    GRAPHIQL: z.enum(['true', 'false']).optional(),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URI: z.string().url().optional(),
    OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
    OIDC_ROLE_MAP: z.string().optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
    const loopback = LOOPBACK.has(env.HOST);
    if (!loopback && (env.AUTH_MODE ?? 'none') === 'none') {
      ctx.addIssue({ code: 'custom', path: ['AUTH_MODE'], message: `must be local (or oidc) when HOST is not a loopback address (${env.HOST}): AUTH_MODE=none lets anyone change the map` });
    }
    if (env.AUTH_MODE === 'oidc') {
      for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_ROLE_MAP'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required with AUTH_MODE=oidc' });
      }
      const map = env.OIDC_ROLE_MAP ? parseRoleMap(env.OIDC_ROLE_MAP) : null;
      if (typeof map === 'string') ctx.addIssue({ code: 'custom', path: ['OIDC_ROLE_MAP'], message: map });
      if (env.OIDC_ISSUER?.startsWith('http:') && !loopback) {
        ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'must use https' });
      }
    }
    if (env.NEO4J_URI && env.AUTH_MODE === 'local' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required with NEO4J_URI and AUTH_MODE=local, so every instance accepts the same sessions' });
    }
  });

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly loopback: boolean;
  readonly dataDir: string;
  readonly seedDir: string;
  readonly analysis: {
    readonly representationRules: string;
    readonly coverageRules: string;
    readonly staleAfterDays: number;
    readonly chainMaxHops: number;
  };
  readonly neo4j: { readonly uri: string; readonly user: string; readonly password: string; readonly database: string } | null;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly production: boolean;
  readonly auth: {
    readonly mode: 'none' | 'local' | 'oidc';
    /** Null: a random secret per process (sessions end when it restarts). */
    readonly sessionSecret: string | null;
    readonly secureCookies: boolean;
    readonly oidc: OidcSettings | null;
  };
  readonly introspection: boolean;
  readonly graphiql: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty variables count as unset, as a shell user expects of `PORT= npm start`. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    loopback: LOOPBACK.has(e.HOST),
    dataDir: path(e.DATA_DIR),
    seedDir: path(e.SEED_DIR),
    analysis: {
      representationRules: path(e.REPRESENTATION_RULES),
      coverageRules: path(e.COVERAGE_RULES),
      staleAfterDays: e.STALE_AFTER_DAYS,
      chainMaxHops: e.CHAIN_MAX_HOPS,
    },
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : null,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    auth: {
      mode: e.AUTH_MODE ?? 'none',
      sessionSecret: e.SESSION_SECRET ?? null,
      secureCookies: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
      oidc: e.AUTH_MODE === 'oidc' && e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_REDIRECT_URI && e.OIDC_ROLE_MAP
        ? {
            issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, redirectUri: e.OIDC_REDIRECT_URI,
            roleClaim: e.OIDC_ROLE_CLAIM, roleMap: parseRoleMap(e.OIDC_ROLE_MAP) as Record<string, 'viewer' | 'editor' | 'admin'>,
            allowHttp: e.OIDC_ISSUER.startsWith('http:'),
          }
        : null,
    },
    introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    graphiql: e.GRAPHIQL ? e.GRAPHIQL === 'true' : e.NODE_ENV !== 'production',
  });
}
