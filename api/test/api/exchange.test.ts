/**
 * Export and import beside the GraphQL writes, against the real server with the demo map: the map
 * and a filtered view as XLSX import back unchanged; GraphML and GEXF open in networkx with the
 * same nodes and edges as the view; the template workbook carries drop-down lists; findings export
 * as a table; a workbook with a bad row is rejected naming sheet, line and column, and nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

const PYTHON = '/usr/bin/python3';
const hasNetworkx = existsSync(PYTHON) && (() => { try { execFileSync(PYTHON, ['-c', 'import networkx']); return true; } catch { return false; } })();

interface FileOut { name: string; mediaType: string; contentBase64: string }
const EXPORT = `query($filter: GraphFilter, $format: ExportFormat!) { exportMap(filter: $filter, format: $format) { name mediaType contentBase64 } }`;
const IMPORT = `mutation($c: String!, $dry: Boolean) { importWorkbook(contentBase64: $c, dryRun: $dry) { status counts { file created updated unchanged } errors { file line column code message } } }`;

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  dir = mkdtempSync(join(tmpdir(), 'aktorskartan-exchange-'));
});
afterAll(() => server.close());

const countNodes = async (): Promise<number> =>
  (ok(await server.gql('{ stats { nodes { count } } }')).stats.nodes as { count: number }[]).reduce((n, t) => n + t.count, 0);
const exportMap = async (format: string, filter?: Record<string, unknown>): Promise<FileOut[]> =>
  ok(await server.gql(EXPORT, { format, ...(filter ? { filter } : {}) })).exportMap as FileOut[];

describe('export and import of the map', () => {
  it('exports the whole map as XLSX that imports back with every row unchanged', async () => {
    const [file] = await exportMap('XLSX');
    expect(file!.name).toMatch(/\.xlsx$/);
    const report = ok(await server.gql(IMPORT, { c: file!.contentBase64, dry: true })).importWorkbook;
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('DRY_RUN');
    const nodeCount = await countNodes();
    const counted = (report.counts as { created: number; updated: number; unchanged: number }[]);
    expect(counted.every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(counted.reduce((n, c) => n + c.unchanged, 0)).toBeGreaterThan(nodeCount);
  });

  it('exports a filtered view (Krokom) as XLSX and CSV that import back unchanged', async () => {
    const filter = { area: 'krokom', nodeTypes: ['ACTOR', 'NETWORK'] };
    const [xlsx] = await exportMap('XLSX', filter);
    const report = ok(await server.gql(IMPORT, { c: xlsx!.contentBase64, dry: true })).importWorkbook;
    expect(report.errors).toEqual([]);
    expect((report.counts as { created: number; updated: number }[]).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    const csv = await exportMap('CSV', filter);
    const actors = Buffer.from(csv.find((f) => f.name === 'actors.csv')!.contentBase64, 'base64').toString('utf8');
    expect(actors).toContain('Socialtjänst Krokom');
    expect(actors).not.toContain('Socialtjänst Berg');
    const files = csv.map((f) => ({ name: f.name, content: Buffer.from(f.contentBase64, 'base64').toString('utf8') }));
    const again = ok(await server.gql(`mutation($files: [ImportFileInput!]!) { importData(files: $files, dryRun: true) { status errors { file line } counts { created updated } } }`, { files })).importData;
    expect(again.errors).toEqual([]);
    expect((again.counts as { created: number; updated: number }[]).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
  });

  it.runIf(hasNetworkx)('exports GraphML and GEXF that networkx reads with the view’s nodes and edges', async () => {
    const filter = { area: 'stromsund' };
    const { graph } = ok(await server.gql(`query($f: GraphFilter) { graph(filter: $f) { nodes { id label } edges { id } } }`, { f: filter }));
    for (const [format, reader] of [['GRAPHML', 'read_graphml'], ['GEXF', 'read_gexf']] as const) {
      const [file] = await exportMap(format, filter);
      const path = join(dir, file!.name);
      writeFileSync(path, Buffer.from(file!.contentBase64, 'base64'));
      const out = execFileSync(PYTHON, ['-c', `import networkx as nx, json, sys
g = nx.${reader}(sys.argv[1])
labels = {n: d.get('label') for n, d in g.nodes(data=True)}
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "label": labels.get("stromsund-socialtjanst")}))`, path], { encoding: 'utf8' });
      const read = JSON.parse(out) as { nodes: number; edges: number; label: string | null };
      expect(read.nodes).toBe(graph.nodes.length);
      expect(read.edges).toBe(graph.edges.length);
      expect(read.label).toBe((graph.nodes as { id: string; label: string }[]).find((n) => n.id === 'stromsund-socialtjanst')?.label ?? null);
    }
  });

  it('gives the template as a workbook with a sheet per kind and lists for closed vocabularies, and as CSV', async () => {
    const [file] = ok(await server.gql(`{ importTemplate(format: XLSX) { name contentBase64 } }`)).importTemplate as FileOut[];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file!.contentBase64, 'base64') as unknown as ArrayBuffer);
    const actors = workbook.getWorksheet('actors')!;
    const header = (actors.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('kind');
    const kindColumn = actors.getColumn(header.indexOf('kind') + 1).letter;
    const validation = actors.getCell(`${kindColumn}2`).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae?.[0]).toContain('SOCIAL_SERVICES');
    expect(workbook.getWorksheet('memberships')).toBeDefined();
    const csv = ok(await server.gql(`{ importTemplate(format: CSV) { name } }`)).importTemplate as FileOut[];
    expect(csv.map((f) => f.name)).toContain('actors.csv');
  });

  it('rejects a workbook with one bad row, naming sheet, line and column, and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('actors');
    sheet.addRow(['name', 'kind', 'sector', 'level', 'area']);
    sheet.addRow(['Familjecentral Nyby', 'FAMILY_CENTRE', 'MUNICIPAL', 'LOCAL', 'krokom']);
    sheet.addRow(['Fritidsgård Nyby', 'YOUTH_CLUB', 'MUNICIPAL', 'LOCAL', 'krokom']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const before = await countNodes();
    const report = ok(await server.gql(IMPORT, { c: content, dry: false })).importWorkbook;
    expect(report.status).toBe('REJECTED');
    expect(report.errors).toEqual([expect.objectContaining({ file: 'actors.csv', line: 3, column: 'kind' })]);
    expect(await countNodes()).toBe(before);
  });

  it('names likely duplicates of actors already on the map before an import is applied', async () => {
    const content = 'name,kind,sector,level,area\nSocialtjänst IFO Berg,SOCIAL_SERVICES,MUNICIPAL,LOCAL,berg\nSocialtjänst Berg,SOCIAL_SERVICES,MUNICIPAL,LOCAL,berg\nIFO Krokom,SOCIAL_SERVICES,MUNICIPAL,LOCAL,berg\n';
    const { importDuplicates } = ok(await server.gql(`query($files: [ImportFileInput!]) { importDuplicates(files: $files) { file line name existing { id name } } }`, {
      files: [{ name: 'actors.csv', content }],
    }));
    // Line 3 has no id and its natural key (berg-socialtjanst-berg) is new, so it too would be a
    // second Socialtjänst Berg. Line 4 is close to no actor in Berg.
    const existing = { id: 'berg-socialtjanst', name: 'Socialtjänst Berg' };
    expect(importDuplicates).toEqual([
      { file: 'actors.csv', line: 2, name: 'Socialtjänst IFO Berg', existing },
      { file: 'actors.csv', line: 3, name: 'Socialtjänst Berg', existing },
    ]);
  });

  it('says so when the upload is not a workbook', async () => {
    const response = await server.gql(IMPORT, { c: Buffer.from('not a workbook').toString('base64') });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contentBase64' }] });
  });

  it('exports the findings as CSV and XLSX', async () => {
    const csv = ok(await server.gql(`{ exportFindings(format: CSV, filter: { area: "ragunda" }) { name contentBase64 } }`)).exportFindings as FileOut;
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    const { analysis } = ok(await server.gql(`{ analysis(filter: { area: "ragunda" }) { findings { id } } }`));
    expect(text.split('\n')[0]).toContain('förklaring');
    for (const f of analysis.findings as { id: string }[]) expect(text).toContain(f.id);
    const xlsx = ok(await server.gql(`{ exportFindings(format: XLSX, lang: EN) { name } }`)).exportFindings as FileOut;
    expect(xlsx.name).toMatch(/\.xlsx$/);
  });
});
