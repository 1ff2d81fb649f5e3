/**
 * The Neo4j server the `neo4j` project runs on: Neo4j 5 Community (the version docker-compose.yml
 * runs), authentication on, the project's constraints and indexes in place. When no server can be
 * started here, this file is the one the `neo4j` project runs: it is skipped on a developer
 * machine, naming why, and fails in CI (CI=true).
 */
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/store/cypher-files.js';
import { neo4jOptions, neo4jVersion } from '../support/neo4j.js';

const unavailable = process.env['NEO4J_UNAVAILABLE'];
const COMPOSE = readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8');

if (unavailable && process.env['CI'] !== 'true') {
  describe.skip(`Neo4j runs (storage contract, API, backup and restore, two instances): skipped — ${unavailable}`, () => {
    it('runs on Neo4j', () => undefined);
  });
} else if (unavailable) {
  describe('Neo4j runs', () => {
    it('can start a Neo4j server in CI', () => {
      throw new Error(`no Neo4j server could be started: ${unavailable}`);
    });
  });
} else {
  describe('the Neo4j server of the test run', () => {
    const names = (statements: string[], kind: RegExp) =>
      statements.map((s) => kind.exec(s)?.[1]).filter((n): n is string => n !== undefined).sort();

    it('is Neo4j 5 Community, the version docker-compose.yml runs, with authentication on', async () => {
      const options = neo4jOptions();
      const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
      try {
        const info = await driver.getServerInfo();
        expect(info.agent).toMatch(/^Neo4j\/5\./);
        if (!process.env['NEO4J_URI']) {
          expect(info.agent).toBe(`Neo4j/${neo4jVersion()}`);
          expect(COMPOSE).toContain(`image: neo4j:${neo4jVersion()}-community`);
        }
        const { records } = await driver.executeQuery('CALL dbms.components() YIELD edition RETURN edition', {}, { database: options.database });
        expect(records[0]?.get('edition')).toBe('community');
      } finally {
        await driver.close();
      }
      const wrong = neo4j.driver(options.uri, neo4j.auth.basic(options.user, `${options.password}-wrong`));
      try {
        await expect(wrong.verifyAuthentication()).resolves.toBe(false);
      } finally {
        await wrong.close();
      }
    });

    it('has every constraint and index of cypher/schema/neo4j.cypher', async () => {
      const options = neo4jOptions();
      const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
      try {
        const schema = loadSchema('neo4j');
        const shown = async (query: string) =>
          (await driver.executeQuery(query, {}, { database: options.database })).records.map((r) => String(r.get('name'))).sort();
        expect(await shown('SHOW CONSTRAINTS YIELD name RETURN name')).toEqual(names(schema, /^CREATE CONSTRAINT (\w+)/));
        const indexes = await shown("SHOW INDEXES YIELD name, owningConstraint, type WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name");
        expect(indexes).toEqual(names(schema, /^CREATE INDEX (\w+)/));
      } finally {
        await driver.close();
      }
    });
  });
}
