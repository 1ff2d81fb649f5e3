/**
 * The contract on Neo4j, when NEO4J_URI points at a DISPOSABLE database: each test empties it.
 * Skipped (and reported as skipped) without NEO4J_URI — no Neo4j server can run on the project's
 * build machines; `docker compose up neo4j` provides one elsewhere.
 */
import { describe, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, stripComments } from '../../src/store/cypher-files.js';
import { Neo4jStore, type Neo4jOptions } from '../../src/store/neo4j/neo4j-store.js';
import { describeGraphStoreContract } from './graph-store.contract.js';

const uri = process.env['NEO4J_URI'];

if (!uri) {
  describe.skip('GraphStore contract: Neo4j (set NEO4J_URI to a disposable database to run)', () => {
    it('runs the contract', () => undefined);
  });
} else {
  const options: Neo4jOptions = {
    uri,
    user: process.env['NEO4J_USER'] ?? 'neo4j',
    password: process.env['NEO4J_PASSWORD'] ?? '',
    database: process.env['NEO4J_DATABASE'] ?? 'neo4j',
  };
  const wipe = async () => {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
    try {
      await driver.executeQuery(stripComments(readFileSync(join(CYPHER_DIR, 'queries/maintenance/delete-everything.cypher'), 'utf8')), {}, { database: options.database });
    } finally {
      await driver.close();
    }
  };
  const open = async () => {
    await wipe();
    const store = new Neo4jStore(options);
    await store.init();
    return store;
  };
  describeGraphStoreContract('Neo4j', {
    open,
    reopen: async (store) => {
      await store.close();
      const again = new Neo4jStore(options);
      await again.init();
      return again;
    },
  });
}
