/** importData refuses two files of the same kind rather than silently dropping one of them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from '../support/harness.js';

const IMPORT = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) { importData(files: $files, dryRun: $dryRun) { status counts { file created } } }`;
const AREAS = 'id,name,type,parent\ndup-sverige,Sverige,NATION,\n';
const actors = (id: string) => `id,name,kind,sector,level,area\n${id},Skola ${id},SCHOOL,MUNICIPAL,LOCAL,dup-sverige\n`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('two files of one kind in one import', () => {
  it.each([
    ['the same name', 'actors.csv', 'actors.csv'],
    ['the same name in different folders', 'export-a/actors.csv', 'C:\\\\export-b\\\\actors.csv'],
  ])('are refused with BAD_USER_INPUT naming the file (%s), and nothing is written', async (_, first, second) => {
    for (const dryRun of [true, false]) {
      const response = await server.gql(IMPORT, {
        dryRun,
        files: [{ name: 'areas.csv', content: AREAS }, { name: first, content: actors('dup-a') }, { name: second, content: actors('dup-b') }],
      });
      const error = failure(response);
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([{ field: 'files[2].name', message: expect.stringContaining('actors.csv is given twice (files[1] and files[2])') }]);
      expect(response.data).toBeNull();
    }
    const snapshot = await server.service.snapshot();
    expect([snapshot.nodeOf('Actor', 'dup-a'), snapshot.nodeOf('Actor', 'dup-b'), snapshot.graphVersion]).toEqual([undefined, undefined, 0]);
  });
});
