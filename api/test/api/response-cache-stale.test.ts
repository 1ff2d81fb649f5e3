/**
 * An answer built from an analysis of an older map is not kept for the new graph version, however
 * Apollo copies the request context. Held stale on purpose, so the test does not race the worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSource, LatestAnalysis } from '../../src/analysis/worker/analysis-runner.js';
import { ok, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
/** While set, the API is handed this older analysis instead of the worker's latest. */
let held: LatestAnalysis | undefined;

beforeAll(async () => {
  server = await startTestServer({
    wrapAnalysis: (source: AnalysisSource): AnalysisSource => ({
      settings: source.settings,
      async latest(snapshot) {
        const latest = await source.latest(snapshot);
        return held ? { ...held, mapGraphVersion: latest.mapGraphVersion, upToDate: false } : latest;
      },
    }),
  });
});
afterAll(() => server.close());

const ask = async () => ok(await server.gql('{ analysis(filter: {classes: [GAP, TO_FILL_IN, NOTE]}) { upToDate mapGraphVersion graphVersion } }')).analysis;

async function current() {
  let answer = await ask();
  for (let tries = 0; !answer.upToDate && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await ask();
  }
  return answer;
}

describe('response cache and a stale analysis', () => {
  it('asks the analysis again once it has caught up, instead of serving the stale answer it saw first', async () => {
    ok(await server.gql('mutation { createTopic(input: {name: "Barnäktenskap"}) { id } }'));
    const before = await current();
    expect(before.upToDate).toBe(true);
    // The analysis of this version is held back: the map moves on, the analysis does not.
    held = await server.analysis.latest(await server.service.snapshot());
    ok(await server.gql('mutation { createTopic(input: {name: "Könsstympning"}) { id } }'));
    const stale = await ask();
    expect(stale).toMatchObject({ upToDate: false, mapGraphVersion: before.mapGraphVersion + 1, graphVersion: before.graphVersion });
    expect(await ask()).toEqual(stale);
    // Released: the same question at the same graph version now gets the current analysis.
    held = undefined;
    const after = await current();
    expect(after).toEqual({ upToDate: true, mapGraphVersion: stale.mapGraphVersion, graphVersion: stale.mapGraphVersion });
  });
});
