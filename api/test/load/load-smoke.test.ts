/**
 * The load mix of `bench/load.ts` (80 % reads, 20 % writes), short and small: 20 connections for
 * about 5 s against a server with the demo map. Whatever the load, every answer must be data or
 * CONFLICT (concurrent writers to the same map); no 5xx, no INTERNAL, nothing else. Times are
 * printed, never asserted: the machines are shared and noisy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failuresOf, formatReport, runMix, type ActorVersion } from '../../bench/load-mix.js';
import { startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
let actors: ActorVersion[];
beforeAll(async () => {
  server = await startTestServer({ seedDemo: true });
  actors = (await server.service.snapshot()).all('Actor').map((a) => ({ id: a.id, version: a.version }));
});
afterAll(() => server.close());

const refreshVersion = async (id: string) => (await server.service.snapshot()).nodeOf('Actor', id)?.version;

describe('load smoke', () => {
  it('answers the mix from 20 connections for 5 s with data or CONFLICT only', async () => {
    const report = await runMix({ url: server.url, connections: 20, duration: 5, actors, refreshVersion });
    const table = formatReport(report);
    console.log(`load smoke: p99 ${report.latency.p99} ms (autocannon), ${report.ownLatency.p99.toFixed(1)} ms (per response)\n${table}`);

    expect(report.requests, table).toBeGreaterThan(100);
    expect(report.byOp.updateActor.requests + report.byOp.markVerified.requests, 'writes were made').toBeGreaterThan(0);
    expect(report.status5xx, table).toBe(0);
    expect(report.errorCodes['INTERNAL'] ?? 0, table).toBe(0);
    expect(Object.keys(report.errorCodes).filter((code) => code !== 'CONFLICT'), table).toEqual([]);
    expect(failuresOf(report), table).toEqual([]);
  });

  it('fails a run with answers other than data or CONFLICT (a query the schema lacks)', async () => {
    const report = await runMix({ url: server.url, connections: 4, duration: 1, actors, refreshVersion, bogusShare: 0.5 });
    expect(report.byOp.bogus.requests).toBeGreaterThan(0);
    expect(report.byOp.bogus.failed).toBe(report.byOp.bogus.requests);
    expect(report.errorCodes['BAD_USER_INPUT']).toBeGreaterThan(0);
    expect(failuresOf(report).some((f) => f.includes('BAD_USER_INPUT'))).toBe(true);
  });
});
