import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env, '/srv/app');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('defaults to the embedded database on loopback port 4000', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', loopback: true, dataDir: '/srv/app/data', neo4j: null });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }, '/srv/app').port).toBe(4000);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://db:7474' });
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('NEO4J_URI:'))).toBe(true);
  });

  it('rejects a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT:/);
  });

  it('requires NEO4J_PASSWORD with NEO4J_URI', () => {
    expect(problemsOf({ NEO4J_URI: 'neo4j://db:7687' })).toEqual(['NEO4J_PASSWORD: is required when NEO4J_URI is set']);
    const config = loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j).toEqual({ uri: 'neo4j://db:7687', user: 'neo4j', password: 'secret', database: 'neo4j' });
  });

  it('knows a non-loopback host is not loopback', () => {
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'local' }).loopback).toBe(false);
  });

  it('refuses to serve without sign-in on a non-loopback address', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^AUTH_MODE: must be local/)]);
    expect(loadConfig({}).auth.mode).toBe('none');
  });

  it('turns introspection and GraphiQL off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'local' })).toMatchObject({ introspection: false, graphiql: false, auth: { secureCookies: true } });
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'local', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });
});
