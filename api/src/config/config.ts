/**
 * Configuration, parsed once at start-up from the environment. Every problem is reported
 * together, each naming its variable; the rest of the code gets a typed, frozen object.
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

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
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
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
  });
}
