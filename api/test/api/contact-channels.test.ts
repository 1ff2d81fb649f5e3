/**
 * An actor's public contact channels (phone, web address, e-mail of the unit): validated with a
 * field-named message, written and read through GraphQL, and carried by the CSV import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePropsSchemas } from '../../src/domain/model.js';
import { failure, ok, startTestServer, type TestServer } from '../support/harness.js';

const ACTOR = {
  name: 'Familjecentralen', kind: 'FAMILY_CENTRE', sector: 'JOINT', level: 'LOCAL', description: null, firstLine: true,
  preventionLevels: [], supportPhases: [], targetGroups: [], languages: [], personDependent: false,
};
const problems = (channels: Record<string, unknown>) => {
  const parsed = nodePropsSchemas.Actor.safeParse({ ...ACTOR, ...channels });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort();
};

describe('the model of contact channels', () => {
  it('accepts Swedish phone numbers, http(s) addresses and e-mail, and empty as none', () => {
    expect(problems({ phone: '063-14 30 00', website: 'https://www.ostersund.se/familjecentral', email: 'familjecentralen@ostersund.se' })).toEqual([]);
    expect(problems({ phone: '+46 (0)63 14 30 00', website: 'http://example.se', email: null })).toEqual([]);
    const parsed = nodePropsSchemas.Actor.parse({ ...ACTOR, phone: '  ', website: '', email: '' });
    expect([parsed.phone, parsed.website, parsed.email]).toEqual([null, null, null]);
  });

  it('names the field of every bad channel', () => {
    expect(problems({ phone: 'ring oss', website: null, email: null })).toEqual(['phone']);
    expect(problems({ phone: '1234', website: null, email: null })).toEqual(['phone']);
    expect(problems({ phone: null, website: 'javascript:alert(1)', email: null })).toEqual(['website']);
    expect(problems({ phone: null, website: 'ftp://files.example.se', email: null })).toEqual(['website']);
    expect(problems({ phone: null, website: null, email: 'kontakt@' })).toEqual(['email']);
  });
});

describe('contact channels through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
  });
  afterAll(() => server.close());

  const IMPORT = `mutation($files: [ImportFileInput!]!) { importData(files: $files) {
    status counts { file created updated unchanged } errors { file line column code message } } }`;
  const READ = '{ actor(id: "kanalkommun-familjecentralen") { version phone website email } }';

  it('imports the columns, reads them back, and a second import of the same file changes nothing', async () => {
    const areas = 'name,type,parent\nKanalkommun,MUNICIPALITY,jamtlands-lan\n';
    const actors = 'name,area,kind,sector,level,phone,website,email\n'
      + 'Familjecentralen,kanalkommun,FAMILY_CENTRE,JOINT,LOCAL,0640-123 45,https://kanalkommun.se/familjecentral,familjecentralen@kanalkommun.se\n';
    const files = [{ name: 'areas.csv', content: areas }, { name: 'actors.csv', content: actors }];
    const first = ok(await server.gql(IMPORT, { files })).importData;
    expect(first.errors).toEqual([]);
    expect(first.status).toBe('APPLIED');
    const { actor } = ok(await server.gql(READ));
    expect(actor).toMatchObject({ phone: '0640-123 45', website: 'https://kanalkommun.se/familjecentral', email: 'familjecentralen@kanalkommun.se' });

    const again = ok(await server.gql(IMPORT, { files })).importData;
    for (const count of again.counts) expect(count, count.file).toMatchObject({ created: 0, updated: 0 });
    expect(ok(await server.gql(READ)).actor.version).toBe(actor.version);
  });

  it('rejects a bad channel in an import by file, line and column', async () => {
    const actors = 'name,area,kind,sector,level,email\nFritids,kanalkommun,LEISURE,MUNICIPAL,LOCAL,inte-en-adress\n';
    const result = ok(await server.gql(IMPORT, { files: [{ name: 'actors.csv', content: actors }] })).importData;
    expect(result.status).not.toBe('APPLIED');
    expect(result.errors).toEqual([expect.objectContaining({ file: 'actors.csv', line: 2, column: 'email' })]);
  });

  it('clears a channel with null and refuses a bad one with a field-named BAD_USER_INPUT', async () => {
    const { actor } = ok(await server.gql(READ));
    const cleared = ok(await server.gql(`mutation($v: Int!) { updateActor(id: "kanalkommun-familjecentralen", version: $v, patch: {phone: null}) { phone website } }`, { v: actor.version }));
    expect(cleared.updateActor).toEqual({ phone: null, website: 'https://kanalkommun.se/familjecentral' });
    const error = failure(await server.gql(`mutation { createActor(input: {name: "Ny", kind: OTHER, sector: MUNICIPAL, level: LOCAL,
      phone: "ring", website: "www.utan-schema.se", email: "x"}) { id } }`));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['input.email', 'input.phone', 'input.website']);
  });
});
