/**
 * Global setup of the `neo4j` vitest project: one Neo4j 5 server for the whole run (see
 * scripts/neo4j/), or the one NEO4J_URI names (a DISPOSABLE database: every suite empties it).
 * Runs only when a file of that project is selected.
 */
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../../scripts/neo4j/neo4j-server.mjs';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['NEO4J_URI'];
  if (given) {
    project.provide('neo4j', {
      uri: given,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      database: process.env['NEO4J_DATABASE'] ?? 'neo4j',
      version: 'as given by NEO4J_URI',
    });
    return async () => undefined;
  }
  const server = await startNeo4j({ log: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(`neo4j: Neo4j ${server.version} for the tests at ${server.uri} (up in ${(server.startMs / 1000).toFixed(1)} s)\n`);
  const { uri, user, password, database, version } = server;
  project.provide('neo4j', { uri, user, password, database, version });
  return () => server.stop();
}
