/**
 * The storage contract on Neo4j 5: the run's server (test/support/neo4j-global-setup.ts) or the
 * DISPOSABLE database NEO4J_URI names. Each test empties the database first.
 */
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { neo4jOptions, wipeNeo4j } from '../support/neo4j.js';
import { describeGraphStoreContract } from './graph-store.contract.js';

describeGraphStoreContract('Neo4j', {
  open: async () => {
    await wipeNeo4j();
    const store = new Neo4jStore(neo4jOptions());
    await store.init();
    return store;
  },
  reopen: async (store) => {
    await store.close();
    const again = new Neo4jStore(neo4jOptions());
    await again.init();
    return again;
  },
});
