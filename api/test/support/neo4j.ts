/**
 * The Neo4j server of a test run: started once by test/support/neo4j-global-setup.ts (or given by
 * NEO4J_URI), shared by the files of the `neo4j` vitest project, which run one at a time; each
 * suite empties the database before it starts.
 */
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CYPHER_DIR, stripComments } from '../../src/store/cypher-files.js';
import type { Neo4jOptions } from '../../src/store/neo4j/neo4j-store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jOptions & { readonly version: string };
  }
}

/** The database every Neo4j test uses. */
export function neo4jOptions(): Neo4jOptions {
  const { uri, user, password, database } = inject('neo4j');
  return { uri, user, password, database };
}

export function neo4jVersion(): string {
  return inject('neo4j').version;
}

const DELETE_EVERYTHING = stripComments(readFileSync(join(CYPHER_DIR, 'queries/maintenance/delete-everything.cypher'), 'utf8'));

/** Empties the database: the map, its Meta node and the records beside it. */
export async function wipeNeo4j(options: Neo4jOptions = neo4jOptions()): Promise<void> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  try {
    await driver.executeQuery(DELETE_EVERYTHING, {}, { database: options.database });
  } finally {
    await driver.close();
  }
}

/** True in the `neo4j` project, where the shared harness opens Neo4j instead of Kuzu. */
export const onNeo4j = process.env['TEST_ENGINE'] === 'neo4j';
