/** importData: the CSV template, all or nothing, every bad row named by file, line and column. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../src/server/seed.js';
import { DEMO_SEED, ok, startTestServer, type TestServer } from '../support/harness.js';

const IMPORT = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) { importData(files: $files, dryRun: $dryRun) {
  status graphVersion counts { file created updated unchanged } errors { file line column code message } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const importFiles = async (files: { name: string; content: string }[], dryRun = false) =>
  ok(await server.gql(IMPORT, { files, dryRun })).importData;
const sizes = async () => {
  const s = await server.service.snapshot();
  return { version: s.graphVersion, nodes: s.nodes.size, rels: s.rels.size };
};

describe('importData', () => {
  it('imports the demo map, and importing it again changes nothing', async () => {
    const files = readSeedFiles(DEMO_SEED);
    const first = await importFiles(files);
    expect(first.status).toBe('APPLIED');
    expect(first.errors).toEqual([]);
    const actors = first.counts.find((c: { file: string }) => c.file === 'actors.csv');
    expect(actors.created).toBeGreaterThanOrEqual(150);
    const after = await sizes();

    const second = await importFiles(files);
    expect(second.status).toBe('APPLIED');
    for (const count of second.counts) expect(count, count.file).toMatchObject({ created: 0, updated: 0 });
    expect(await sizes()).toEqual(after);
  });

  it('matches rows without ids by their natural key, so a re-import updates instead of duplicating', async () => {
    const areas = 'name,type,parent\nTestkommun,MUNICIPALITY,jamtlands-lan\n';
    const actors = 'name,area,kind,sector,level,firstLine,description\nFritidsgården,testkommun,LEISURE,MUNICIPAL,LOCAL,ja,första\n';
    const first = await importFiles([{ name: 'areas.csv', content: areas }, { name: 'actors.csv', content: actors }]);
    expect(first.status).toBe('APPLIED');
    const second = await importFiles([{ name: 'actors.csv', content: actors.replace('första', 'andra') }]);
    expect(second.counts).toEqual([{ file: 'actors.csv', created: 0, updated: 1, unchanged: 0 }]);
    const { actor } = ok(await server.gql('{ actor(id: "testkommun-fritidsgarden") { description firstLine area { name } } }'));
    expect(actor).toEqual({ description: 'andra', firstLine: true, area: { name: 'Testkommun' } });
  });

  it('rejects a file with bad rows whole, listing every bad row by file, line and column, and writes nothing', async () => {
    const before = await sizes();
    const actors = [
      'id,name,kind,sector,level,area,firstLine,topics',
      'ok-actor,Fine,SCHOOL,MUNICIPAL,LOCAL,berg,true,topic-hrv',
      'bad-kind,Bad kind,SPACESHIP,MUNICIPAL,LOCAL,berg,true,',
      '"quoted-multi","Name with a',
      'line break",SCHOOL,MUNICIPAL,LOCAL,nowhere,maybe,',
      'Bad_Id!,x,SCHOOL,MUNICIPAL,LOCAL,,,',
    ].join('\n');
    const memberships = 'actor,network\nok-actor,no-such-network\n';
    const report = await importFiles([{ name: 'actors.csv', content: actors }, { name: 'memberships.csv', content: memberships }]);
    expect(report.status).toBe('REJECTED');
    expect(report.counts).toEqual([]);
    const where = report.errors.map((e: { file: string; line: number; column: string }) => `${e.file}:${e.line}:${e.column}`);
    expect(where).toEqual(expect.arrayContaining([
      'actors.csv:3:kind', 'actors.csv:5:firstLine', 'actors.csv:6:id', 'memberships.csv:2:network',
    ]));
    expect(await sizes()).toEqual(before);
  });

  it('reports a missing area on the row that names it, even after a multi-line cell', async () => {
    const actors = 'id,name,kind,sector,level,area\n"x1","two\nlines",SCHOOL,MUNICIPAL,LOCAL,berg\nx2,Other,SCHOOL,MUNICIPAL,LOCAL,atlantis\n';
    const report = await importFiles([{ name: 'actors.csv', content: actors }]);
    expect(report.errors).toEqual([{ file: 'actors.csv', line: 4, column: 'area', code: 'NOT_FOUND', message: 'no area with id "atlantis"' }]);
  });

  it('names unknown files, unknown and missing columns, and broken CSV', async () => {
    const report = await importFiles([
      { name: 'actors.csv', content: 'id,name,kind,sektor,level\n' },
      { name: 'budget.csv', content: 'a,b\n' },
      { name: 'areas.csv', content: 'name,type\n"unterminated,COUNTY\n' },
    ]);
    expect(report.status).toBe('REJECTED');
    const codes = report.errors.map((e: { file: string; column: string | null; code: string }) => `${e.file}:${e.column}:${e.code}`).sort();
    expect(codes).toEqual([
      'actors.csv:sector:MISSING_COLUMN', 'actors.csv:sektor:UNKNOWN_COLUMN', 'areas.csv:null:CSV_SYNTAX', 'budget.csv:null:UNKNOWN_FILE',
    ]);
  });

  it('flags an id given twice in one import', async () => {
    const report = await importFiles([
      { name: 'topics.csv', content: 'id,name\ntopic-x,X\n' },
      { name: 'programmes.csv', content: 'id,name\ntopic-x,Y\n' },
    ]);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'programmes.csv', line: 2, column: 'id', code: 'DUPLICATE' })]);
  });

  it('dry-runs: reports what would change and writes nothing', async () => {
    const before = await sizes();
    const report = await importFiles([{ name: 'topics.csv', content: 'id,name\ntopic-dry,Torrsim\n' }], true);
    expect(report).toMatchObject({ status: 'DRY_RUN', counts: [{ file: 'topics.csv', created: 1, updated: 0, unchanged: 0 }] });
    expect(await sizes()).toEqual(before);
  });
});
