/**
 * A test server holding a synthetic map (api/src/synthetic), loaded as a user would: the CSV
 * template files of the generated graph, sent with the importData mutation.
 */
import { generateNationalMap, templateCsvFiles } from '../../../src/synthetic/national-map.js';
import { ok, startTestServer, type TestServer } from '../../support/harness.js';

export interface SyntheticServer {
  readonly server: TestServer;
  readonly nodes: number;
  readonly relationships: number;
}

const IMPORT = `mutation ($files: [ImportFileInput!]!) {
  importData(files: $files) { status errors { file line column message } }
}`;

export async function startSyntheticServer(seed: number, scale: number): Promise<SyntheticServer> {
  const graph = generateNationalMap({ seed, scale });
  const server = await startTestServer();
  try {
    const files = templateCsvFiles(graph).map(({ name, content }) => ({ name, content }));
    const { importData } = ok(await server.gql(IMPORT, { files }));
    if (importData.status !== 'APPLIED') throw new Error(`synthetic map rejected: ${JSON.stringify(importData.errors.slice(0, 5))}`);
  } catch (error) {
    await server.close();
    throw error;
  }
  return { server, nodes: graph.nodes.length, relationships: graph.rels.length };
}
