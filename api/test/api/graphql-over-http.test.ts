/**
 * GraphQL over HTTP conformance with graphql-http's server audits: every MUST passes; the SHOULDs
 * and MAYs that do not are the ones docs/decisions chose to leave (parse, validation and variable
 * errors answer 400 even to application/json; CSRF prevention refuses GETs without a preflight
 * header). Any other change in the audit's verdict fails here and has to be decided again.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness.js';

/** SHOULD use 200 on document parsing, validation and variable coercion failure with application/json. */
const DECIDED_SHOULDS = ['572B', 'FDE2', '7B9B'];
/** MAY accept GETs without the CSRF-prevention preflight header (urlencoded, variables in the URL). */
const DECLINED_MAYS = ['5A70', 'D6D5', '6A70'];

let server: TestServer;
let results: AuditResult[];
beforeAll(async () => {
  server = await startTestServer();
  results = [];
  for (const audit of serverAudits({ url: `${server.url}/graphql` })) results.push(await audit.fn());
});
afterAll(() => server.close());

const failing = (requirement: 'MUST' | 'SHOULD' | 'MAY') => results.filter((r) => r.name.startsWith(requirement) && r.status !== 'ok');
const describeResult = (r: AuditResult) => `${r.id} ${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST', () => {
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(failing('MUST').map(describeResult)).toEqual([]);
  });

  it('misses only the SHOULDs decided against: 400, not 200, for request errors with application/json', () => {
    expect(failing('SHOULD').map((r) => r.id).sort()).toEqual([...DECIDED_SHOULDS].sort());
    for (const r of failing('SHOULD')) expect(r.status === 'ok' ? 200 : r.response.status).toBe(400);
  });

  it('misses only the MAYs that CSRF prevention declines', () => {
    expect(failing('MAY').map((r) => r.id).sort()).toEqual([...DECLINED_MAYS].sort());
  });
});
