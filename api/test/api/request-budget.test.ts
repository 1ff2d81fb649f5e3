/**
 * The per-caller request budget: a caller who keeps sending operations at the cost cap is told
 * to wait (429 RATE_LIMITED with Retry-After) while everyone else is served as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestBudget } from '../../src/server/budget.js';
import { startTestServer, type TestServer } from '../support/harness.js';

// Close to the cap of one operation on the Jämtland map: 36 full reads of the map.
const NEAR_CAP = `{ ${Array.from({ length: 36 }, (_, i) => `g${i}: graph { graphVersion nodes { id type label kind sector level status areaId firstLine } edges { id type source target kind status role } }`).join(' ')} }`;

describe('the request budget over HTTP', () => {
  let server: TestServer;
  let greedy: { authorization: string };
  let other: { authorization: string };
  beforeAll(async () => {
    server = await startTestServer({ authMode: 'local', seedDemo: true, budget: { capacity: 3, refillPerSecond: 0.01 } });
    const token = async (username: string) => {
      const { account } = await server.accounts.create({ username, role: 'viewer' });
      return { authorization: `Bearer ${(await server.accounts.createToken(account.id, 'load')).secret}` };
    };
    [greedy, other] = [await token('greedy.script'), await token('other.person')];
  });
  afterAll(() => server.close());

  it('answers 429 RATE_LIMITED with Retry-After once a caller has spent their budget, and serves others', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...greedy }, body: JSON.stringify({ query: NEAR_CAP }) });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
      else await response.arrayBuffer();
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(refused?.status).toBe(429);
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const body = (await refused!.json()) as { errors: { message: string; extensions: { code: string; retryAfter: number } }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    expect(body.errors[0]?.message).toContain(`${retryAfter} s`);
    // Another caller still has their own budget.
    expect((await server.gql('{ stats { graphVersion } }', undefined, other)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('RequestBudget', () => {
  it('refills at its rate and says how long to wait', () => {
    let now = 0;
    const budget = new RequestBudget({ capacity: 2, refillPerSecond: 0.5 }, () => now);
    expect(budget.spend('a', 1)).toEqual({ ok: true });
    expect(budget.spend('a', 1)).toEqual({ ok: true });
    expect(budget.spend('a', 1)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(budget.spend('b', 1)).toEqual({ ok: true });
    now = 1_000;
    expect(budget.spend('a', 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 2_000;
    expect(budget.spend('a', 1)).toEqual({ ok: true });
    now = 3_600_000;
    expect(budget.spend('a', 5)).toEqual({ ok: true }); // never more than the capacity is charged
    expect(budget.spend('a', 0.01)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });
});
